"""The app's OpenAPI document, told what the app really answers.

FastAPI documents a 422 for every route with parameters, but this app answers bad input with
400 (``api/errors.py``). Every route may also meet the request guard (``api/request_guard.py``):
400 for a URL holding ``%00``, and for routes that take a body, 413 and 408.
"""

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

_ERROR_BODY = {"$ref": "#/components/schemas/ErrorBody"}
_GUARD_ANSWERS = {
    "400": "Invalid input (a URL may not hold %00)",
    "408": "The request body did not arrive in time",
    "413": "The request body is larger than allowed",
}
_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def _answer(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR_BODY}}}


def tidy_document(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the answers above in place of FastAPI's 422s (changed in place)."""
    for path_item in document.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in _METHODS:
                continue
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            guard = ("400", "408", "413") if "requestBody" in operation else ("400",)
            for status in guard:
                responses.setdefault(status, _answer(_GUARD_ANSWERS[status]))
    schemas = document.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return document


def install_openapi(app: FastAPI) -> None:
    """Make ``app.openapi()`` return the tidied document (built once, as FastAPI does)."""
    build: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = tidy_document(build())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
