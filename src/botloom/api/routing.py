"""The app's routers: every JSON body is mended as it is decoded (see ``text_safety``).

Routers are made with :func:`api_router`, never ``APIRouter`` directly, so that no route
decodes a body another way; a test walks the app's routes to keep it so.
"""

import json
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.routing import APIRoute

from botloom.text_safety import may_need_mending, mend_tree


class MendedJsonRequest(Request):
    """A request whose JSON body holds no U+0000 and no lone surrogate."""

    async def json(self) -> Any:
        """The decoded body, mended only when an escape could have written such a character."""
        if not hasattr(self, "_json"):
            body = await self.body()
            decoded = json.loads(body)
            self._json = mend_tree(decoded) if may_need_mending(body) else decoded
        return self._json


class MendedJsonRoute(APIRoute):
    """A route that reads its request through :class:`MendedJsonRequest`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """FastAPI's handler, given the mending request."""
        handler = super().get_route_handler()

        async def mended_handler(request: Request) -> Response:
            return await handler(MendedJsonRequest(request.scope, request.receive))

        return mended_handler


def api_router(**kwargs: Any) -> APIRouter:
    """An ``APIRouter`` whose routes mend their JSON bodies."""
    return APIRouter(route_class=MendedJsonRoute, **kwargs)
