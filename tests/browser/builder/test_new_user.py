"""Issue 14's "done when", as a new user lives it: sign in with the emailed link, build a bot
from scratch, preview it, publish it, chat on its page, reload, undo/redo, import a Typebot bot,
edit it and publish the change; axe-core finds no critical violation on the screens visited."""

import asyncio
import json
import re
from pathlib import Path
from typing import Any

from playwright.async_api import BrowserContext, Locator, Page, expect

from tests.browser.builder.actions import (
    SignInLinks,
    choose,
    new_variable,
    open_block,
    sign_in_by_link,
    variable_field,
)
from tests.support.live_server import LiveServer

AXE = Path(__file__).parents[3] / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
FIXTURES = Path(__file__).parents[2] / "fixtures" / "bots"


async def _store(page: Page, expression: str, *args: object) -> Any:
    """Reads the editor's store (``state``), as tests may; the UI is driven as a person does."""
    return await page.evaluate(
        f"(args) => {{ const state = window.__botloomEditor.getState(); return {expression}; }}",
        list(args),
    )


async def _drag(page: Page, source: Locator, target: tuple[float, float]) -> None:
    box = await source.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x + 5, y + 5, steps=2)
    await page.mouse.move(*target, steps=15)
    # React Flow ends a connection on the handle under the pointer: let it see the hover first.
    await page.mouse.move(target[0] + 1, target[1], steps=2)
    await page.mouse.up()


async def _center(locator: Locator) -> tuple[float, float]:
    box = await locator.bounding_box()
    assert box is not None
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


async def _add_group(page: Page, button: str, offset: tuple[float, float]) -> tuple[str, str]:
    """Adds a block from the sidebar (a new group, made in the middle of the canvas) and drags
    the group by ``offset``, out of the way of the next one; returns its id and its block's."""
    count = await _store(page, "state.doc.groups.length")
    await page.get_by_role("button", name=button).click()
    group_id, block_id = await _store(
        page,
        "[state.doc.groups.at(-1).id, state.doc.groups.at(-1).blocks[0].id]",
    )
    assert await _store(page, "state.doc.groups.length") == count + 1
    title = page.locator(f'.react-flow__node[data-id="{group_id}"] .group-title')
    x, y = await _center(title)
    await _drag(page, title, (x + offset[0], y + offset[1]))
    return group_id, block_id


async def _connect(page: Page, handle: str, group_id: str) -> None:
    """Drags from a source handle (``block:ID``, ``item:ID``, ``event:ID``) to a group."""
    edges = await _store(page, "state.doc.edges.length")
    target = page.locator(f'.react-flow__node[data-id="{group_id}"] [data-handleid="in"]')
    await _drag(page, page.locator(f'[data-handleid="{handle}"]'), await _center(target))
    assert await _store(page, "state.doc.edges.length") == edges + 1


async def _type_text(page: Page, block_id: str, line: str) -> None:
    """Replaces a text bubble's text through its rich-text editor."""
    panel = await open_block(page, block_id, "Text")
    editor = panel.get_by_role("textbox", name="Message text")
    await editor.click()
    await page.keyboard.press("Control+a")
    await page.keyboard.type(line)
    await expect(editor).to_have_text(line)


async def _fill_in_blocks(page: Page, blocks: dict[str, str]) -> None:
    """Gives the blocks their text, variable, comparison and value through their panels."""
    await _type_text(page, blocks["text"], "Hello! What is your name?")
    panel = await open_block(page, blocks["input"], "Text")
    await new_variable(page, variable_field(page, panel, "Save the answer in"), "Name")
    panel = await open_block(page, blocks["condition"], "Condition")
    await panel.get_by_role("button", name="Add comparison").click()
    await choose(panel, "Variable", "Name")
    await choose(panel, "Operator", "Equal to")
    await panel.get_by_label("Value", exact=True).fill("Ada")
    panel = await open_block(page, blocks["set"], "Set variable")
    await new_variable(page, variable_field(page, panel, "Variable"), "Greeting")
    await panel.get_by_label("Expression", exact=True).fill("Welcome")
    await _type_text(page, blocks["end"], "{{Greeting}}, {{Name}}!")
    await page.get_by_role("button", name="Close settings").click()


async def _check_axe(page: Page, screen: str) -> list[str]:
    """Runs axe-core on the page; fails on critical violations, returns the others.

    axe is evaluated through the DevTools protocol: a script tag would be inline script, which
    the builder's Content-Security-Policy rightly refuses."""
    await page.evaluate(AXE.read_text())
    results = await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")
    violations = results["violations"]
    critical = [v for v in violations if v["impact"] == "critical"]
    assert not critical, f"{screen}: {[(v['id'], v['nodes'][0]['target']) for v in critical]}"
    return [f"{screen}: {v['id']} ({v['impact']}) at {v['nodes'][0]['target']}" for v in violations]


async def _chat(chat: Locator | Page, answer: str, expected: str) -> None:
    """Answers the bot's question and waits for its reply."""
    await chat.get_by_label("Type your answer...").fill(answer)
    await chat.get_by_role("button", name="Send").click()
    await expect(chat.get_by_text(expected)).to_be_visible()


GRAPH = "[state.doc.groups, state.doc.edges, state.doc.variables]"


async def _build_bot(page: Page) -> dict[str, str]:
    """Creates a bot from the dashboard and draws it: start → a question → a text input saved
    in Name → a condition (Name is Ada) → set Greeting → a reply. Returns the ids it made."""
    await page.get_by_role("button", name="Create a bot").click()
    await expect(page.get_by_role("region", name="Start")).to_be_visible()
    await page.set_viewport_size({"width": 1400, "height": 900})
    for _ in range(4):
        await page.get_by_role("button", name="zoom out").click()
    start_id = await _store(page, "state.doc.events[0].id")
    ids: dict[str, str] = {}
    layout = [
        ("text", "Add Text bubble", (-300, -250)),
        ("input", "Add Text input", (50, -250)),
        ("condition", "Add Condition logic", (-300, 150)),
        ("set", "Add Set variable logic", (50, 150)),
        ("end", "Add Text bubble", (50, 300)),
    ]
    for name, button, offset in layout:
        ids[f"{name}_group"], ids[name] = await _add_group(page, button, offset)
    item_id = await _store(
        page,
        "state.doc.groups.find(g => g.id === args[0]).blocks[0].items[0].id",
        ids["condition_group"],
    )
    await _connect(page, f"event:{start_id}", ids["text_group"])
    await _connect(page, f"block:{ids['text']}", ids["input_group"])
    await _connect(page, f"block:{ids['input']}", ids["condition_group"])
    await _connect(page, f"item:{item_id}", ids["set_group"])
    await _connect(page, f"block:{ids['set']}", ids["end_group"])
    await _fill_in_blocks(page, ids)
    await expect(page.get_by_role("status")).to_have_text("Saved")
    return ids


async def _publish_and_share(page: Page, base: str, screenshots: Path) -> list[str]:
    """Publishes, gives the bot a public id (a bad one first), copies a snippet; returns the
    share panel's axe findings."""
    await expect(page.get_by_text("Not published")).to_be_visible()
    await page.get_by_role("button", name="Publish", exact=True).click()
    await expect(page.get_by_role("button", name="Published", exact=True)).to_be_disabled()
    await page.get_by_role("button", name="Share").click()
    share = page.get_by_role("complementary", name="Share")
    await share.get_by_label("Public id").fill("not a valid id!")
    await share.get_by_role("button", name="Save").click()
    await expect(share.get_by_role("alert")).to_contain_text("publicId")
    await share.get_by_label("Public id").fill("ada-greeter")
    await share.get_by_role("button", name="Save").click()
    await expect(share.get_by_role("textbox", name="Page URL")).to_have_value(f"{base}/ada-greeter")
    await share.get_by_role("button", name="Copy the bubble embed code").click()
    await expect(share.get_by_text("Copied")).to_be_visible()
    copied = await page.evaluate("navigator.clipboard.readText()")
    assert "Botloom.initBubble" in copied
    assert f'"{base}/static/web.js"' in copied
    await page.screenshot(path=str(screenshots / "new-user-share.png"))
    return await _check_axe(page, "share panel")


async def _undo_redo_a_delete(page: Page, group_id: str) -> None:
    group = page.locator(f'.react-flow__node[data-id="{group_id}"]')
    await group.locator(".group-title").click()
    await page.keyboard.press("Delete")
    await expect(group).to_have_count(0)
    await expect(page.get_by_text("Changes not published")).to_be_visible()
    await page.get_by_role("button", name="Undo").click()
    await expect(group).to_be_visible()
    await page.get_by_role("button", name="Redo").click()
    await expect(group).to_have_count(0)
    await page.get_by_role("button", name="Undo").click()
    await expect(group).to_be_visible()


async def _export(page: Page) -> dict[str, object]:
    async with page.expect_download() as download:
        await page.get_by_role("button", name="Bot file").click()
        await page.get_by_role("menuitem", name="Export as JSON").click()
    path = await (await download.value).path()
    exported: dict[str, object] = json.loads(await asyncio.to_thread(path.read_text))
    return exported


async def _import_over(page: Page, file: Path) -> None:
    async with page.expect_file_chooser() as chooser:
        await page.get_by_role("button", name="Bot file").click()
        await page.get_by_role("menuitem", name="Import a file…").click()
    await (await chooser.value).set_files(file)
    await page.get_by_role("alertdialog").get_by_role("button", name="Replace").click()


async def test_a_new_user_builds_previews_and_publishes_a_bot(
    builder_built: None,
    botloom: LiveServer,
    context: BrowserContext,
    page: Page,
    sign_in_links: SignInLinks,
    screenshots: Path,
) -> None:
    base = botloom.base_url
    await context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    await sign_in_by_link(page, base, sign_in_links, "new.user@example.com")
    ids = await _build_bot(page)
    text_block = page.locator(f'.react-flow__node[data-id="{ids["text_group"]}"]')
    await text_block.get_by_role("button", name="Text block").click()
    await expect(page.get_by_role("complementary", name="Text settings")).to_be_visible()
    await page.screenshot(path=str(screenshots / "new-user-editor.png"))
    others = await _check_axe(page, "editor with settings")

    await page.get_by_role("button", name="Preview", exact=True).click()
    preview = page.get_by_role("complementary", name="Preview")
    await expect(preview.get_by_text("Hello! What is your name?")).to_be_visible()
    await _chat(preview, "Ada", "Welcome, Ada!")
    assert await _store(page, "state.previewBlockId") == ids["end"]
    await page.screenshot(path=str(screenshots / "new-user-preview.png"))
    others += await _check_axe(page, "preview")

    others += await _publish_and_share(page, base, screenshots)
    visitor = await context.new_page()
    await visitor.goto(f"{base}/ada-greeter")
    await expect(visitor.get_by_text("Hello! What is your name?")).to_be_visible()
    await _chat(visitor, "Ada", "Welcome, Ada!")

    left = await _store(page, GRAPH)
    await page.reload()
    await expect(page.get_by_role("region", name="Start")).to_be_visible()
    assert await _store(page, GRAPH) == left
    await expect(page.get_by_role("button", name="Published", exact=True)).to_be_visible()
    await _undo_redo_a_delete(page, ids["end_group"])
    assert await _store(page, GRAPH) == left
    await expect(page.get_by_role("button", name="Published", exact=True)).to_be_visible()

    exported = await _export(page)
    assert exported["version"] == "6.1"
    assert exported["groups"] == left[0]
    await _import_over(page, FIXTURES / "v5-start-block.json")
    bot_name = page.get_by_role("textbox", name="Bot name")
    await expect(bot_name).to_have_value("Version 5 start block")
    await expect(page.get_by_text("Changes not published")).to_be_visible()
    await _type_text(page, "v5-q", "How many cups of coffee today?")
    await expect(page.get_by_role("status")).to_have_text("Saved")
    await page.get_by_role("button", name="Publish", exact=True).click()
    await expect(page.get_by_role("button", name="Published", exact=True)).to_be_visible()
    await visitor.reload()
    await expect(visitor.get_by_text("How many cups of coffee today?")).to_be_visible()
    await page.goto(f"{base}/typebots")
    await expect(page.get_by_role("link", name=re.compile("Version 5 start block"))).to_be_visible()
    others += await _check_axe(page, "dashboard")
    print("axe, not critical:", others)
