"""The gallery's API: the templates, their documents and their preview chats, over real HTTP on
SQLite and PostgreSQL."""

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import ChatSession, Result, Typebot
from botloom.templates.catalogue import list_templates, load_template
from tests.support.factories import make_member
from tests.support.live_apps import client_of, live_app

FAQ_GREETING = "Hello! I am the help desk of Paperbird Stationery. ✉️"
PREVIEW = "/api/v1/templates/faq/preview/startChat"


def _texts(messages: list[dict[str, object]]) -> list[str]:
    """The plain text of a turn's text bubbles."""
    found: list[str] = []
    for message in messages:
        content = message["content"]
        assert isinstance(content, dict)
        rich = content.get("richText") or []
        found.append(
            "".join(
                str(leaf.get("text", ""))
                for paragraph in rich
                for leaf in paragraph.get("children", [])
            )
        )
    return found


async def test_the_gallery_lists_every_template_with_what_it_needs(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    assert (await client.get("/api/v1/templates")).status_code == 401
    listed = await client.get("/api/v1/templates", headers=member.headers)
    assert listed.status_code == 200, listed.text
    templates = listed.json()["templates"]
    assert [t["slug"] for t in templates] == [t.slug for t in list_templates()]
    by_slug = {t["slug"]: t for t in templates}
    assert by_slug["ai-assistant"]["credentialsTypes"] == ["openai"]
    assert by_slug["ai-assistant"]["needsCredentials"] is True
    assert [t["slug"] for t in templates if t["needsCredentials"]] == ["ai-assistant"]
    faq = by_slug["faq"]
    assert (faq["name"], faq["category"], faq["icon"]) == ("FAQ", "Customer service", "❓")
    assert "menu" in faq["tags"]
    assert faq["shows"].startswith("a menu of buttons")


async def test_a_template_document_is_served_and_imports_as_a_new_bot(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    served = await client.get("/api/v1/templates/quiz", headers=member.headers)
    assert served.status_code == 200, served.text
    assert served.json()["typebot"] == load_template("quiz")
    assert served.json()["template"]["name"] == "Quiz"
    imported = await client.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": served.json()["typebot"]},
        headers=member.headers,
    )
    assert imported.status_code == 200, imported.text
    assert imported.json()["warnings"] == []
    assert imported.json()["typebot"]["groups"] == load_template("quiz")["groups"]

    missing = await client.get("/api/v1/templates/no-such-thing", headers=member.headers)
    assert missing.status_code == 404
    assert "no template named 'no-such-thing'" in missing.json()["message"]


async def test_a_template_preview_chats_without_making_a_bot_or_a_result(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    assert (await client.post(PREVIEW, json={})).status_code == 401
    started = await client.post(PREVIEW, json={}, headers=member.headers)
    assert started.status_code == 200, started.text
    first = started.json()
    assert _texts(first["messages"])[0] == FAQ_GREETING
    assert "resultId" not in first
    session_id = first["sessionId"]

    answered = await client.post(
        f"/api/v1/sessions/{session_id}/continueChat", json={"message": "Delivery times"}
    )
    assert answered.status_code == 200, answered.text
    assert _texts(answered.json()["messages"])[0].startswith("Orders placed before 2 pm")

    restarted = await client.post(PREVIEW, json={"sessionId": session_id}, headers=member.headers)
    assert restarted.status_code == 200, restarted.text
    assert restarted.json()["sessionId"] == session_id
    other = await make_member(db)
    taken = await client.post(PREVIEW, json={"sessionId": session_id}, headers=other.headers)
    assert taken.status_code == 400
    assert taken.json()["message"].startswith("sessionId:")

    assert await db.scalar(select(func.count()).select_from(Typebot)) == 0
    assert await db.scalar(select(func.count()).select_from(Result)) == 0
    assert await db.scalar(select(func.count()).select_from(ChatSession)) == 1


async def test_an_unknown_template_preview_is_a_404(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    missing = await client.post(
        "/api/v1/templates/nope/preview/startChat", json={}, headers=member.headers
    )
    assert missing.status_code == 404
    assert "no template named 'nope'" in missing.json()["message"]


async def test_template_previews_are_rate_limited_as_chats_start(
    database_url: str, tmp_path_factory: pytest.TempPathFactory, db: AsyncSession
) -> None:
    member = await make_member(db)
    limits = {"rate_limits_enabled": True, "rate_limit_start_chat_per_ip": "2/minute"}
    with live_app(database_url, tmp_path_factory, **limits) as app:
        async with client_of(app.base_url) as http:
            statuses = [
                (await http.post(PREVIEW, json={}, headers=member.headers)).status_code
                for _ in range(3)
            ]
    assert statuses == [200, 200, 429]
