"""The contract shared by the desktop client and the server.

Everything both sides must agree on lives here and nowhere else: the entity
tables (one SQLAlchemy definition used by the client replica and the server),
the enumerations, field validation and the JSON representation of values.
No Qt, no HTTP, no server code may be imported from this package.
"""

PROTOCOL_VERSION = 1
"""Sent by the client in the X-Outpost-Protocol header of every request."""
MIN_CLIENT_PROTOCOL = 1
"""The oldest client protocol the server still serves; older ones are asked to upgrade."""
API_PREFIX = "/api/v1"
