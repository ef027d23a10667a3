"""The canvas as a bot owner uses it: drag blocks, connect, select, copy and paste, undo, rename,
and the keyboard alone. Every change is checked in the document the server saved."""

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import BrowserContext, Locator, Page, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.browser.builder.conftest import Owner, open_editor
from tests.support.generated_bots import grid_bot

Document = dict[str, Any]


async def saved_document(
    page: Page, owner: Owner, typebot_id: str, check: Callable[[Document], bool]
) -> Document:
    """The document as saved once the editor says "Saved" and ``check`` holds for it (autosave
    saves within a second of a change)."""
    deadline = time.monotonic() + 5
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        while True:
            await expect(page.get_by_role("status")).to_have_text("Saved")
            document: Document = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
            if check(document) or time.monotonic() > deadline:
                return document
            await page.wait_for_timeout(100)


def group_titled(document: Document, title: str) -> Document:
    return next(group for group in document["groups"] if group["title"] == title)


def block_ids(document: Document, title: str) -> list[str]:
    return [block["id"] for block in group_titled(document, title)["blocks"]]


def group(page: Page, title: str) -> Locator:
    return page.get_by_role("region", name=title, exact=True)


async def select_groups(page: Page, *titles: str) -> None:
    """Click the first group's title, shift-click the others'."""
    await group(page, titles[0]).locator(".group-title").click()
    for title in titles[1:]:
        await group(page, title).locator(".group-title").click(modifiers=["Shift"])


async def center(locator: Locator) -> tuple[float, float]:
    box = await locator.bounding_box()
    assert box is not None
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


async def drag_with_mouse(page: Page, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Press, move in steps (as a hand does) and release."""
    await page.mouse.move(*start)
    await page.mouse.down()
    await page.mouse.move(*end, steps=12)
    await page.mouse.up()


@dataclass
class Editor:
    """A bot's editor open in ``page``: the bot as imported, and its saved document."""

    page: Page
    owner: Owner
    typebot_id: str
    document: Document

    async def saved(self, check: Callable[[Document], bool]) -> Document:
        """The saved document once ``check`` holds for it (see ``saved_document``)."""
        return await saved_document(self.page, self.owner, self.typebot_id, check)


@pytest.fixture
async def editor(page: Page, owner: Owner, browser_engine: AsyncEngine) -> Editor:
    """The editor of three groups ("Group 1" to "Group 3"), each a text, a text input and a
    choice input whose first button leads to the next group."""
    document = grid_bot(3, 3, bot_id="small")
    typebot_id = await owner.import_bot(browser_engine, document)
    await open_editor(page, owner, typebot_id)
    return Editor(page=page, owner=owner, typebot_id=typebot_id, document=document)


async def test_drag_a_block_from_the_sidebar_between_two_blocks(editor: Editor) -> None:
    page, document = editor.page, editor.document
    second = group(page, "Group 1").locator(".block-row").nth(1)
    box = await second.bounding_box()
    assert box is not None
    await page.get_by_role("button", name="Add Email input").drag_to(
        second, target_position={"x": box["width"] / 2, "y": 4}
    )
    saved = await editor.saved(lambda d: len(block_ids(d, "Group 1")) == 4)
    types = [block["type"] for block in group_titled(saved, "Group 1")["blocks"]]
    assert types == ["text", "email input", "text input", "choice input"]
    assert len(saved["groups"]) == len(document["groups"])


async def test_drop_a_block_from_the_sidebar_on_empty_canvas_makes_a_group(editor: Editor) -> None:
    page, document = editor.page, editor.document
    pane = page.locator(".react-flow__pane")
    box = await pane.bounding_box()
    assert box is not None
    await page.get_by_role("button", name="Add Email input").drag_to(
        pane, target_position={"x": box["width"] / 2, "y": box["height"] - 120}
    )
    await expect(group(page, "Group #4")).to_be_visible()
    saved = await editor.saved(lambda d: len(d["groups"]) == 4)
    assert [b["type"] for b in group_titled(saved, "Group #4")["blocks"]] == ["email input"]
    assert saved["groups"][:3] == document["groups"]


async def test_reorder_blocks_and_move_one_to_another_group_with_its_edges(editor: Editor) -> None:
    page, document = editor.page, editor.document
    first = group(page, "Group 1")
    text, _, choice = (first.locator(".block-row").nth(i) for i in range(3))
    choice_box = await choice.bounding_box()
    assert choice_box is not None
    # The text bubble goes below the choice input: the last place of its group.
    await drag_with_mouse(
        page, await center(text), (choice_box["x"] + 40, choice_box["y"] + choice_box["height"] - 2)
    )
    saved = await editor.saved(lambda d: block_ids(d, "Group 1")[-1] == "smallt0")
    assert block_ids(saved, "Group 1") == ["smalli0-0", "smallc0", "smallt0"]

    # The choice input, whose buttons lead on, moves to the top of Group 2 and keeps its edges.
    target = group(page, "Group 2").locator(".block-row").first
    target_box = await target.bounding_box()
    assert target_box is not None
    await drag_with_mouse(
        page,
        await center(first.get_by_role("button", name="Buttons block")),
        (target_box["x"] + 40, target_box["y"] + 4),
    )
    saved = await editor.saved(lambda d: block_ids(d, "Group 2")[0] == "smallc0")
    assert block_ids(saved, "Group 1") == ["smalli0-0", "smallt0"]
    assert block_ids(saved, "Group 2") == ["smallc0", "smallt1", "smalli1-0", "smallc1"]
    assert saved["edges"] == document["edges"]


async def test_connect_an_item_to_a_group_and_delete_the_edge(editor: Editor) -> None:
    page, document = editor.page, editor.document
    handle = page.locator('[data-handleid="item:smallc2-0"]')
    target = group(page, "Group 1").locator('[data-handleid="in"]')
    await drag_with_mouse(page, await center(handle), await center(target))
    saved = await editor.saved(lambda d: len(d["edges"]) > len(document["edges"]))
    (new_edge,) = [e for e in saved["edges"] if e["id"] not in {x["id"] for x in document["edges"]}]
    assert new_edge["from"] == {"blockId": "smallc2", "itemId": "smallc2-0"}
    assert new_edge["to"]["groupId"] == "smallg0"
    item = group_titled(saved, "Group 3")["blocks"][-1]["items"][0]
    assert item["outgoingEdgeId"] == new_edge["id"]

    await page.locator(f'.react-flow__edge[data-id="{new_edge["id"]}"]').focus()
    await page.keyboard.press("Enter")
    await page.get_by_role("button", name="Delete edge").click()
    saved = await editor.saved(lambda d: d["edges"] == document["edges"])
    assert saved["edges"] == document["edges"]
    assert "outgoingEdgeId" not in group_titled(saved, "Group 3")["blocks"][-1]["items"][0]


async def test_multi_select_delete_undo_redo(editor: Editor) -> None:
    page = editor.page
    await select_groups(page, "Group 1", "Group 3")
    await page.keyboard.press("Delete")
    await expect(group(page, "Group 1")).to_have_count(0)
    saved = await editor.saved(lambda d: len(d["groups"]) == 1)
    assert [g["title"] for g in saved["groups"]] == ["Group 2"]
    assert saved["edges"] == []

    await page.keyboard.press("Control+z")
    saved = await editor.saved(lambda d: len(d["groups"]) == 3)
    assert [g["title"] for g in saved["groups"]] == ["Group 1", "Group 2", "Group 3"]
    assert len(saved["edges"]) == 3

    await page.keyboard.press("Control+Shift+z")
    saved = await editor.saved(lambda d: len(d["groups"]) == 1)
    assert [g["title"] for g in saved["groups"]] == ["Group 2"]


async def test_box_selection_moves_several_groups_in_one_undo_step(editor: Editor) -> None:
    page, document = editor.page, editor.document
    one = await group(page, "Group 1").bounding_box()
    two = await group(page, "Group 2").bounding_box()
    assert one is not None
    assert two is not None
    await page.keyboard.down("Shift")
    await drag_with_mouse(
        page,
        (one["x"] - 10, one["y"] - 10),
        (two["x"] + two["width"] + 10, two["y"] + two["height"] + 10),
    )
    await page.keyboard.up("Shift")
    await expect(page.locator(".group-node[data-selected]")).to_have_count(2)
    grab = await center(group(page, "Group 1").locator(".group-title"))
    await drag_with_mouse(page, grab, (grab[0], grab[1] + 200))
    saved = await editor.saved(
        lambda d: (
            group_titled(d, "Group 2")["graphCoordinates"]
            != group_titled(document, "Group 2")["graphCoordinates"]
        ),
    )
    for title in ("Group 1", "Group 2"):
        before, after = (group_titled(d, title)["graphCoordinates"] for d in (document, saved))
        assert after["x"] == pytest.approx(before["x"], abs=2)
        assert after["y"] > before["y"] + 100
    assert group_titled(saved, "Group 3") == group_titled(document, "Group 3")

    await page.get_by_role("button", name="Undo").click()
    saved = await editor.saved(
        lambda d: (
            group_titled(d, "Group 1")["graphCoordinates"]
            == group_titled(document, "Group 1")["graphCoordinates"]
        ),
    )
    assert [g["graphCoordinates"] for g in saved["groups"]] == [
        g["graphCoordinates"] for g in document["groups"]
    ]


async def test_duplicate_gives_new_ids_and_keeps_the_edges_inside(editor: Editor) -> None:
    page, document = editor.page, editor.document
    await select_groups(page, "Group 1", "Group 2")
    await page.keyboard.press("Control+d")
    saved = await editor.saved(lambda d: len(d["groups"]) == 5)
    one, two = group_titled(saved, "Group 1 (2)"), group_titled(saved, "Group 2 (2)")
    old_ids = {block["id"] for g in document["groups"] for block in g["blocks"]}
    assert not old_ids & {block["id"] for block in one["blocks"] + two["blocks"]}
    edges = {edge["id"]: edge for edge in saved["edges"]}
    inner = edges[one["blocks"][-1]["items"][0]["outgoingEdgeId"]]
    assert inner["to"]["groupId"] == two["id"]
    assert inner["id"] not in {edge["id"] for edge in document["edges"]}
    # Group 1's second button leads out of the selection: its copy has no edge.
    assert "outgoingEdgeId" not in one["blocks"][-1]["items"][1]
    assert one["blocks"][1]["options"]["variableId"] == "smallv0"
    assert saved["variables"] == document["variables"]
    assert len(saved["edges"]) == len(document["edges"]) + 1


async def test_copy_in_one_bot_and_paste_into_another_tab(
    editor: Editor, context: BrowserContext, browser_engine: AsyncEngine
) -> None:
    owner, document = editor.owner, editor.document
    await context.grant_permissions(["clipboard-read", "clipboard-write"], origin=owner.base_url)
    other_id = await owner.import_bot(browser_engine, grid_bot(1, 2, bot_id="other"))
    await select_groups(editor.page, "Group 2")
    await editor.page.keyboard.press("Control+c")

    other = await context.new_page()
    await open_editor(other, owner, other_id)
    canvas = await other.locator(".react-flow__pane").bounding_box()
    assert canvas is not None
    await other.mouse.move(canvas["x"] + 60, canvas["y"] + canvas["height"] - 200)
    await other.keyboard.press("Control+v")
    await expect(group(other, "Group 2")).to_be_visible()
    saved = await saved_document(other, owner, other_id, lambda d: len(d["groups"]) == 2)
    pasted = group_titled(saved, "Group 2")
    original = group_titled(document, "Group 2")
    assert [b["type"] for b in pasted["blocks"]] == [b["type"] for b in original["blocks"]]
    assert pasted["id"] != original["id"]
    assert not {b["id"] for b in pasted["blocks"]} & {b["id"] for b in original["blocks"]}
    assert {"id": "smallv1", "name": "Answer 2"} in saved["variables"]
    assert pasted["blocks"][1]["options"]["variableId"] == "smallv1"
    # Its buttons led to groups of the first bot: those edges stay behind.
    assert all("outgoingEdgeId" not in item for item in pasted["blocks"][-1]["items"])
    assert len(saved["edges"]) == 1


async def test_rename_a_group_by_double_click_and_cancel_with_escape(editor: Editor) -> None:
    page = editor.page
    await group(page, "Group 1").locator(".group-title").dblclick()
    title = page.get_by_role("textbox", name="Group title")
    await title.fill("Welcome")
    await title.press("Enter")
    await expect(group(page, "Welcome")).to_be_visible()
    saved = await editor.saved(lambda d: d["groups"][0]["title"] == "Welcome")
    assert saved["groups"][0]["title"] == "Welcome"

    await group(page, "Welcome").locator(".group-title").click()
    await page.keyboard.press("F2")
    await title.fill("Not this")
    await title.press("Escape")
    await expect(group(page, "Welcome")).to_be_visible()
    await expect(title).to_have_count(0)


async def test_shortcuts_sheet_opens_with_question_mark_and_the_button(editor: Editor) -> None:
    page = editor.page
    await page.keyboard.press("?")
    sheet = page.get_by_role("dialog", name="Keyboard shortcuts")
    await expect(sheet).to_be_visible()
    for keys, action in (
        ("Ctrl+Z", "Undo"),
        ("Ctrl+D", "Duplicate the selected groups"),
        ("Ctrl+V", "Paste groups at the pointer"),
        ("Shift+1", "Zoom to fit the whole bot"),
        ("F2", "Rename the selected group"),
    ):
        await expect(
            sheet.get_by_role("row").filter(has_text=keys).filter(has_text=action)
        ).to_have_count(1)
    await page.keyboard.press("Escape")
    await expect(sheet).to_be_hidden()
    await page.get_by_role("button", name="Keyboard shortcuts").click()
    await expect(sheet).to_be_visible()


async def test_keyboard_alone_moves_and_deletes_a_group(editor: Editor) -> None:
    page, document = editor.page, editor.document
    node = page.locator('.react-flow__node[data-id="smallg1"]')
    for _ in range(120):
        await page.keyboard.press("Tab")
        if await node.evaluate("node => node === document.activeElement"):
            break
    await expect(node).to_be_focused()
    await page.keyboard.press("Enter")
    await expect(node.locator(".group-node[data-selected]")).to_have_count(1)
    for _ in range(4):
        await page.keyboard.press("ArrowDown")
    await page.keyboard.press("Shift+ArrowRight")
    before = group_titled(document, "Group 2")["graphCoordinates"]
    saved = await editor.saved(
        lambda d: group_titled(d, "Group 2")["graphCoordinates"] != before,
    )
    assert group_titled(saved, "Group 2")["graphCoordinates"] == {
        "x": before["x"] + 20,
        "y": before["y"] + 20,
    }
    await page.keyboard.press("Delete")
    saved = await editor.saved(lambda d: len(d["groups"]) == 2)
    assert [g["title"] for g in saved["groups"]] == ["Group 1", "Group 3"]
    await page.keyboard.press("Control+z")
    saved = await editor.saved(lambda d: len(d["groups"]) == 3)
    assert group_titled(saved, "Group 2")["graphCoordinates"] == {
        "x": before["x"] + 20,
        "y": before["y"] + 20,
    }
    # The five presses in a row were one move: one more undo puts the group back.
    await page.keyboard.press("Control+z")
    saved = await editor.saved(lambda d: group_titled(d, "Group 2")["graphCoordinates"] == before)
    assert group_titled(saved, "Group 2")["graphCoordinates"] == before


async def test_zoom_to_fit_brings_every_group_back(editor: Editor) -> None:
    page = editor.page
    await page.mouse.move(*await center(group(page, "Group 1")))
    for _ in range(8):
        await page.mouse.wheel(0, -300)
    await expect(group(page, "Group 3")).not_to_be_in_viewport()
    await page.keyboard.press("Shift+Digit1")
    for title in ("Group 1", "Group 2", "Group 3"):
        await expect(group(page, title)).to_be_in_viewport()


async def test_screenshots_of_a_small_and_a_large_bot(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    small_id = await owner.import_bot(browser_engine, grid_bot(3, 3, bot_id="shot"))
    await open_editor(page, owner, small_id)
    await expect(group(page, "Group 3")).to_be_in_viewport()
    await page.screenshot(path=screenshots / "canvas-small.png")
    await group(page, "Group 2").locator(".group-title").click()
    await page.locator('.react-flow__edge[data-id="shote0-0"]').focus()
    await page.keyboard.press("Enter")
    await page.screenshot(path=screenshots / "canvas-small-selected.png")
    text = group(page, "Group 1").locator(".block-row").first
    target = await group(page, "Group 2").locator(".block-row").nth(1).bounding_box()
    assert target is not None
    await page.mouse.move(*await center(text))
    await page.mouse.down()
    await page.mouse.move(target["x"] + 60, target["y"] + 4, steps=8)
    await expect(page.locator(".block-row[data-drop-before]")).to_have_count(1)
    await page.screenshot(path=screenshots / "canvas-small-dragging-a-block.png")
    await page.mouse.move(*await center(text), steps=8)
    await page.mouse.up()

    large_id = await owner.import_bot(browser_engine, grid_bot(100, 10, bot_id="large"))
    await open_editor(page, owner, large_id)
    await expect(page.locator(".react-flow__node-botGroup")).not_to_have_count(0)
    await page.screenshot(path=screenshots / "canvas-1000-blocks.png")
    for _ in range(6):
        await page.mouse.wheel(0, -200)
    await page.screenshot(path=screenshots / "canvas-1000-blocks-zoomed.png")


def _block(document: Document, title: str, block_id: str) -> Document:
    return next(b for b in group_titled(document, title)["blocks"] if b["id"] == block_id)


def _edge_target(document: Document, edge_id: str | None) -> str | None:
    edge = next((e for e in document["edges"] if e["id"] == edge_id), None)
    return None if edge is None else edge["to"]["groupId"]


async def test_edges_are_drawn_from_the_keyboard_in_the_settings_panel(editor: Editor) -> None:
    page = editor.page
    text_input = block_ids(editor.document, "Group 1")[1]
    await page.locator(f'[data-block-id="{text_input}"] .block-button').focus()
    await page.keyboard.press("Enter")
    panel = page.get_by_role("complementary", name="Text settings")
    await panel.get_by_label("Then go to").focus()
    await panel.get_by_label("Then go to").select_option(label="Group 3")
    group_3 = group_titled(editor.document, "Group 3")["id"]

    def text_input_leads_to_group_3(document: Document) -> bool:
        block = next(
            b for b in group_titled(document, "Group 1")["blocks"] if b["id"] == text_input
        )
        return _edge_target(document, block.get("outgoingEdgeId")) == group_3

    await editor.saved(text_input_leads_to_group_3)

    choice = block_ids(editor.document, "Group 1")[-1]
    await page.locator(f'[data-block-id="{choice}"] .block-button').focus()
    await page.keyboard.press("Enter")
    panel = page.get_by_role("complementary", name="Buttons settings")
    first = panel.get_by_label("“Go to 2” leads to")
    await expect(first).to_have_value(group_titled(editor.document, "Group 2")["id"])
    await first.select_option(label="Nothing (the chat ends here)")

    def first_button_ends(document: Document) -> bool:
        return "outgoingEdgeId" not in _block(document, "Group 1", choice)["items"][0]

    saved = await editor.saved(first_button_ends)
    assert first_button_ends(saved)
    assert text_input_leads_to_group_3(saved)
