"""The contract shared by the desktop client and the server.

Everything both sides must agree on lives here and nowhere else: the entity
tables (one SQLAlchemy definition used by the client replica and the server),
the enumerations, field validation and the JSON representation of values.
No Qt, no HTTP, no server code may be imported from this package.
"""

PROTOCOL_VERSION = 3
"""Sent in the X-Outpost-Protocol header of every request, and by the server on its sync answers.

2: a push may carry the pull that follows it (`PushRequest.pull`), answered in the same response,
so a round with local edits costs one request. A client sends it only to a server that said 2.
3: a push after a restore says it re-sends acknowledged changes (`PushRequest.resend`), which the
server applies in their original order, not in the order devices reconnect. Sent only to a
server that said 3 (an older one refuses fields it does not know)."""
MIN_CLIENT_PROTOCOL = 1
"""The oldest client protocol the server still serves; older ones are asked to upgrade."""
PROTOCOL_HEADER = "X-Outpost-Protocol"
API_PREFIX = "/api/v1"
