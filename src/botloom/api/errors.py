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
    RateLimitedError,
    UnauthorizedError,
    UpstreamError,
)
from botloom.domain.schemas import ApiModel
from botloom.schema.errors import format_path

logger = logging.getLogger(__name__)

_STATUS: dict[type[DomainError], tuple[int, str]] = {
    NotFoundError: (404, "NOT_FOUND"),
    UnauthorizedError: (401, "UNAUTHORIZED"),
    ForbiddenError: (403, "FORBIDDEN"),
    ConflictError: (409, "CONFLICT"),
    InvalidInputError: (400, "BAD_REQUEST"),
    UpstreamError: (502, "BAD_GATEWAY"),
    RateLimitedError: (429, "TOO_MANY_REQUESTS"),
}
_CODES = dict(_STATUS.values())


class ErrorBody(ApiModel):
    """Every error answer, as ``error_response`` writes it."""

    defined: bool
    code: str
    status: int
    message: str
    data: dict[str, Any] | None = None


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"description": description, "model": ErrorBody}
    for status, description in {
        400: "Invalid input; `data.problems` names each field or JSON path",
        401: "Missing or invalid API token",
        403: "The caller's role does not allow this",
        404: "Not found, or not in one of the caller's workspaces",
    }.items()
}
"""The error statuses every management route may answer, for the OpenAPI document."""


def with_conflict(description: str) -> dict[int | str, dict[str, Any]]:
    """``ERROR_RESPONSES`` and a documented 409 for a route that can clash with stored data."""
    return {**ERROR_RESPONSES, 409: {"description": description, "model": ErrorBody}}


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
    if isinstance(exc, RateLimitedError):
        headers = {"Retry-After": str(exc.retry_after_seconds)}
    return error_response(status, exc.message, data, headers)


_SCALAR_ALTERNATIVES = frozenset({"str", "int", "float", "bool", "none"})


def _clean_loc(loc: tuple[int | str, ...]) -> tuple[list[int | str], bool]:
    """A request location without pydantic's union labels; and whether the error is about a
    plain scalar alternative of a union (``message.str``), which hides the useful one."""
    cleaned: list[int | str] = []
    scalar_alternative = False
    skip_tag = False
    for part in loc[1:] if loc and loc[0] == "body" else loc:
        if skip_tag:
            skip_tag = False
            continue
        if isinstance(part, str) and "[" in part:
            skip_tag = part.startswith("tagged-union")
            continue
        if isinstance(part, str) and (
            part in _SCALAR_ALTERNATIVES or part.startswith("constrained-")
        ):
            scalar_alternative = True
            continue
        cleaned.append(part)
    return cleaned, scalar_alternative


async def _request_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    found = [(*_clean_loc(tuple(e["loc"])), e["msg"]) for e in exc.errors()]
    useful = [f for f in found if not f[1]] or found
    problems: list[dict[str, str]] = []
    for loc, _, message in useful:
        problem = {"path": format_path(loc), "message": message}
        if problem not in problems:
            problems.append(problem)
    text = "; ".join(
        f"{p['path']}: {p['message']}" if p["path"] else p["message"] for p in problems[:10]
    )
    return error_response(400, text or "Invalid request", {"problems": problems})


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
