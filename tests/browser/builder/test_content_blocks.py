"""Bubble and input blocks, added from the sidebar and configured through their settings panels
as a person would; the saved bot holds the settings, publishes and chats; the variables panel
creates, renames (references follow) and deletes (after showing usages) variables."""

import itertools
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
from playwright.async_api import Locator, Page, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.browser.builder.actions import new_variable, variable_field
from tests.browser.builder.conftest import Owner, open_editor

EMPTY_BOT: dict[str, Any] = {
    "version": "6.1",
    "name": "Every content block",
    "events": [{"id": "start", "type": "start", "graphCoordinates": {"x": 0, "y": 0}}],
    "groups": [],
    "edges": [],
    "variables": [],
}

Configure = Callable[[Page, Locator], Awaitable[None]]


async def text_bubble(page: Page, panel: Locator) -> None:
    editor = panel.get_by_role("textbox", name="Message text")
    await editor.click()
    await page.keyboard.type("Hello ")
    await page.keyboard.press("Control+b")
    await page.keyboard.type("there")
    await page.keyboard.press("Control+b")
    await page.keyboard.type(" ")
    await panel.get_by_role("button", name="Insert variable").click()
    await page.get_by_label("New variable name").fill("Guest")
    await page.get_by_role("button", name="Create").click()
    await expect(editor).to_contain_text("Hello there {{Guest}}")
    await editor.press("End")
    await page.keyboard.type(" Help")
    for _ in "Help":
        await page.keyboard.press("Shift+ArrowLeft")
    await panel.get_by_role("button", name="Link").click()
    await page.get_by_label("Link URL").fill("https://botloom.test/help")
    await page.get_by_role("button", name="Apply").click()
    await expect(editor.get_by_role("link", name="Help")).to_be_visible()


async def image_bubble(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Image URL").fill("https://botloom.test/static/lighthouse.png")
    await panel.get_by_label("Alternative text").fill("A lighthouse")


async def video_bubble(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Video URL").fill("https://www.youtube.com/watch?v=botloomdemo")
    await panel.get_by_label("Show the controls").uncheck()


async def embed_bubble(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Page URL").fill("https://botloom.test/calendar")
    await panel.get_by_label("Height").fill("500")


async def audio_bubble(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Audio URL").fill("https://botloom.test/static/chime.mp3")
    await panel.get_by_label("Play by itself").uncheck()


async def text_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Placeholder").fill("Your name?")
    await panel.get_by_label("Button label").fill("Next")
    await panel.get_by_label("Long text").check()
    await new_variable(page, variable_field(page, panel, "Save the answer in"), "Name")


async def email_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Placeholder").fill("Your email?")
    await panel.get_by_label("Retry message").fill("Not an email.")
    await new_variable(page, variable_field(page, panel, "Save the answer in"), "Email")


async def number_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Placeholder").fill("How many?")
    await panel.get_by_label("Minimum").fill("1")
    await panel.get_by_label("Maximum").fill("10")
    await panel.get_by_label("Step").fill("1")


async def url_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Placeholder").fill("Your website?")


async def phone_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Placeholder").fill("Your phone?")
    await panel.get_by_label("Default country").fill("PT")


async def date_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Ask for a range").check()
    await panel.get_by_label("From label").fill("Arrival")
    await panel.get_by_label("To label").fill("Departure")
    await panel.get_by_label("Format").fill("yyyy-MM-dd")
    await panel.get_by_label("Earliest date").fill("2020-01-01")


async def time_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Button label").fill("Set the time")


async def rating_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Maximum").fill("5")
    await panel.get_by_label("Not likely label").fill("Meh")
    await panel.get_by_label("Very likely label").fill("Great")
    await panel.get_by_label("Shown as").select_option("Icons")


async def choice_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Button 1 text").fill("Green")
    await panel.get_by_role("button", name="Add a button").click()
    await panel.get_by_label("Button 2 text").fill("Red")
    await panel.get_by_role("button", name="Move button 2 up").click()
    await expect(panel.get_by_label("Button 1 text")).to_have_value("Red")
    await panel.get_by_label("Searchable").check()
    await panel.get_by_label("Search placeholder").fill("Find a colour")
    await panel.get_by_label("Save the answer in").select_option(label="Name")


async def picture_choice_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Picture 1 URL").fill("https://botloom.test/static/sea.png")
    await panel.get_by_label("Picture 1 title").fill("Sea")
    await panel.get_by_label("Picture 1 description").fill("Blue")


async def cards(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Card 1 title").fill("Basic")
    await panel.get_by_label("Card 1 description").fill("For one person")
    await panel.get_by_label("Card 1 button 1 text").fill("Choose")
    await panel.get_by_role("button", name="Add a button to card 1").click()
    await panel.get_by_label("Card 1 button 2 text").fill("Details")


async def payment_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Price").fill("12.50")
    await panel.get_by_label("Currency").fill("EUR")
    await panel.get_by_label("Description").fill("A box of tea")
    await panel.get_by_label("Receipt email").fill("{{Email}}")
    await panel.get_by_label("Button label").fill("Pay now")


async def file_input(page: Page, panel: Locator) -> None:
    await panel.get_by_label("Allow several files").check()
    await panel.get_by_label("Required").uncheck()
    await panel.get_by_label("Only some file types").check()
    await panel.get_by_label("Allowed file types").fill(".pdf, image/*")
    await panel.get_by_label("Skip button label").fill("No file")


# In the order the bot asks them: (sidebar button, block label, configure).
BLOCKS: list[tuple[str, str, Configure]] = [
    ("Add Text bubble", "Text", text_bubble),
    ("Add Image bubble", "Image", image_bubble),
    ("Add Video bubble", "Video", video_bubble),
    ("Add Embed bubble", "Embed", embed_bubble),
    ("Add Audio bubble", "Audio", audio_bubble),
    ("Add Text input", "Text", text_input),
    ("Add Email input", "Email", email_input),
    ("Add Number input", "Number", number_input),
    ("Add Website input", "Website", url_input),
    ("Add Phone input", "Phone", phone_input),
    ("Add Date input", "Date", date_input),
    ("Add Time input", "Time", time_input),
    ("Add Rating input", "Rating", rating_input),
    ("Add Buttons input", "Buttons", choice_input),
    ("Add Pic choice input", "Pic choice", picture_choice_input),
    ("Add Cards input", "Cards", cards),
    ("Add Payment input", "Payment", payment_input),
    ("Add File input", "File", file_input),
]


async def add_and_configure(
    page: Page, number: int, add: str, label: str, configure: Configure
) -> None:
    await page.get_by_role("button", name=add, exact=True).click()
    group = page.get_by_role("region", name=f"Group #{number}", exact=True)
    await group.get_by_role("button", name=f"{label} block").click()
    panel = page.get_by_role("complementary", name=f"{label} settings")
    await configure(page, panel)
    # New groups appear at the centre, over the last one: click the empty canvas to unselect it
    # so that the next one comes out on top.
    await page.locator(".react-flow__pane").click(position={"x": 5, "y": 5})


def chain(document: dict[str, Any]) -> dict[str, Any]:
    """Connect the start, then each group to the next (card buttons too), as the canvas would."""
    edges: list[dict[str, Any]] = []

    def edge(source: dict[str, Any], target: dict[str, Any]) -> str:
        edge_id = f"e{len(edges)}"
        edges.append({"id": edge_id, "from": source, "to": {"groupId": target["id"]}})
        return edge_id

    groups = document["groups"]
    document["events"][0]["outgoingEdgeId"] = edge({"eventId": "start"}, groups[0])
    for group, after in itertools.pairwise(groups):
        block = group["blocks"][-1]
        if block["type"] == "cards":
            for item in block["items"]:
                for path in item["paths"]:
                    path["outgoingEdgeId"] = edge(
                        {"blockId": block["id"], "itemId": item["id"], "pathId": path["id"]}, after
                    )
        else:
            block["outgoingEdgeId"] = edge({"blockId": block["id"]}, after)
    document["edges"] = edges
    return document


def blocks_by_type(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {block["type"]: block for group in document["groups"] for block in group["blocks"]}


def check_saved_settings(document: dict[str, Any]) -> None:
    blocks = blocks_by_type(document)
    names = {variable["id"]: variable["name"] for variable in document["variables"]}
    text = blocks["text"]["content"]["richText"]
    assert text[0]["children"][0] == {"text": "Hello "}
    assert {"text": "there", "bold": True} in text[0]["children"]
    assert "{{Guest}}" in "".join(child.get("text", "") for child in text[0]["children"])
    link = next(child for child in text[0]["children"] if child.get("type") == "a")
    assert link == {"type": "a", "url": "https://botloom.test/help", "children": [{"text": "Help"}]}
    assert blocks["image"]["content"] == {
        "url": "https://botloom.test/static/lighthouse.png",
        "clickLink": {"alt": "A lighthouse"},
    }
    video = blocks["video"]["content"]
    assert (video["type"], video["id"], video["areControlsDisplayed"]) == (
        "youtube",
        "botloomdemo",
        False,
    )
    assert blocks["embed"]["content"]["url"] == "https://botloom.test/calendar"
    assert blocks["audio"]["content"]["isAutoplayEnabled"] is False
    text_input = blocks["text input"]["options"]
    assert text_input["labels"] == {"placeholder": "Your name?", "button": "Next"}
    assert text_input["isLong"] is True
    assert names[text_input["variableId"]] == "Name"
    assert blocks["email input"]["options"]["retryMessageContent"] == "Not an email."
    assert names[blocks["email input"]["options"]["variableId"]] == "Email"
    number = blocks["number input"]["options"]
    assert (number["min"], number["max"], number["step"]) == (1, 10, 1)
    assert blocks["phone number input"]["options"]["defaultCountryCode"] == "PT"
    date = blocks["date input"]["options"]
    assert date["isRange"] is True
    assert date["labels"] == {"from": "Arrival", "to": "Departure"}
    assert (date["format"], date["min"]) == ("yyyy-MM-dd", "2020-01-01")
    assert blocks["time input"]["options"]["labels"] == {"button": "Set the time"}
    rating = blocks["rating input"]["options"]
    assert (rating["length"], rating["buttonType"]) == (5, "Icons")
    assert rating["labels"] == {"left": "Meh", "right": "Great"}
    choice = blocks["choice input"]
    assert [item["content"] for item in choice["items"]] == ["Red", "Green"]
    assert choice["options"]["isSearchable"] is True
    assert choice["options"]["searchInputPlaceholder"] == "Find a colour"
    assert names[choice["options"]["variableId"]] == "Name"
    picture = blocks["picture choice input"]["items"][0]
    assert (picture["pictureSrc"], picture["title"], picture["description"]) == (
        "https://botloom.test/static/sea.png",
        "Sea",
        "Blue",
    )
    card = blocks["cards"]["items"][0]
    assert (card["title"], card["description"]) == ("Basic", "For one person")
    assert [path["text"] for path in card["paths"]] == ["Choose", "Details"]
    payment = blocks["payment input"]["options"]
    assert (payment["provider"], payment["amount"], payment["currency"]) == (
        "Stripe",
        "12.50",
        "EUR",
    )
    assert payment["additionalInformation"] == {"description": "A box of tea", "email": "{{Email}}"}
    assert payment["labels"] == {"button": "Pay now"}
    file = blocks["file input"]["options"]
    assert (file["isMultipleAllowed"], file["isRequired"]) == (True, False)
    assert file["allowedFileTypes"] == {"isEnabled": True, "types": [".pdf", "image/*"]}
    assert file["labels"] == {"skip": "No file"}


async def test_every_bubble_and_input_is_configured_saved_published_and_run(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    typebot_id = await owner.import_bot(browser_engine, EMPTY_BOT)
    await open_editor(page, owner, typebot_id)
    for number, (add, label, configure) in enumerate(BLOCKS, start=1):
        await add_and_configure(page, number, add, label, configure)
        if configure in (text_bubble, choice_input, cards):
            await page.get_by_role("complementary", name=f"{label} settings").screenshot(
                path=screenshots / f"content-{configure.__name__}.png"
            )
    await expect(page.get_by_role("status")).to_have_text("Saved")

    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        saved = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
        check_saved_settings(saved)
        chained = chain(saved)
        response = await api.patch(
            f"/api/v1/typebots/{typebot_id}",
            json={
                "typebot": {key: chained[key] for key in ("groups", "edges", "events", "updatedAt")}
            },
        )
        assert response.status_code == 200, response.text
        response = await api.post(f"/api/v1/typebots/{typebot_id}/publish")
        assert response.status_code == 200, response.text
        public_id = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]["publicId"]

    async with httpx.AsyncClient(base_url=owner.base_url) as visitor:
        start = await visitor.post(f"/api/v1/typebots/{public_id}/startChat", json={})
        assert start.status_code == 200, start.text
        body = start.json()
        assert [message["type"] for message in body["messages"]] == [
            "text",
            "image",
            "video",
            "embed",
            "audio",
        ]
        session = body["sessionId"]
        asked = [body["input"]]
        for reply in [
            "Ada",
            "ada@example.org",
            "4",
            "botloom.test",
            "+351912345678",
            "2024-01-01 to 2024-01-05",
            "10:30",
            "4",
            "Red",
            "Sea",
            "Basic",
            "paid",
        ]:
            turn = await visitor.post(
                f"/api/v1/sessions/{session}/continueChat",
                json={"message": {"type": "text", "text": reply}},
            )
            assert turn.status_code == 200, turn.text
            assert "input" in turn.json(), (reply, turn.json())
            asked.append(turn.json()["input"])
    assert [block["type"] for block in asked] == [
        "text input",
        "email input",
        "number input",
        "url input",
        "phone number input",
        "date input",
        "time input",
        "rating input",
        "choice input",
        "picture choice input",
        "cards",
        "payment input",
        # No payment was made (the bot has no Stripe credentials): the claim is refused.
        "payment input",
    ]
    options = [block.get("options", {}) for block in asked]
    assert options[0]["labels"]["placeholder"] == "Your name?"
    assert options[1]["labels"]["placeholder"] == "Your email?"
    assert options[5]["labels"]["from"] == "Arrival"
    assert options[6]["labels"]["button"] == "Set the time"
    assert options[7]["labels"]["left"] == "Meh"
    assert [item["content"] for item in asked[8]["items"]] == ["Red", "Green"]
    assert options[11]["labels"]["button"] == "Pay now"
    assert "runtimeOptions" not in asked[11]


async def test_variables_panel_creates_renames_and_deletes(
    page: Page, owner: Owner, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    typebot_id = await owner.import_bot(browser_engine, EMPTY_BOT)
    await open_editor(page, owner, typebot_id)
    await add_and_configure(page, 1, "Add Text input", "Text", text_input)
    await add_and_configure(page, 2, "Add Text bubble", "Text", greet)

    await page.get_by_role("button", name="Variables").click()
    panel = page.get_by_role("complementary", name="Variables")
    await panel.get_by_label("New variable").fill("Colour")
    await panel.get_by_label("New variable").press("Enter")
    await expect(panel.get_by_role("listitem", name="Colour")).to_be_visible()
    await panel.get_by_label("Save Colour in results").uncheck()
    await panel.get_by_label("Default value of Colour").fill("blue")

    await panel.get_by_label("Name of Name").fill("First name")
    await panel.get_by_label("Name of Name").press("Enter")
    await expect(panel.get_by_label("Name of First name")).to_have_value("First name")
    await expect(
        page.get_by_role("region", name="Group #2", exact=True).get_by_role(
            "button", name="Text block"
        )
    ).to_contain_text("Hi {{First name}}!")
    await panel.screenshot(path=screenshots / "content-variables.png")

    await panel.get_by_role("button", name="Delete First name").click()
    dialog = page.get_by_role("alertdialog")
    await expect(dialog.get_by_role("list", name="Where it is used")).to_contain_text(
        "Group #1: Text block (saves or reads it)"
    )
    await expect(dialog).to_contain_text("Group #2: Text block (in its text as {{First name}})")
    await dialog.screenshot(path=screenshots / "content-variable-delete.png")
    await dialog.get_by_role("button", name="Delete").click()
    await expect(panel.get_by_role("listitem", name="First name")).to_have_count(0)
    await expect(page.get_by_role("status")).to_have_text("Saved")

    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        saved = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
    assert [
        {key: variable.get(key) for key in ("name", "isSessionVariable", "value")}
        for variable in saved["variables"]
    ] == [{"name": "Colour", "isSessionVariable": True, "value": "blue"}]
    greeting = blocks_by_type(saved)["text"]["content"]["richText"]
    assert greeting == [{"type": "p", "children": [{"text": "Hi {{First name}}!"}]}]


async def greet(page: Page, panel: Locator) -> None:
    await panel.get_by_role("textbox", name="Message text").click()
    await page.keyboard.type("Hi {{Name}}!")


async def test_undo_and_redo_reach_the_open_rich_text(
    page: Page, owner: Owner, browser_engine: AsyncEngine
) -> None:
    typebot_id = await owner.import_bot(browser_engine, EMPTY_BOT)
    await open_editor(page, owner, typebot_id)
    await add_and_configure(page, 1, "Add Text bubble", "Text", greet)
    editor = page.get_by_role("textbox", name="Message text")
    summary = page.get_by_role("region", name="Group #1", exact=True).get_by_role(
        "button", name="Text block"
    )
    await expect(summary).to_contain_text("Hi {{Name}}!")

    await page.get_by_role("button", name="Undo").click()
    await expect(summary).to_contain_text("Click to edit")
    await expect(editor).not_to_contain_text("Hi")
    await page.get_by_role("button", name="Redo").click()
    await expect(editor).to_contain_text("Hi {{Name}}!")
    await editor.click()
    await page.keyboard.press("Control+End")
    await page.keyboard.type(" Bye")
    await expect(summary).to_contain_text("Hi {{Name}}! Bye")
