"""Errors the user can act on (as opposed to bugs), classified where they happen.

All derive from `sync.client.errors.ClientError` (here: `KnownError`), so the
UI handles local and server failures the same way: translate by `code`.
"""

from sync.client.errors import ClientError as KnownError
from sync.client.errors import ServerRefused, ServerUnreachable

__all__ = [
    "KeyringUnavailable",
    "KnownError",
    "NotFound",
    "RecordDeleted",
    "ReplicaError",
    "ServerRefused",
    "ServerUnreachable",
]


class NotFound(KnownError):
    code = "not_found"


class RecordDeleted(KnownError):
    code = "deleted"


class ReplicaError(KnownError):
    """The local database cannot be opened or upgraded."""

    code = "replica_error"


class KeyringUnavailable(KnownError):
    code = "keyring_unavailable"
