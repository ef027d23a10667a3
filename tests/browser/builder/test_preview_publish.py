"""The editor's preview pane (start point, current block, logs) and autosave conflicts."""

from typing import Any

import httpx
from playwright.async_api import Page, Route, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.browser.builder.conftest import Owner, open_editor


def _text(block_id: str, line: str) -> dict[str, Any]:
    return {
        "id": block_id,
        "type": "text",
        "content": {"richText": [{"type": "p", "children": [{"text": line}]}]},
    }


def _two_groups_bot() -> dict[str, Any]:
    """Start → A (a text, a request to a closed port, a text); B (a text) stands alone."""
    request = {
        "id": "a-request",
        "type": "Webhook",
        "options": {"webhook": {"url": "http://127.0.0.1:9/closed", "method": "GET"}},
    }
    return {
        "version": "6.1",
        "name": "Two groups",
        "events": [
            {
                "id": "start",
                "type": "start",
                "graphCoordinates": {"x": 0, "y": 0},
                "outgoingEdgeId": "e1",
            }
        ],
        "groups": [
            {
                "id": "group-a",
                "title": "Group A",
                "graphCoordinates": {"x": 300, "y": 0},
                "blocks": [_text("a-hi", "A says hi"), request, _text("a-after", "After the call")],
            },
            {
                "id": "group-b",
                "title": "Group B",
                "graphCoordinates": {"x": 300, "y": 300},
                "blocks": [_text("b-hi", "B says hi")],
            },
        ],
        "edges": [{"id": "e1", "from": {"eventId": "start"}, "to": {"groupId": "group-a"}}],
        "variables": [],
        "theme": {},
        "settings": {},
    }


async def test_preview_runs_the_draft_from_any_group_and_shows_logs(
    page: Page, owner: Owner, browser_engine: AsyncEngine
) -> None:
    typebot_id = await owner.import_bot(browser_engine, _two_groups_bot())
    await open_editor(page, owner, typebot_id)
    await page.get_by_role("button", name="Preview", exact=True).click()
    preview = page.get_by_role("complementary", name="Preview")
    await expect(preview.get_by_text("After the call")).to_be_visible()
    logs = preview.get_by_role("region", name="Preview logs")
    await expect(logs.get_by_role("listitem").first).to_contain_text("error")
    await page.wait_for_function("window.__botloomEditor.getState().previewBlockId === 'a-after'")

    await preview.get_by_label("Start from").select_option(label="Group B")
    await expect(preview.get_by_text("B says hi")).to_be_visible()
    await expect(preview.get_by_text("A says hi")).to_have_count(0)
    await expect(logs.get_by_text("Nothing logged yet.")).to_be_visible()
    await preview.get_by_role("button", name="Restart").click()
    await expect(preview.get_by_text("B says hi")).to_be_visible()
    await page.wait_for_function("window.__botloomEditor.getState().previewBlockId === 'b-hi'")


async def _rename_elsewhere(owner: Owner, typebot_id: str, name: str) -> None:
    """Someone else saves the bot (through the API, with the version they loaded)."""
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        current = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
        saved = await api.patch(
            f"/api/v1/typebots/{typebot_id}",
            json={"typebot": {"name": name, "updatedAt": current["updatedAt"]}},
        )
        assert saved.status_code == 200, saved.text


async def _rename_offline(page: Page, owner: Owner, typebot_id: str, name: str) -> None:
    """Renames the bot while its saves fail (as offline), and someone else saves meanwhile;
    then the network comes back and the editor's retry meets the other save."""

    async def offline(route: Route) -> None:
        if route.request.method == "PATCH":
            await route.abort("internetdisconnected")
        else:
            await route.continue_()

    url = f"{owner.base_url}/api/v1/typebots/{typebot_id}"
    await page.route(url, offline)
    await page.get_by_role("textbox", name="Bot name").fill(name)
    await expect(page.get_by_role("status")).to_have_text("Not saved")
    await expect(page.get_by_role("alert")).to_contain_text("cannot be reached")
    await _rename_elsewhere(owner, typebot_id, f"Theirs, not {name}")
    await page.unroute(url, offline)
    await expect(page.get_by_role("dialog", name="Someone else changed this bot")).to_be_visible()


async def test_a_conflict_is_resolved_by_reloading_or_overwriting(
    page: Page, owner: Owner, browser_engine: AsyncEngine
) -> None:
    typebot_id = await owner.import_bot(browser_engine, _two_groups_bot())
    await open_editor(page, owner, typebot_id)

    await _rename_offline(page, owner, typebot_id, "Mine")
    await page.get_by_role("button", name="Reload their version").click()
    await expect(page.get_by_role("textbox", name="Bot name")).to_have_value("Theirs, not Mine")
    await expect(page.get_by_role("status")).to_have_text("Saved")

    await _rename_offline(page, owner, typebot_id, "Mine again")
    await page.get_by_role("button", name="Overwrite with mine").click()
    await expect(page.get_by_role("status")).to_have_text("Saved")
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        saved = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
    assert saved["name"] == "Mine again"
