"""CORS for the chat API: any page may embed a bot (docs/chat-api.md, "CORS and content types").

Preflights are answered for every origin, echoing the headers asked for (the embed adds
``x-typebot-iframe-referrer-origin`` inside iframes); every answer, errors included, carries
``Access-Control-Allow-Origin``. A bot's ``allowedOrigins`` is enforced by the chat service.
"""

import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CHAT_PATH = re.compile(
    r"^/api/(v1/typebots/[^/]+/(startChat|preview/startChat)"
    r"|v[12]/sessions/[^/]+/(continueChat|clientLogs|streamMessage|updateTypebot|webhookEvents)"
    r"|v3/generate-upload-url|v3/uploads/[^/]+)$"
)
MAX_AGE_SECONDS = "86400"


class ChatCorsMiddleware:
    """Open CORS on chat routes only; the management API keeps its own policy."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not CHAT_PATH.match(scope["path"]):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin") or "*"
        if scope["method"] == "OPTIONS":
            await self._preflight(send, origin, headers)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                out["Access-Control-Allow-Origin"] = origin
                out.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_cors)

    @staticmethod
    async def _preflight(send: Send, origin: str, headers: Headers) -> None:
        response_headers = [
            (b"access-control-allow-origin", origin.encode()),
            (b"access-control-allow-methods", b"GET, POST, PUT, OPTIONS"),
            (
                b"access-control-allow-headers",
                (headers.get("access-control-request-headers") or "*").encode(),
            ),
            (b"access-control-max-age", MAX_AGE_SECONDS.encode()),
            (b"vary", b"Origin"),
        ]
        await send({"type": "http.response.start", "status": 204, "headers": response_headers})
        await send({"type": "http.response.body", "body": b""})
