"""Errors the user can act on (as opposed to bugs), classified where they happen."""


class KnownError(Exception):
    """An expected failure with a message that tells the user what to do.

    `code` is stable so the UI can translate it; `message` is the English text.
    """

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class NotFound(KnownError):
    code = "not_found"


class RecordDeleted(KnownError):
    code = "deleted"


class ReplicaError(KnownError):
    """The local database cannot be opened or upgraded."""

    code = "replica_error"
