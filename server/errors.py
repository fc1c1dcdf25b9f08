"""One error shape for every failure: `{"code": ..., "message": ...}` with a stable code.

Clients branch on `code`; `message` is a plain English sentence for logs and
for people using the API directly.
"""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from sync.protocol.storable import storable_text
from sync.protocol.validation import ValidationError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An expected failure answered with `status` and a stable `code`."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"code": code, "message": message, **extra}


def error_response(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(error_body(code, message, **extra), status_code=status, headers=headers)


_HTTP_CODES = {
    404: ("not_found", "No such endpoint."),
    400: ("bad_request", "The request could not be read."),
    405: ("method_not_allowed", "This method is not allowed here."),
    413: ("body_too_large", "The request body is too large."),
}


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, **exc.extra)

    @app.exception_handler(ValidationError)
    async def _domain_error(_request: Request, exc: ValidationError) -> JSONResponse:
        fields = [e.as_dict() for e in exc.errors]
        return error_response(422, "validation_failed", str(exc), fields=fields)

    @app.exception_handler(RequestValidationError)
    async def _request_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(400, "malformed_json", "The request body is not valid JSON.")
        fields = [
            {
                "field": storable_text(".".join(str(p) for p in e.get("loc", ()) if p != "body")),
                "code": e.get("type", "invalid"),
                "message": e.get("msg", ""),
            }
            for e in errors
        ]
        return error_response(422, "invalid_request", "The request is not valid.", fields=fields)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_CODES.get(exc.status_code, ("http_error", str(exc.detail)))
        response = error_response(exc.status_code, code, message)
        response.headers.update(exc.headers or {})  # a 405 keeps `Allow` (RFC 9110)
        if exc.status_code == 405:
            response.headers["Allow"] = _allowed(request)
        return response

    @app.exception_handler(DataError)
    @app.exception_handler(UnicodeEncodeError)
    @app.exception_handler(OverflowError)
    async def _unstorable(request: Request, exc: Exception) -> JSONResponse:
        # The last line of defence (issue 17, item 6): a value the database refused (NUL on
        # PostgreSQL, a number out of range) or the driver could not even send (a lone
        # surrogate, an integer beyond 64 bits) came from the request; the checks before it
        # should have said so, and the log says which one missed it.
        log.warning("unstorable value on %s %s: %r", request.method, request.url.path, exc)
        return error_response(
            422, "unstorable_value", "The request holds a value the server cannot store."
        )

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "Unexpected server error; it was logged.")


def _allowed(request: Request) -> str:
    """Every method of the path, not only those of the first route that matched it: Starlette
    answers a 405 from one route, and GET and POST /admin/users are two (Schemathesis ST205)."""
    allowed = [
        method
        for method in _METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL
            for route in request.app.router.routes
        )
    ]
    return ", ".join(allowed)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
