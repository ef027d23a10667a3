"""The sign-in limits the identity routes apply (``hit_sign_in``), through a tiny route."""

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI, Request

from botloom.api.errors import install_error_handlers
from botloom.api.rate_limits import RateLimits, hit_sign_in
from botloom.domain.schemas import ApiModel
from botloom.settings import Settings


class SignInBody(ApiModel):
    email: str


def sign_in_app(settings: Settings) -> FastAPI:
    """An app whose one route counts a sign-in, as the identity routes do, then says ok."""
    app = FastAPI()
    install_error_handlers(app)
    app.state.rate_limits = RateLimits.from_settings(settings)

    @app.post("/sign-in")
    async def sign_in(body: SignInBody, request: Request) -> dict[str, bool]:
        await hit_sign_in(request, body.email)
        return {"ok": True}

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app, with 2 sign-ins a minute per email and 4 per address."""
    settings = Settings(
        rate_limit_sign_in_per_email="2/minute", rate_limit_sign_in_per_ip="4/minute"
    )
    transport = httpx.ASGITransport(app=sign_in_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://botloom") as http:
        yield http


async def test_sign_in_is_limited_per_email_and_per_address(client: httpx.AsyncClient) -> None:
    async def sign_in(email: str) -> httpx.Response:
        return await client.post("/sign-in", json={"email": email})

    assert (await sign_in("ada@example.com")).status_code == 200
    assert (await sign_in(" Ada@Example.com")).status_code == 200
    refused = await sign_in("ada@example.com")
    assert refused.status_code == 429
    assert refused.json()["message"].startswith("Too many sign-in attempts for this email")
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    # Another email has its own count, but the address has had its 4.
    assert (await sign_in("bob@example.com")).status_code == 200
    refused = await sign_in("carol@example.com")
    assert refused.status_code == 429
    assert refused.json()["message"].startswith("Too many sign-in attempts from this address")
