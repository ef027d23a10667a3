"""Browser sessions, CSRF, the current user and their API tokens, on SQLite and PostgreSQL."""

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import AuthSession
from botloom.store.types import utcnow
from tests.integration.auth.conftest import ADMIN_EMAIL, same_origin, sign_in
from tests.support.factories import make_member

TOKENS = "/api/v1/users/me/api-tokens"


@pytest.mark.parametrize(
    "change",
    [
        {"last_seen_at": utcnow() - timedelta(days=8)},  # idle past the 7-day default
        {"expires_at": utcnow() - timedelta(seconds=1)},  # past the absolute expiry
    ],
)
async def test_an_idle_or_expired_session_is_over(
    client: httpx.AsyncClient, db: AsyncSession, change: dict[str, object]
) -> None:
    await sign_in(client, db, "ada@example.com")
    assert (await client.get("/api/v1/users/me")).status_code == 200
    await db.execute(update(AuthSession).values(**change))
    await db.commit()
    refused = await client.get("/api/v1/users/me")
    assert refused.status_code == 401
    assert refused.json()["message"] == "The session has expired: sign in again"


async def test_sign_out_and_sign_out_everywhere(
    client: httpx.AsyncClient, db: AsyncSession, live_app_server: object
) -> None:
    await sign_in(client, db, "ada@example.com")
    async with httpx.AsyncClient(base_url=client.base_url) as laptop:
        await sign_in(laptop, db, "ada@example.com")
        async with httpx.AsyncClient(base_url=client.base_url) as phone:
            await sign_in(phone, db, "ada@example.com")
            phone_cookie = phone.cookies["botloom_session"]
            out = await phone.post("/api/v1/auth/sign-out", headers=same_origin(phone))
            assert out.status_code == 204
            assert "botloom_session" not in phone.cookies
            phone.cookies.set("botloom_session", phone_cookie)
            assert (await phone.get("/api/v1/users/me")).status_code == 401
        assert (await laptop.get("/api/v1/users/me")).status_code == 200

        everywhere = await client.post(
            "/api/v1/auth/sign-out-everywhere", headers=same_origin(client)
        )
        assert everywhere.status_code == 204
        assert (await laptop.get("/api/v1/users/me")).status_code == 401


async def test_a_cross_site_form_post_with_the_cookie_is_refused(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    await sign_in(client, db, "ada@example.com")
    form = {"name": "stolen"}
    cross_site = await client.post(TOKENS, data=form, headers={"Origin": "https://evil.example"})
    assert cross_site.status_code == 403
    assert "Cross-site request refused" in cross_site.json()["message"]
    no_origin = await client.post(TOKENS, json=form)
    assert no_origin.status_code == 403
    own_origin_no_token = await client.post(
        TOKENS, json=form, headers={"Origin": str(client.base_url).rstrip("/")}
    )
    assert own_origin_no_token.status_code == 403
    assert "X-CSRF-Token" in own_origin_no_token.json()["message"]
    wrong_token = await client.post(
        TOKENS, json=form, headers={**same_origin(client), "X-CSRF-Token": "guess"}
    )
    assert wrong_token.status_code == 403
    assert (await client.get(TOKENS)).json() == {"apiTokens": []}

    made = await client.post(TOKENS, json=form, headers=same_origin(client))
    assert made.status_code == 200, made.text


async def test_bearer_requests_need_no_csrf_token(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    made = await client.post(TOKENS, json={"name": "ci"}, headers=member.headers)
    assert made.status_code == 200, made.text
    assert (await client.get("/api/v1/users/me", headers=member.headers)).json()[
        "csrfToken"
    ] is None


async def test_me_shows_and_changes_the_user(client: httpx.AsyncClient, db: AsyncSession) -> None:
    await sign_in(client, db, ADMIN_EMAIL)
    me = (await client.get("/api/v1/users/me")).json()
    assert (me["email"], me["isAdmin"], me["role"], me["name"]) == (
        ADMIN_EMAIL,
        True,
        "ADMIN",
        None,
    )
    changed = await client.patch(
        "/api/v1/users/me",
        json={
            "updates": {"name": "The Boss", "image": "https://img.example/b.png", "company": "x"}
        },
        headers=same_origin(client),
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["name"], changed.json()["image"]) == (
        "The Boss",
        "https://img.example/b.png",
    )
    bad = await client.patch(
        "/api/v1/users/me",
        json={"updates": {"image": "javascript:alert(1)"}},
        headers=same_origin(client),
    )
    assert bad.status_code == 400
    assert bad.json()["message"].startswith("updates.image:")
    assert (await client.get("/api/v1/users/me")).json()["name"] == "The Boss"


async def test_api_tokens_are_shown_once_listed_and_revoked(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    await sign_in(client, db, "ada@example.com")
    made = (await client.post(TOKENS, json={"name": "laptop"}, headers=same_origin(client))).json()
    token = made["apiToken"]
    assert token["token"].startswith("bl_")
    listed = (await client.get(TOKENS)).json()["apiTokens"]
    assert listed == [
        {"id": token["id"], "name": "laptop", "createdAt": token["createdAt"], "lastUsedAt": None}
    ]
    bearer = {"Authorization": f"Bearer {token['token']}"}
    assert (await client.get("/api/v1/users/me", headers=bearer)).json()["email"] == (
        "ada@example.com"
    )
    assert (await client.get(TOKENS)).json()["apiTokens"][0]["lastUsedAt"] is not None

    other = await make_member(db)
    others_token = (await client.get(TOKENS, headers=other.headers)).json()["apiTokens"][0]
    not_mine = await client.delete(f"{TOKENS}/{others_token['id']}", headers=same_origin(client))
    assert not_mine.status_code == 404

    revoked = await client.delete(f"{TOKENS}/{token['id']}", headers=same_origin(client))
    assert revoked.status_code == 200
    assert revoked.json()["apiToken"]["name"] == "laptop"
    assert (await client.get("/api/v1/users/me", headers=bearer)).status_code == 401
    assert (await client.get(TOKENS)).json() == {"apiTokens": []}
    assert (
        (await client.post(TOKENS, json={"name": ""}, headers=same_origin(client)))
        .json()["message"]
        .startswith("name:")
    )
