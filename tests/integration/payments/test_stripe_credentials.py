"""Stripe credentials: a kind of its own, its keys checked, sealed, and never sent back."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.credentials.vault import Vault
from botloom.store.models import Credentials
from tests.integration.payments.conftest import SECRET
from tests.support.factories import make_member


async def test_stripe_is_a_kind_with_masked_secret_keys(
    chat: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    answer = await chat.get("/api/v1/credentials/kinds", headers=member.headers)
    assert answer.status_code == 200, answer.text
    (stripe,) = [kind for kind in answer.json()["kinds"] if kind["type"] == "stripe"]
    fields = {field["key"]: (field["kind"], field["required"]) for field in stripe["fields"]}
    assert fields == {
        "live.publicKey": ("text", True),
        "live.secretKey": ("secret", True),
        "test.publicKey": ("text", False),
        "test.secretKey": ("secret", False),
    }


async def test_stripe_keys_go_in_and_never_come_out(
    chat: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    url = f"/api/v1/workspaces/{member.workspace.id}/credentials"
    missing = await chat.post(
        url,
        json={"type": "stripe", "name": "Shop", "data": {"live": {"publicKey": "pk_live_1"}}},
        headers=member.headers,
    )
    assert missing.status_code == 400, missing.text
    assert "data.live.secretKey" in missing.text
    data = {
        "live": {"publicKey": "pk_live_1", "secretKey": "sk_live_hidden"},
        "test": {"publicKey": "pk_test_1", "secretKey": "sk_test_hidden"},
    }
    made = await chat.post(
        url, json={"type": "stripe", "name": "Shop", "data": data}, headers=member.headers
    )
    assert made.status_code == 200, made.text
    listed = await chat.get(url, headers=member.headers)
    for text in (made.text, listed.text):
        assert "_hidden" not in text
    row = await db.get(Credentials, made.json()["credentials"]["id"])
    assert row is not None
    assert "sk_live_hidden" not in row.data
    assert Vault(SECRET).open(row) == data
