"""Asking for sign-in links is limited per email and per client address, on the real route."""

import httpx
import pytest

from tests.support.live_apps import client_of, live_app


async def test_magic_links_are_limited_per_email_and_per_address(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    settings = {
        "rate_limits_enabled": True,
        "rate_limit_sign_in_per_email": "2/minute",
        "rate_limit_sign_in_per_ip": "4/minute",
    }
    with live_app(database_url, tmp_path_factory, **settings) as server:
        async with client_of(server.base_url) as client:

            async def ask(email: str) -> httpx.Response:
                return await client.post("/api/v1/auth/magic-link", json={"email": email})

            assert (await ask("ada@example.com")).status_code == 200
            assert (await ask(" Ada@Example.com")).status_code == 200
            refused = await ask("ada@example.com")
            assert refused.status_code == 429
            assert refused.json()["message"].startswith("Too many sign-in attempts for this email")
            assert 1 <= int(refused.headers["retry-after"]) <= 60
            # Another email has its own count, but the address has had its 4.
            assert (await ask("bob@example.com")).status_code == 200
            refused = await ask("carol@example.com")
            assert refused.status_code == 429
            assert refused.json()["message"].startswith(
                "Too many sign-in attempts from this address"
            )
