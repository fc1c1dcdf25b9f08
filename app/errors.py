"""Errors the user can act on (as opposed to bugs), classified where they happen.

All derive from `sync.client.errors.ClientError` (here: `KnownError`), so the
UI handles local and server failures the same way: translate by `code`.
"""

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError

from sync.client.errors import ClientError as KnownError
from sync.client.errors import ServerRefused, ServerUnreachable

__all__ = [
    "CreditHold",
    "DiskFull",
    "KeyringUnavailable",
    "KnownError",
    "NotFound",
    "RecordDeleted",
    "ReplicaDamaged",
    "ReplicaError",
    "ServerRefused",
    "ServerUnreachable",
    "storage_error",
]


class NotFound(KnownError):
    code = "not_found"


class RecordDeleted(KnownError):
    code = "deleted"


class CreditHold(KnownError):
    """The customer is on credit hold (issue 22): no deal is won until it is lifted."""

    code = "credit_hold"


class ReplicaError(KnownError):
    """The local database cannot be opened or upgraded."""

    code = "replica_error"


class KeyringUnavailable(KnownError):
    code = "keyring_unavailable"


class DiskFull(KnownError):
    """The disk (or the user's quota) is full: nothing was half-written (SQLite rolled the
    transaction back), and the same action works again once there is space."""

    code = "disk_full"


class ReplicaDamaged(KnownError):
    """SQLite found the replica file damaged while Outpost was running; the check at the next
    start moves it aside, keeps the unsent changes it can read and downloads the rest."""

    code = "replica_damaged"


_FULL = {errno.ENOSPC, errno.EDQUOT}
_SQLITE_FULL = 13
_SQLITE_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def storage_error(exc: BaseException) -> KnownError | None:
    """The expected error a storage failure is, if it is one: a full disk (SQLite's
    `database or disk is full`, an OSError ENOSPC or EDQUOT) or a damaged replica. None for
    anything else, which stays a bug."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return storage_error(exc.orig)
    if isinstance(exc, sqlite3.Error) or _sqlcipher_error(exc):
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # primary code of an extended one
        if code == _SQLITE_FULL:
            return DiskFull(f"The disk is full ({exc}).")
        if code in _SQLITE_DAMAGED:
            return ReplicaDamaged(f"The local database is damaged ({exc}).")
    elif isinstance(exc, OSError) and exc.errno in _FULL:
        return DiskFull(f"The disk is full ({exc.strerror}: {exc.filename}).")
    return None


def _sqlcipher_error(exc: BaseException) -> bool:
    """An error of SQLCipher's DB-API module (the encrypted replica): the stdlib's classes
    copied, so not `sqlite3.Error` subclasses, with the same `sqlite_errorcode`."""
    return type(exc).__module__.startswith("sqlcipher3") and hasattr(exc, "sqlite_errorcode")
