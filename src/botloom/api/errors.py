"""The one place where domain errors become HTTP responses, in Typebot's error shape."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from botloom.domain.errors import (
    ConflictError,
    DomainError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    UnauthorizedError,
)
from botloom.schema.errors import format_path

logger = logging.getLogger(__name__)

_STATUS: dict[type[DomainError], tuple[int, str]] = {
    NotFoundError: (404, "NOT_FOUND"),
    UnauthorizedError: (401, "UNAUTHORIZED"),
    ForbiddenError: (403, "FORBIDDEN"),
    ConflictError: (409, "CONFLICT"),
    InvalidInputError: (400, "BAD_REQUEST"),
}
_CODES = dict(_STATUS.values())


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Invalid input; `data.problems` names each field or JSON path"},
    401: {"description": "Missing or invalid API token"},
    403: {"description": "The caller's role does not allow this"},
    404: {"description": "Not found, or not in one of the caller's workspaces"},
}
"""The error statuses every management route may answer, for the OpenAPI document."""


def error_response(
    status: int, message: str, data: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    """``{defined, code, status, message, data?}``, as Typebot's API answers errors."""
    body: dict[str, Any] = {
        "defined": True,
        "code": _CODES.get(status, "ERROR"),
        "status": status,
        "message": message,
    }
    if data is not None:
        body["data"] = data
    return JSONResponse(body, status_code=status, headers=headers)


async def _domain_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    status = next(s for cls, (s, _) in _STATUS.items() if isinstance(exc, cls))
    data = None
    if isinstance(exc, InvalidInputError) and exc.problems:
        data = {"problems": [{"path": p.path, "message": p.message} for p in exc.problems]}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return error_response(status, exc.message, data, headers)


async def _request_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [
        {"path": format_path([p for p in e["loc"] if p != "body"]), "message": e["msg"]}
        for e in exc.errors()
    ]
    message = "; ".join(f"{p['path']}: {p['message']}" for p in problems[:10])
    return error_response(400, message or "Invalid request", {"problems": problems})


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers) if exc.headers else None
    return error_response(exc.status_code, str(exc.detail), headers=headers)


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("Unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "Internal server error")


def install_error_handlers(app: FastAPI) -> None:
    """Register the mappings on ``app``."""
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(RequestValidationError, _request_validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
