"""Sign-in with identity providers, against a local OpenID provider (and the same provider
answering as GitHub), on SQLite and PostgreSQL."""

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.auth.identity_provider import Identity, IdentityProvider

PROVIDERS = ("oidc", "github")


async def _to_provider(client: httpx.AsyncClient, provider_id: str, next_path: str = "/") -> str:
    """Start a sign-in; the provider's answer: the callback URL it sends the browser to."""
    started = await client.get(
        f"/api/v1/auth/providers/{provider_id}/sign-in", params={"next": next_path}
    )
    assert started.status_code == 302, started.text
    query = parse_qs(urlsplit(started.headers["location"]).query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["code_challenge"][0]
    assert ("nonce" in query) == (provider_id == "oidc")
    async with httpx.AsyncClient() as browser_at_provider:
        answered = await browser_at_provider.get(started.headers["location"])
    assert answered.status_code == 302, answered.text
    return answered.headers["location"]


async def test_the_sign_in_screen_lists_the_configured_providers(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    listed = (await client.get("/api/v1/auth/providers")).json()["providers"]
    assert [(p["id"], p["name"]) for p in listed] == [("github", "GitHub"), ("oidc", "Test ID")]
    assert listed[1]["signInUrl"] == "/api/v1/auth/providers/oidc/sign-in"


@pytest.mark.parametrize("provider_id", PROVIDERS)
async def test_a_verified_email_signs_in(
    client: httpx.AsyncClient, db: AsyncSession, provider: IdentityProvider, provider_id: str
) -> None:
    callback = await _to_provider(client, provider_id, "/typebots")
    finished = await client.get(callback)
    assert (finished.status_code, finished.headers["location"]) == (303, "/typebots")
    me = (await client.get("/api/v1/users/me")).json()
    assert me["email"] == "ada@example.com"
    workspaces = (await client.get("/api/v1/workspaces")).json()["workspaces"]
    assert [w["name"] for w in workspaces] == ["My workspace"], "a personal workspace"

    replayed = await client.get(callback)
    assert replayed.status_code == 401


async def test_a_wrong_state_is_refused(
    client: httpx.AsyncClient, db: AsyncSession, provider: IdentityProvider
) -> None:
    callback = await _to_provider(client, "oidc")
    forged = callback.replace("state=", "state=x")
    refused = await client.get(forged)
    assert refused.status_code == 401
    assert "state" in refused.json()["message"]
    assert "botloom_session" not in client.cookies


async def test_a_callback_from_another_browser_is_refused(
    client: httpx.AsyncClient, db: AsyncSession, provider: IdentityProvider
) -> None:
    callback = await _to_provider(client, "oidc")
    async with httpx.AsyncClient() as victim:
        refused = await victim.get(callback)
    assert refused.status_code == 401
    assert "state does not match" in refused.json()["message"]


async def test_a_wrong_nonce_is_refused(
    client: httpx.AsyncClient, db: AsyncSession, provider: IdentityProvider
) -> None:
    provider.wrong_nonce = True
    refused = await client.get(await _to_provider(client, "oidc"))
    assert refused.status_code == 401
    assert "nonce" in refused.json()["message"]
    assert "botloom_session" not in client.cookies


@pytest.mark.parametrize("provider_id", PROVIDERS)
async def test_an_unverified_email_is_refused(
    client: httpx.AsyncClient, db: AsyncSession, provider: IdentityProvider, provider_id: str
) -> None:
    provider.reset(Identity("mallory@example.com", email_verified=False))
    refused = await client.get(await _to_provider(client, provider_id))
    assert refused.status_code == 403
    assert "has not verified mallory@example.com" in refused.json()["message"]
    assert "botloom_session" not in client.cookies


async def test_an_unknown_provider_is_a_404(client: httpx.AsyncClient, db: AsyncSession) -> None:
    missing = await client.get("/api/v1/auth/providers/google/sign-in")
    assert missing.status_code == 404
    assert missing.json()["message"] == "No identity provider 'google' is configured"
