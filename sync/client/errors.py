"""Failures a user can act on, raised by the client side; the UI phrases them by `code`."""

from typing import Any


class ClientError(Exception):
    """An expected failure with a stable `code` and an English `message` saying what to do."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ServerUnreachable(ClientError):
    code = "server_unreachable"


class CertificateProblem(ServerUnreachable):
    """TLS could not verify the server: a wrong address, an interception, or a company
    certificate this computer lacks; not a network that is down (issue 17)."""

    code = "certificate_error"


class SyncAborted(ClientError):
    """The user stopped the sync (`SyncEngine.abort`), between requests or in one."""

    code = "sync_aborted"


class ServerRefused(ClientError):
    """The server answered with an error body `{code, message}`."""

    def __init__(
        self, status: int, code: str, message: str, body: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message, code=code)
        self.status = status
        self.body = body or {}
