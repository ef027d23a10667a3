"""Every route of the app decodes JSON bodies through the mending request, and the body limits
pick the right size for each kind of route."""

from typing import Any

from fastapi.routing import APIRoute

from botloom.api.app import create_app
from botloom.api.request_guard import BodyLimits
from botloom.api.routing import MendedJsonRoute
from botloom.settings import Settings


def _api_routes(routes: list[Any]) -> list[APIRoute]:
    """The app's API routes, inside the routers it includes too."""
    found: list[APIRoute] = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):
            found.extend(_api_routes(route.original_router.routes))
    return found


def test_every_api_route_mends_its_json_body() -> None:
    app = create_app(Settings())
    routes = _api_routes(app.routes)
    assert len(routes) > 30
    plain = [r.path for r in routes if not isinstance(r, MendedJsonRoute)]
    assert plain == [], "make routers with botloom.api.routing.api_router"


def test_body_limits_by_route() -> None:
    limits = BodyLimits(default=10, documents=20, uploads=30, timeout_seconds=1)
    assert limits.for_request("POST", "/api/v1/sessions/s/continueChat") == (10, False)
    assert limits.for_request("POST", "/api/v1/typebots") == (20, False)
    assert limits.for_request("POST", "/api/v1/typebots/import") == (20, False)
    assert limits.for_request("PATCH", "/api/v1/typebots/abc") == (20, False)
    assert limits.for_request("POST", "/api/v1/typebots/abc/startChat") == (10, False)
    assert limits.for_request("POST", "/api/v1/typebots/abc/preview/startChat") == (10, False)
    assert limits.for_request("PUT", "/api/v3/uploads/token") == (30, True)
