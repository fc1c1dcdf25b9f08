"""The error answers every operation can give, written into the OpenAPI schema once.

Routers document what is particular to them (404, 409, 423...); these follow from how every
request is handled, so a client generated from the schema, or a checker such as Schemathesis,
expects them (issue 17, item 11): a malformed body or parameter is 400 or 422, and an operation
behind a bearer token answers 401 without a valid one and 403 when the role may not.
"""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

_ERROR = {"$ref": "#/components/schemas/ErrorBody"}
_WHY = {
    "400": "The request could not be read (malformed JSON, or a value outside the calendar).",
    "401": "No valid access token: sign in, or refresh the token.",
    "403": "The signed-in user may not do this.",
    "413": "The request body is larger than the server accepts.",
    "422": "The request is not valid; `fields` says which parts.",
}


def document_errors(app: FastAPI) -> None:
    """Make `app.openapi()` list the common error answers on every operation."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, routes=app.routes, description=None
            )
            schema.setdefault("components", {}).setdefault("schemas", {}).setdefault(
                "ErrorBody", _error_body_schema()
            )
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    _add_errors(operation)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _add_errors(operation: dict[str, Any]) -> None:
    codes = []
    if operation.get("requestBody") or operation.get("parameters"):
        codes += ["400", "422"]
    if operation.get("requestBody"):
        codes.append("413")
    if operation.get("security"):
        codes += ["401", "403"]
    responses = operation.setdefault("responses", {})
    for code in codes:
        responses.setdefault(
            code,
            {"description": _WHY[code], "content": {"application/json": {"schema": _ERROR}}},
        )


def _error_body_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "title": "ErrorBody",
        "required": ["code", "message"],
        "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
    }
