"""What every request must respect before a route sees it.

Bodies have a size limit per kind of route, checked before anything is parsed, and a time
limit, so that neither a huge body nor a client that sends one slowly can hold a worker. URLs
may not hold U+0000 (``%00``): no id or filter contains one, and PostgreSQL refuses to compare
text that does.

Most routes take small JSON bodies; bot documents (create, import, update) may be larger, and
file uploads to this server larger still (their own handler also holds each file to the size
its upload URL allows).
"""

import asyncio
from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from botloom.api.errors import error_response
from botloom.settings import Settings
from botloom.store.files.local import UPLOAD_ROUTE

_UPLOAD_FORM_OVERHEAD = 1024 * 1024
"""Room for a multipart form's fields and boundaries around the uploaded file."""

_DOCUMENT_METHODS = frozenset({"POST", "PUT", "PATCH"})
_TYPEBOTS = ("api", "v1", "typebots")


@dataclass(frozen=True)
class BodyLimits:
    """The largest body of each kind of route, in bytes, and the time to send one."""

    default: int
    documents: int
    uploads: int
    timeout_seconds: float

    @classmethod
    def from_settings(cls, settings: Settings) -> "BodyLimits":
        """The limits an operator set (``BOTLOOM_REQUEST_MAX_BYTES`` and the others)."""
        return cls(
            default=settings.request_max_bytes,
            documents=max(settings.import_max_bytes, settings.request_max_bytes),
            uploads=settings.upload_max_bytes + _UPLOAD_FORM_OVERHEAD,
            timeout_seconds=settings.request_body_timeout_seconds,
        )

    def for_request(self, method: str, path: str) -> tuple[int, bool]:
        """``(limit, is_upload)`` for a request."""
        if path.startswith(UPLOAD_ROUTE + "/"):
            return self.uploads, True
        parts = path.strip("/").split("/")
        # /api/v1/typebots, /api/v1/typebots/import and /api/v1/typebots/{id} carry documents;
        # deeper paths (startChat, results...) do not.
        if method in _DOCUMENT_METHODS and tuple(parts[:3]) == _TYPEBOTS and len(parts) <= 4:
            return self.documents, False
        return self.default, False


def _too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"The request body is larger than the {limit} bytes allowed")


def _too_slow(seconds: float) -> HTTPException:
    return HTTPException(408, f"The request body did not arrive within {seconds:g} seconds")


class RequestGuard:
    """ASGI middleware applying :class:`BodyLimits` and the URL check to every HTTP request."""

    def __init__(self, app: ASGIApp, limits: BodyLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer 413 at once for an announced oversized body; else guard the reads."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, is_upload = self.limits.for_request(scope["method"], scope["path"])
        announced = _content_length(scope)
        refusal: HTTPException | None = None
        if "\x00" in scope["path"] or b"%00" in scope["query_string"]:
            refusal = HTTPException(400, "The URL holds a NUL character (%00), which no value may")
        elif announced is not None and announced > limit:
            refusal = _too_large(limit)
        if refusal is not None:
            await error_response(refusal.status_code, refusal.detail)(scope, receive, send)
            return
        guarded = _GuardedReceive(receive, limit, self.limits.timeout_seconds, is_upload)
        await self.app(scope, guarded, send)


class _GuardedReceive:
    """``receive`` that counts the body's bytes and times its arrival."""

    def __init__(self, receive: Receive, limit: int, seconds: float, per_piece: bool) -> None:
        self._receive = receive
        self._limit = limit
        self._seconds = seconds
        self._per_piece = per_piece
        self._received = 0
        self._deadline: float | None = None
        self._done = False

    async def __call__(self) -> Message:
        if self._done:
            return await self._receive()
        now = asyncio.get_running_loop().time()
        if self._per_piece or self._deadline is None:
            self._deadline = now + self._seconds
        try:
            async with asyncio.timeout_at(self._deadline):
                message = await self._receive()
        except TimeoutError:
            raise _too_slow(self._seconds) from None
        if message["type"] != "http.request":
            self._done = True
            return message
        self._received += len(message.get("body", b""))
        if self._received > self._limit:
            raise _too_large(self._limit)
        self._done = not message.get("more_body", False)
        return message


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
