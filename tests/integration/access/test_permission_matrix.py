"""The permission matrix, generated from the app's route table.

Every route of the app is either public (listed in ``PUBLIC``, the chat API and pages) or has a
row in ``EXPECTED``: who may call it. For every management route, each role calls it on a world
of its own (``world.py``): a stranger gets 404 (401 without a token), a guest or member without
the right gets 403, and everyone allowed gets a 2xx. A route added without a row fails
``test_every_route_is_classified``, so no route escapes the matrix.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.routing import Route

from botloom.api.app import create_app
from botloom.ids import new_id
from botloom.settings import Settings
from tests.integration.access.world import HTTP_BLOCK_ID, Role, World, build_world, world_bot

EVERYONE = frozenset(Role)
READERS = frozenset({Role.READER, Role.WRITER, Role.MEMBER, Role.ADMIN})
WRITERS = frozenset({Role.WRITER, Role.MEMBER, Role.ADMIN})
MEMBERS = frozenset({Role.MEMBER, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})

Make = Callable[[World], Any]


@dataclass(frozen=True)
class Expect:
    """Who may call a route, and what a call sends."""

    allowed: frozenset[Role]
    body: Make | None = None
    query: Make | None = None
    user: Role = Role.MEMBER
    """Whose id ``{userId}`` is."""
    extra: dict[str, str] = field(default_factory=dict)


def _ws(world: World) -> dict[str, str]:
    return {"workspaceId": world.workspace_id}


WS = "/api/v1/workspaces/{workspaceId}"
BOT = "/api/v1/typebots/{typebotId}"
EXPECTED: dict[str, Expect] = {
    "GET /api/v1/workspaces": Expect(EVERYONE),
    "POST /api/v1/workspaces": Expect(EVERYONE, body=lambda w: {"name": "Another"}),
    f"GET {WS}": Expect(READERS),
    f"PATCH {WS}": Expect(ADMINS, body=lambda w: {"name": "Renamed", "icon": "🚀"}),
    f"DELETE {WS}": Expect(ADMINS),
    f"GET {WS}/members": Expect(MEMBERS),
    f"PATCH {WS}/members/{{userId}}": Expect(ADMINS, body=lambda w: {"role": "ADMIN"}),
    # The member removes themselves (leaves); only admins remove others.
    f"DELETE {WS}/members/{{userId}}": Expect(MEMBERS),
    f"GET {WS}/invitations": Expect(ADMINS),
    f"POST {WS}/invitations": Expect(
        ADMINS, body=lambda w: {"email": f"{new_id()}@new.example.com", "type": "MEMBER"}
    ),
    f"DELETE {WS}/invitations/{{invitationId}}": Expect(ADMINS),
    f"GET {WS}/audit-log": Expect(ADMINS),
    f"GET {WS}/credentials": Expect(MEMBERS),
    f"POST {WS}/credentials": Expect(
        ADMINS, body=lambda w: {"type": "openai", "name": "New", "data": {"apiKey": "sk-x"}}
    ),
    f"PATCH {WS}/credentials/{{credentialsId}}": Expect(ADMINS, body=lambda w: {"name": "New"}),
    f"DELETE {WS}/credentials/{{credentialsId}}": Expect(ADMINS),
    "GET /api/v1/custom-domains": Expect(MEMBERS, query=_ws),
    "POST /api/v1/custom-domains": Expect(
        ADMINS, body=lambda w: {**_ws(w), "name": f"n{new_id()[:12]}.example.org"}
    ),
    "DELETE /api/v1/custom-domains/{name}": Expect(ADMINS, body=_ws),
    "GET /api/v1/custom-domains/{name}/verify": Expect(MEMBERS, query=_ws),
    f"POST {WS}/credentials/google-sheets/authorize": Expect(ADMINS),
    "GET /api/v1/folders": Expect(MEMBERS, query=_ws),
    "POST /api/v1/folders": Expect(MEMBERS, body=lambda w: {**_ws(w), "folderName": "New"}),
    "GET /api/v1/folders/{folderId}": Expect(MEMBERS),
    "PATCH /api/v1/folders/{folderId}": Expect(
        MEMBERS, body=lambda w: {**_ws(w), "folder": {"name": "Renamed"}}
    ),
    "DELETE /api/v1/folders/{folderId}": Expect(MEMBERS),
    "GET /api/v1/themeTemplates": Expect(READERS, query=_ws),
    "PUT /api/v1/themeTemplates/{themeTemplateId}": Expect(
        MEMBERS, body=lambda w: {**_ws(w), "themeTemplate": {"name": "Saved", "theme": {}}}
    ),
    "DELETE /api/v1/themeTemplates/{themeTemplateId}": Expect(MEMBERS, query=_ws),
    "GET /api/v1/typebots": Expect(READERS, query=_ws),
    "POST /api/v1/typebots": Expect(MEMBERS, body=lambda w: {**_ws(w), "typebot": {"name": "N"}}),
    "POST /api/v1/typebots/import": Expect(
        MEMBERS, body=lambda w: {**_ws(w), "typebot": world_bot()}
    ),
    f"GET {BOT}": Expect(READERS),
    f"PATCH {BOT}": Expect(WRITERS, body=lambda w: {"typebot": {"name": "Renamed"}}),
    f"DELETE {BOT}": Expect(MEMBERS),
    f"POST {BOT}/publish": Expect(WRITERS),
    f"POST {BOT}/unpublish": Expect(WRITERS),
    f"GET {BOT}/publishedTypebot": Expect(READERS),
    f"GET {BOT}/linkedTypebots": Expect(READERS),
    f"GET {BOT}/collaborators": Expect(READERS),
    f"POST {BOT}/collaborators": Expect(
        MEMBERS, body=lambda w: {"email": w.people[Role.STRANGER].user.email, "type": "READ"}
    ),
    f"PATCH {BOT}/collaborators/{{userId}}": Expect(
        MEMBERS, body=lambda w: {"type": "WRITE"}, user=Role.READER
    ),
    f"DELETE {BOT}/collaborators/{{userId}}": Expect(MEMBERS, user=Role.READER),
    f"GET {BOT}/analytics/stats": Expect(READERS),
    f"GET {BOT}/analytics/inDepthData": Expect(READERS),
    f"GET {BOT}/analytics/timeSeries": Expect(READERS),
    f"GET {BOT}/results": Expect(READERS),
    f"DELETE {BOT}/results": Expect(WRITERS),
    f"GET {BOT}/results/export": Expect(READERS),
    f"GET {BOT}/results/{{resultId}}": Expect(READERS),
    f"GET {BOT}/results/{{resultId}}/transcript": Expect(READERS),
    f"GET {BOT}/results/{{resultId}}/logs": Expect(READERS),
    f"GET {BOT}/webhookBlocks": Expect(READERS),
    f"POST {BOT}/webhookBlocks/{{blockId}}/subscribe": Expect(
        WRITERS, body=lambda w: {"url": "https://hooks.example.com/catch"}
    ),
    f"POST {BOT}/webhookBlocks/{{blockId}}/unsubscribe": Expect(WRITERS, body=lambda w: {}),
    f"GET {BOT}/webhookBlocks/{{blockId}}/getResultExample": Expect(READERS),
    f"POST {BOT}/webhookBlocks/{{blockId}}/testWebhook": Expect(WRITERS, body=lambda w: {}),
    f"POST {BOT}/preview/startChat": Expect(READERS, body=lambda w: {}),
    f"POST {BOT}/blocks/{{blockId}}/web/executeTestWebhook": Expect(READERS, body=lambda w: {}),
    "POST /api/v1/sessions/{sessionId}/updateTypebot": Expect(READERS),
}
"""Every management route, and who may call it."""

PUBLIC = frozenset(
    {
        # The chat API: visitors of published bots, no account.
        "POST /api/v1/typebots/{publicId}/startChat",
        "POST /api/v1/sessions/{sessionId}/continueChat",
        "POST /api/v1/sessions/{sessionId}/clientLogs",
        "POST /api/v2/sessions/{sessionId}/clientLogs",
        "POST /api/v2/sessions/{sessionId}/streamMessage",
        # The webhook block: its ids are the credentials, and must name the waiting chat.
        "POST /api/v1/typebots/{typebotId}/blocks/{blockId}/results/{resultId}/executeWebhook",
        "GET /api/v1/sessions/{sessionId}/webhookEvents",
        "POST /api/v3/generate-upload-url",
        "PUT /api/v3/uploads/{token}",
        "POST /api/v3/uploads/{token}",
        "GET /files/{fileId}/{fileName}",
        "HEAD /files/{fileId}/{fileName}",
        # Pages and documentation.
        "GET /{publicId}",
        "HEAD /{publicId}",
        "GET /favicon.ico",
        "HEAD /favicon.ico",
        "GET /static/page.js",
        "HEAD /static/page.js",
        "GET /static/{path:path}",
        "HEAD /static/{path:path}",
        # The builder's page and files: the app asks the API, which checks, for everything.
        "GET /",
        "HEAD /",
        "GET /{section}/{rest:path}",
        "HEAD /{section}/{rest:path}",
        "GET /static/builder/{path:path}",
        "HEAD /static/builder/{path:path}",
        "GET /docs",
        "GET /docs/assets/{name}",
        "GET /openapi.json",
        "HEAD /openapi.json",
        # Signing in: nobody is signed in yet.
        "POST /api/v1/auth/magic-link",
        "GET /api/v1/auth/magic-link/callback",
        "GET /api/v1/auth/providers",
        "GET /api/v1/auth/providers/{providerId}/sign-in",
        "GET /api/v1/auth/providers/{providerId}/callback",
        # Probes for load balancers.
        "GET /api/healthz",
        "GET /api/readyz",
    }
)
"""Routes anyone may call: the public chat API (its own checks: bot published, session
known, signed upload URLs), signing in, and pages."""

SELF = frozenset(
    {
        "GET /api/v1/blocks",
        "GET /api/v1/credentials/kinds",
        # Google's return: the signed state it carries must name the caller and their session.
        "GET /api/v1/credentials/google-sheets/callback",
        "GET /api/v1/users/me",
        "PATCH /api/v1/users/me",
        "GET /api/v1/users/me/api-tokens",
        "POST /api/v1/users/me/api-tokens",
        "DELETE /api/v1/users/me/api-tokens/{tokenId}",
        "POST /api/v1/auth/sign-out",
        "POST /api/v1/auth/sign-out-everywhere",
    }
)
"""Routes on the caller's own account: any signed-in caller, on what is theirs only
(``test_own_account_routes``)."""

SIGNED_IN = frozenset(
    {
        "GET /api/v1/templates",
        "GET /api/v1/templates/{templateSlug}",
        "POST /api/v1/templates/{templateSlug}/preview/startChat",
    }
)
"""Routes any signed-in caller may call, about nothing of anyone's: the template gallery
(``test_signed_in_routes``)."""


def _routes(routes: list[Any]) -> Iterator[Route]:
    for route in routes:
        if isinstance(route, Route):
            yield route
        elif hasattr(route, "original_router"):
            yield from _routes(route.original_router.routes)


def app_routes() -> list[str]:
    """``METHOD path`` of every route of the app, inside included routers too."""
    return sorted(
        f"{method} {route.path}"
        for route in _routes(create_app(Settings()).routes)
        for method in route.methods or ()
    )


ROUTES = app_routes()
MANAGEMENT = [route for route in ROUTES if route not in PUBLIC and route not in SELF | SIGNED_IN]


def test_every_route_is_classified() -> None:
    unclassified = [route for route in MANAGEMENT if route not in EXPECTED]
    assert unclassified == [], "add each new route to EXPECTED (or PUBLIC, for the chat API)"
    stale = sorted((set(EXPECTED) | SELF | SIGNED_IN) - set(ROUTES))
    assert stale == [], "EXPECTED names routes the app no longer has"
    assert all(route.split()[1].startswith("/api/v1/") for route in EXPECTED)


def _url(world: World, path: str, expect: Expect) -> str:
    values = {
        "workspaceId": world.workspace_id,
        "typebotId": world.typebot_id,
        "folderId": world.folder_id,
        "resultId": world.result_id,
        "credentialsId": world.credentials_id,
        "invitationId": world.invitation_id,
        "name": world.custom_domain,
        "themeTemplateId": world.theme_template_id,
        "sessionId": world.session_id,
        "blockId": HTTP_BLOCK_ID,
        "userId": world.user_id(expect.user),
    }
    return path.format(**values)


async def _call(
    client: httpx.AsyncClient, world: World, route: str, headers: dict[str, str]
) -> httpx.Response:
    method, path = route.split(" ", 1)
    expect = EXPECTED[route]
    return await client.request(
        method,
        _url(world, path, expect),
        json=expect.body(world) if expect.body else None,
        params=expect.query(world) if expect.query else None,
        headers=headers,
    )


@pytest.mark.parametrize("route", MANAGEMENT)
async def test_permission_matrix(client: httpx.AsyncClient, db: AsyncSession, route: str) -> None:
    expect = EXPECTED[route]
    world = await build_world(client, db)
    anonymous = await _call(client, world, route, {})
    assert anonymous.status_code == 401, anonymous.text
    for role in Role:
        if role in expect.allowed:
            continue
        denied = await _call(client, world, route, world.headers(role))
        wanted = 404 if role == Role.STRANGER else 403
        assert denied.status_code == wanted, (role, denied.text)
    fresh = True
    for role in Role:
        if role not in expect.allowed:
            continue
        if not fresh and not route.startswith("GET "):
            # A write that succeeded changed the world: the next role gets a new one.
            world = await build_world(client, db)
        allowed = await _call(client, world, route, world.headers(role))
        assert allowed.status_code < 300, (role, allowed.text)
        fresh = False


async def test_own_account_routes(client: httpx.AsyncClient, db: AsyncSession) -> None:
    world = await build_world(client, db)
    for route in sorted(SELF):
        method, path = route.split(" ", 1)
        anonymous = await client.request(method, path.format(tokenId="x"))
        assert anonymous.status_code == 401, route
    admin, stranger = world.headers(Role.ADMIN), world.headers(Role.STRANGER)
    me = await client.get("/api/v1/users/me", headers=stranger)
    assert me.json()["email"] == world.people[Role.STRANGER].user.email
    renamed = await client.patch(
        "/api/v1/users/me", json={"updates": {"name": "S"}}, headers=stranger
    )
    assert renamed.status_code == 200
    created = await client.post("/api/v1/users/me/api-tokens", json={"name": "ci"}, headers=admin)
    token_id = created.json()["apiToken"]["id"]
    listed = await client.get("/api/v1/users/me/api-tokens", headers=stranger)
    assert token_id not in [t["id"] for t in listed.json()["apiTokens"]]
    others = await client.delete(f"/api/v1/users/me/api-tokens/{token_id}", headers=stranger)
    assert others.status_code == 404
    own = await client.delete(f"/api/v1/users/me/api-tokens/{token_id}", headers=admin)
    assert own.status_code == 200
    for route in ("/api/v1/auth/sign-out", "/api/v1/auth/sign-out-everywhere"):
        assert (await client.post(route, headers=stranger)).status_code == 204


async def test_signed_in_routes(client: httpx.AsyncClient, db: AsyncSession) -> None:
    world = await build_world(client, db)
    for route in sorted(SIGNED_IN):
        method, path = route.split(" ", 1)
        url = path.format(templateSlug="faq")
        body = {} if method == "POST" else None
        anonymous = await client.request(method, url, json=body)
        assert anonymous.status_code == 401, route
        for role in Role:
            allowed = await client.request(method, url, json=body, headers=world.headers(role))
            assert allowed.status_code == 200, (route, role, allowed.text)
