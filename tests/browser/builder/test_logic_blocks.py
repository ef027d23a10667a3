"""Logic, integration and plugin blocks in the builder: added from the sidebar, configured
through their settings panels as a person would, saved, published and run."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web
from playwright.async_api import Locator, Page, expect

from botloom.engine.messages import plain_text
from botloom.settings import Settings
from tests.browser.builder.actions import choose, open_block
from tests.browser.builder.conftest import Owner, open_editor
from tests.integration.llm.fake_llm import FakeLlmServer
from tests.support.live_server import LiveServer, start_live_server
from tests.support.loopback import serving
from tests.support.postgres import free_port

VARIABLES = ["Age", "Total", "Email", "Reply", "Code result"]


@pytest.fixture(scope="module")
def botloom(
    browser_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The app, allowed to reach 127.0.0.1 (the stand-ins of the HTTP request and of the AI
    provider), as the HTTP request tests allow it through ``http_allowed_hosts``, and able to
    keep credentials."""
    settings = Settings(
        database_url=browser_database_url,
        data_dir=tmp_path_factory.mktemp("logic-blocks-data"),
        http_allowed_hosts=["127.0.0.1"],
        encryption_secret="logic-blocks-test-secret-32-char",
    )
    server = start_live_server(settings)
    yield server
    server.stop()


def _variable_id(name: str) -> str:
    return "v_" + name.lower().replace(" ", "_")


def computing_bot() -> dict[str, Any]:
    """Asks an age, then a condition (empty) → a set variable (empty) → "Total is {{Total}}"."""

    def group(gid: str, title: str, x: int, blocks: list[dict[str, Any]]) -> dict[str, Any]:
        # The last group goes under the first, so that the whole bot fits beside the panels.
        y = 300 if x > 800 else 0
        return {
            "id": gid,
            "title": title,
            "graphCoordinates": {"x": x % 1200, "y": y},
            "blocks": blocks,
        }

    return {
        "version": "6.1",
        "name": "Computing bot",
        "events": [
            {
                "id": "ev",
                "type": "start",
                "graphCoordinates": {"x": -300, "y": 0},
                "outgoingEdgeId": "e0",
            },
        ],
        "groups": [
            group(
                "g-ask",
                "Ask",
                0,
                [
                    {
                        "id": "b-age",
                        "type": "number input",
                        "outgoingEdgeId": "e1",
                        "options": {"variableId": _variable_id("Age")},
                    },
                ],
            ),
            group(
                "g-check",
                "Check",
                400,
                [
                    {
                        "id": "b-condition",
                        "type": "Condition",
                        "items": [
                            {
                                "id": "i-adult",
                                "outgoingEdgeId": "e2",
                                "content": {"logicalOperator": "AND", "comparisons": []},
                            }
                        ],
                    },
                ],
            ),
            group(
                "g-compute",
                "Compute",
                800,
                [
                    {"id": "b-set", "type": "Set variable", "outgoingEdgeId": "e3", "options": {}},
                ],
            ),
            group(
                "g-show",
                "Show",
                1200,
                [
                    {
                        "id": "b-show",
                        "type": "text",
                        "content": {
                            "richText": [
                                {"type": "p", "children": [{"text": "Total is {{Total}}"}]}
                            ]
                        },
                    },
                ],
            ),
        ],
        "edges": [
            {"id": "e0", "from": {"eventId": "ev"}, "to": {"groupId": "g-ask"}},
            {"id": "e1", "from": {"blockId": "b-age"}, "to": {"groupId": "g-check"}},
            {
                "id": "e2",
                "from": {"blockId": "b-condition", "itemId": "i-adult"},
                "to": {"groupId": "g-compute"},
            },
            {"id": "e3", "from": {"blockId": "b-set"}, "to": {"groupId": "g-show"}},
        ],
        "variables": [{"id": _variable_id(name), "name": name} for name in VARIABLES],
        "theme": {},
        "settings": {},
    }


async def _block_ids(page: Page) -> list[str]:
    ids: list[str] = await page.evaluate(
        "() => window.__botloomEditor.getState().doc.groups"
        ".flatMap((group) => group.blocks.map((block) => block.id))"
    )
    return ids


async def add_block(page: Page, button: str, title: str) -> tuple[str, Locator]:
    """Add a block from the sidebar (a new group on the canvas) and open its settings."""
    # Click the empty canvas first: a selected group is drawn above the new one.
    await page.locator(".react-flow__pane").click(position={"x": 8, "y": 8})
    before = set(await _block_ids(page))
    await page.get_by_role("button", name=button, exact=True).click()
    (block_id,) = set(await _block_ids(page)) - before
    return block_id, await open_block(page, block_id, title)


async def type_code(panel: Locator, label: str, code: str) -> None:
    editor = panel.get_by_role("textbox", name=label)
    await editor.click()
    await editor.page.keyboard.type(code)


async def configure_every_block(page: Page, screenshots: Path) -> dict[str, str]:
    """Adds and configures every logic and integration block and a plugin block; their ids."""
    ids: dict[str, str] = {}

    ids["Code"], panel = await add_block(page, "Add Script logic", "Script")
    await panel.get_by_label("Name", exact=True).fill("Log")
    await type_code(panel, "Code", "console.log('hello')")
    await panel.get_by_role("switch", name="Execute in parent window").check()

    ids["Redirect"], panel = await add_block(page, "Add Redirect logic", "Redirect")
    await panel.get_by_label("URL", exact=True).fill("https://botloom.test/thanks")
    await panel.get_by_role("switch", name="Open in a new tab").check()

    ids["Set variable"], panel = await add_block(page, "Add Set variable logic", "Set variable")
    await choose(panel, "Variable", "Code result")
    await panel.get_by_role("switch", name="Run code").check()
    await type_code(panel, "Code", "return 'ok'")
    await choose(panel, "Save error in", "Reply")
    await panel.screenshot(path=screenshots / "logic-set-variable-code.png")

    ids["Typebot link"], panel = await add_block(page, "Add Typebot link logic", "Typebot link")
    await choose(panel, "Bot", "Helper bot")
    await choose(panel, "Group", "Ask")
    await panel.get_by_role("switch", name="Merge answers into this bot's results").check()

    ids["Wait"], panel = await add_block(page, "Add Wait logic", "Wait")
    await panel.get_by_label("Seconds to wait for", exact=True).fill("2")
    await panel.get_by_role("switch", name="Pause the flow").check()

    ids["Jump"], panel = await add_block(page, "Add Jump logic", "Jump")
    await choose(panel, "Group", "Show")

    ids["Return"], panel = await add_block(page, "Add Return logic", "Return")
    await expect(panel.get_by_text("Goes back to the block after the last Jump")).to_be_visible()

    ids["Condition"], panel = await add_block(page, "Add Condition logic", "Condition")
    first = panel.get_by_role("region", name="Condition 1")
    await first.get_by_role("button", name="Add comparison").click()
    await choose(first, "Variable", "Email")
    await choose(first, "Operator", "Ends with")
    await first.get_by_label("Value", exact=True).fill(".test")
    await panel.get_by_role("button", name="Add a condition").click()
    second = panel.get_by_role("region", name="Condition 2")
    await choose(second, "Variable", "Age")
    await choose(second, "Operator", "Is set")
    await expect(second.get_by_label("Value", exact=True)).to_have_count(0)
    await panel.screenshot(path=screenshots / "logic-condition-builder.png")

    ids["AB test"], panel = await add_block(page, "Add AB test logic", "AB test")
    await panel.get_by_label("Percent of visitors on path A", exact=True).fill("30")

    ids["webhook"], panel = await add_block(page, "Add Webhook logic", "Webhook")
    await panel.get_by_role("button", name="Add mapping").click()
    await panel.get_by_label("Body path", exact=True).fill("data.reply")
    await choose(panel, "Variable", "Reply")

    ids["Chatwoot"], panel = await add_block(page, "Add Chatwoot integration", "Chatwoot")
    await panel.get_by_label("Website token", exact=True).fill("token-for-tests")
    await panel.get_by_label("User email", exact=True).fill("{{Email}}")

    ids["Google Analytics"], panel = await add_block(page, "Add Analytics integration", "Analytics")
    await panel.get_by_label("Measurement id", exact=True).fill("G-BOTLOOM1")
    await panel.get_by_label("Event action", exact=True).fill("finished")

    ids["OpenAI"], panel = await add_block(page, "Add OpenAI integration", "OpenAI")
    await panel.get_by_label("Model", exact=True).fill("gpt-4o-mini")
    await panel.get_by_role("button", name="Add message").click()
    await panel.get_by_label("Content", exact=True).fill("Say hello")
    await panel.get_by_role("button", name="Add mapping").click()
    await choose(panel, "Variable", "Reply")

    ids["Email"], panel = await add_block(page, "Add Email integration", "Email")
    await expect(panel.get_by_label("From", exact=True)).to_have_value("default")
    await panel.get_by_label("To", exact=True).fill("team@botloom.test, {{Email}}")
    await panel.get_by_label("Subject", exact=True).fill("Your answers")
    await panel.get_by_role("switch", name="Custom content").check()
    await panel.get_by_label("Body", exact=True).fill("Thanks {{Email}}!")

    ids["Pixel"], panel = await add_block(page, "Add Pixel integration", "Pixel")
    await panel.get_by_label("Pixel id", exact=True).fill("1234567890")
    await choose(panel, "Event", "Lead")

    ids["Google Sheets"], panel = await add_block(page, "Add Sheets integration", "Sheets")
    await panel.get_by_label("Spreadsheet id", exact=True).fill("sheet-for-tests")
    await panel.get_by_label("Sheet id", exact=True).fill("0")
    await choose(panel, "Action", "Get data from sheet")
    await panel.get_by_role("button", name="Add column").click()
    await panel.get_by_label("Column", exact=True).fill("Name")
    await choose(panel, "Save in", "Reply")

    for block_type, button in (
        ("Make.com", "Add Make.com integration"),
        ("Pabbly", "Add Pabbly integration"),
        ("Zapier", "Add Zapier integration"),
    ):
        ids[block_type], panel = await add_block(page, button, block_type)
        await panel.get_by_label("URL", exact=True).fill(f"https://hooks.botloom.test/{block_type}")

    ids["Webhook"], panel = await add_block(page, "Add HTTP request integration", "HTTP request")
    await panel.get_by_label("URL", exact=True).fill("https://api.botloom.test/answers")
    await choose(panel, "Method", "PUT")
    await panel.get_by_role("button", name="Add header").click()
    header = panel.get_by_role("group", name="Header 1")
    await header.get_by_label("Key", exact=True).fill("X-Botloom")
    await header.get_by_label("Value", exact=True).fill("yes")
    await panel.get_by_role("switch", name="Custom body").check()
    await type_code(panel, "Body", '{"email": "{{Email}}"')
    await panel.get_by_label("Timeout (seconds)", exact=True).fill("15")
    await panel.screenshot(path=screenshots / "logic-http-request.png")

    ids["anthropic"], panel = await add_block(page, "Add Anthropic plugin", "Anthropic")
    await choose(panel, "Action", "Create Chat Message")
    await panel.get_by_label("Model", exact=True).fill("claude-3-5-haiku-latest")
    await panel.get_by_role("button", name="Add an item").first.click()
    await panel.get_by_label("Content", exact=True).fill("{{Email}}")
    mapping = panel.get_by_role("group", name="Response mapping", exact=True)
    await mapping.get_by_role("button", name="Add an item").click()
    await choose(panel, "Variable", "Reply")
    await panel.screenshot(path=screenshots / "logic-plugin.png")
    return ids


def _blocks_by_id(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {block["id"]: block for group in document["groups"] for block in group["blocks"]}


async def test_every_logic_and_integration_block_is_configured_saved_published_and_run(
    page: Page, owner: Owner, browser_engine: Any, screenshots: Path
) -> None:
    helper_id = await owner.import_bot(browser_engine, computing_bot() | {"name": "Helper bot"})
    typebot_id = await owner.import_bot(browser_engine, computing_bot())
    await open_editor(page, owner, typebot_id)
    await page.get_by_role("complementary", name="Blocks").screenshot(
        path=screenshots / "logic-sidebar.png"
    )

    panel = await open_block(page, "b-condition", "Condition")
    await panel.get_by_role("button", name="Add comparison").click()
    await choose(panel, "Variable", "Age")
    await choose(panel, "Operator", "Greater than")
    await panel.get_by_label("Value", exact=True).fill("18")
    panel = await open_block(page, "b-set", "Set variable")
    await choose(panel, "Variable", "Total")
    await panel.get_by_label("Expression", exact=True).fill("{{Age}} * 2")
    await expect(page.locator('[data-block-id="b-set"]')).to_contain_text(
        "Set Total to {{Age}} * 2"
    )
    await expect(page.locator('[data-block-id="b-condition"]')).to_contain_text(
        "Age greater than 18"
    )

    ids = await configure_every_block(page, screenshots)
    await expect(page.get_by_role("status")).to_have_text("Saved")
    await page.screenshot(path=screenshots / "logic-canvas.png")

    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        saved = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
        blocks = _blocks_by_id(saved)
        options = {block_type: blocks[ids[block_type]].get("options", {}) for block_type in ids}
        assert {block_type: blocks[block_id]["type"] for block_type, block_id in ids.items()} == {
            block_type: block_type for block_type in ids
        }
        assert options["Code"] == {
            "name": "Log",
            "content": "console.log('hello')",
            "isExecutedOnClient": True,
            "shouldExecuteInParentContext": True,
        }
        assert options["Redirect"] == {"url": "https://botloom.test/thanks", "isNewTab": True}
        assert options["Set variable"] == {
            "variableId": _variable_id("Code result"),
            "isCode": True,
            "expressionToEvaluate": "return 'ok'",
            "saveErrorInVariableId": _variable_id("Reply"),
        }
        assert options["Typebot link"] == {
            "typebotId": helper_id,
            "groupId": "g-ask",
            "mergeResults": True,
        }
        assert options["Wait"] == {"secondsToWaitFor": "2", "shouldPause": True}
        assert options["Jump"] == {"groupId": "g-show"}
        condition_items = blocks[ids["Condition"]]["items"]
        assert [
            [
                (c.get("variableId"), c.get("comparisonOperator"), c.get("value"))
                for c in item["content"]["comparisons"]
            ]
            for item in condition_items
        ] == [
            [(_variable_id("Email"), "Ends with", ".test")],
            [(_variable_id("Age"), "Is set", None)],
        ]
        assert options["AB test"] == {"aPercent": 30}
        mapping = options["webhook"]["responseVariableMapping"]
        assert [(m["bodyPath"], m["variableId"]) for m in mapping] == [
            ("data.reply", _variable_id("Reply"))
        ]
        assert options["Chatwoot"]["websiteToken"] == "token-for-tests"
        assert options["Chatwoot"]["user"] == {"email": "{{Email}}"}
        assert options["Google Analytics"] == {"trackingId": "G-BOTLOOM1", "action": "finished"}
        assert options["OpenAI"]["model"] == "gpt-4o-mini"
        assert [(m["role"], m["content"]) for m in options["OpenAI"]["messages"]] == [
            ("user", "Say hello")
        ]
        assert options["OpenAI"]["responseMapping"][0]["variableId"] == _variable_id("Reply")
        assert options["Email"] | {"recipients": None} == {
            "credentialsId": "default",
            "recipients": None,
            "isCustomBody": True,
            "isBodyCode": False,
            "subject": "Your answers",
            "body": "Thanks {{Email}}!",
        }
        assert options["Email"]["recipients"] == ["team@botloom.test", "{{Email}}"]
        assert options["Pixel"] == {"pixelId": "1234567890", "eventType": "Lead"}
        sheets = options["Google Sheets"]
        assert (sheets["spreadsheetId"], sheets["sheetId"], sheets["action"]) == (
            "sheet-for-tests",
            "0",
            "Get data from sheet",
        )
        assert [(c["column"], c["variableId"]) for c in sheets["cellsToExtract"]] == [
            ("Name", _variable_id("Reply"))
        ]
        for block_type in ("Make.com", "Pabbly", "Zapier"):
            assert (
                options[block_type]["webhook"]["url"] == f"https://hooks.botloom.test/{block_type}"
            )
        http = options["Webhook"]
        assert http["webhook"]["url"] == "https://api.botloom.test/answers"
        assert http["webhook"]["method"] == "PUT"
        assert [(h["key"], h["value"]) for h in http["webhook"]["headers"]] == [
            ("X-Botloom", "yes")
        ]
        assert http["isCustomBody"] is True
        assert http["webhook"]["body"] == '{"email": "{{Email}}"}'
        assert http["timeout"] == 15
        assert options["anthropic"]["action"] == "Create Chat Message"
        assert options["anthropic"]["model"] == "claude-3-5-haiku-latest"
        assert [(m["role"], m["content"]) for m in options["anthropic"]["messages"]] == [
            ("user", "{{Email}}")
        ]
        assert [m["variableId"] for m in options["anthropic"]["responseMapping"]] == [
            _variable_id("Reply")
        ]

        published = await api.post(f"/api/v1/typebots/{typebot_id}/publish")
        assert published.status_code == 200, published.text
        start = (await api.post(f"/api/v1/typebots/{saved['publicId']}/startChat", json={})).json()
        reply = await api.post(
            f"/api/v1/sessions/{start['sessionId']}/continueChat",
            json={"message": {"type": "text", "text": "21"}},
        )
    texts = [plain_text(m) for m in reply.json()["messages"] if m["type"] == "text"]
    assert texts == ["Total is 42"]


def _echo_app() -> web.Application:
    async def answers(request: web.Request) -> web.Response:
        return web.json_response(
            {"reply": "hello", "method": request.method, "items": [{"name": "first"}]}
        )

    app = web.Application()
    app.router.add_route("*", "/answers", answers)
    return app


async def test_the_http_request_is_tested_and_its_response_offered_for_mapping(
    page: Page, owner: Owner, browser_engine: Any, screenshots: Path
) -> None:
    port = free_port()
    typebot_id = await owner.import_bot(browser_engine, computing_bot())
    await open_editor(page, owner, typebot_id)
    await page.get_by_role("searchbox", name="Search blocks").fill("api")
    await expect(page.get_by_role("region", name="Logic")).to_have_count(0)
    block_id, panel = await add_block(page, "Add HTTP request integration", "HTTP request")
    await panel.get_by_label("URL", exact=True).fill(f"http://127.0.0.1:{port}/answers")
    await choose(panel, "Method", "GET")

    await panel.get_by_role("button", name="Test the request").click()
    await expect(panel.get_by_text("Status 500")).to_be_visible()
    await expect(
        panel.get_by_role("button", name="Save data.message in a variable")
    ).to_be_visible()
    async with serving(_echo_app(), port):
        await panel.get_by_role("button", name="Test the request").click()
        await expect(panel.get_by_text("Status 200")).to_be_visible()
    await expect(panel.get_by_text('"reply": "hello"')).to_be_visible()
    await expect(panel.get_by_text('"method": "GET"')).to_be_visible()
    await panel.screenshot(path=screenshots / "logic-http-request-tested.png")
    await panel.get_by_role("button", name="Save data.reply in a variable").click()
    await choose(panel.get_by_role("group", name="Mapping 1"), "Variable", "Reply")
    await expect(page.get_by_role("status")).to_have_text("Saved")

    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        saved = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
    mappings = _blocks_by_id(saved)[block_id]["options"]["responseVariableMapping"]
    assert [(m["bodyPath"], m["variableId"]) for m in mappings] == [
        ("data.reply", _variable_id("Reply"))
    ]


async def connect_to_group(page: Page, block_id: str, group_id: str) -> None:
    """Drag from a block's handle to a group, as a person draws an edge."""
    source = await page.locator(f'[data-block-id="{block_id}"] .react-flow__handle').bounding_box()
    target = await page.locator(
        f'.react-flow__node[data-id="{group_id}"] .react-flow__handle.target'
    ).bounding_box()
    assert source
    assert target
    await page.mouse.move(source["x"] + source["width"] / 2, source["y"] + source["height"] / 2)
    await page.mouse.down()
    await page.mouse.move(target["x"] + 2, target["y"] + target["height"] / 2, steps=10)
    await page.mouse.up()


async def test_a_plugin_block_added_from_the_sidebar_runs(
    page: Page, owner: Owner, browser_engine: Any
) -> None:
    typebot_id = await owner.import_bot(browser_engine, computing_bot())
    # The computing bot's condition and set variable, set as the first test does through the UI.
    async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
        document = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
        blocks = _blocks_by_id(document)
        blocks["b-condition"]["items"][0]["content"]["comparisons"] = [
            {"id": "c1", "variableId": _variable_id("Age"), "comparisonOperator": "Is set"}
        ]
        blocks["b-set"]["options"] = {
            "variableId": _variable_id("Total"),
            "expressionToEvaluate": "{{Age}} * 2",
        }
        await api.patch(
            f"/api/v1/typebots/{typebot_id}",
            json={"typebot": {"groups": document["groups"], "updatedAt": document["updatedAt"]}},
        )
    async with FakeLlmServer() as fake:
        async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
            created = await api.post(
                f"/api/v1/workspaces/{owner.member.workspace.id}/credentials",
                json={
                    "type": "anthropic",
                    "name": "Fake Anthropic",
                    "data": {"apiKey": "sk-test", "baseUrl": fake.base_url},
                },
            )
            assert created.status_code in (200, 201), created.text
        await open_editor(page, owner, typebot_id)

        block_id, panel = await add_block(page, "Add Anthropic plugin", "Anthropic")
        await choose(panel, "Account", "Fake Anthropic")
        await choose(panel, "Action", "Create Chat Message")
        await panel.get_by_label("Model", exact=True).fill("claude-3-5-haiku-latest")
        await panel.get_by_role("button", name="Add an item").first.click()
        await panel.get_by_label("Content", exact=True).fill("The total is {{Total}}")
        group_id = await page.evaluate(
            "(blockId) => window.__botloomEditor.getState().doc.groups"
            ".find((group) => group.blocks.some((block) => block.id === blockId)).id",
            block_id,
        )
        await panel.get_by_role("button", name="Close settings").click()
        await connect_to_group(page, "b-show", group_id)
        await expect(page.get_by_role("status")).to_have_text("Saved")

        async with httpx.AsyncClient(base_url=owner.base_url, headers=owner.member.headers) as api:
            saved = (await api.get(f"/api/v1/typebots/{typebot_id}")).json()["typebot"]
            assert _blocks_by_id(saved)["b-show"].get("outgoingEdgeId")
            assert (await api.post(f"/api/v1/typebots/{typebot_id}/publish")).status_code == 200
            start = await api.post(f"/api/v1/typebots/{saved['publicId']}/startChat", json={})
            reply = await api.post(
                f"/api/v1/sessions/{start.json()['sessionId']}/continueChat",
                json={"message": {"type": "text", "text": "21"}},
            )
        assert reply.status_code == 200, reply.text
        (call,) = fake.chat_calls()
        assert call.body["model"] == "claude-3-5-haiku-latest"
        assert call.body["messages"][-1]["content"] == "The total is 42"


async def test_the_canvas_sums_up_each_block_of_a_typebot_file(
    page: Page, owner: Owner, browser_engine: Any
) -> None:
    fixture = Path(__file__).parents[2] / "fixtures" / "bots" / "every-block.json"
    typebot_id = await owner.import_bot(browser_engine, json.loads(fixture.read_text()))
    await open_editor(page, owner, typebot_id)
    summaries = {
        "ev-code": "Run Log",
        "ev-redirect": "Redirect to https://botloom.test/thanks?from={{Answer}}",
        "ev-set-expression": "Set Total to {{Age}} * 2",
        "ev-set-code": "Set Code result to the result of code",
        "ev-set-now": "Set Clock to Now",
        "ev-set-pop": "Pop List",
        "ev-link": "Go to Integrations",
        "ev-wait": "Wait 2 s and pause",
        "ev-ab": "A 30%",
        "ev-condition": "Email ends with .test and Rating greater than 3",
        "ev-jump": "Jump to End",
        "ev-http": "POST https://hooks.botloom.test/answers",
        "ev-chatwoot": "Show the Chatwoot widget",
        "ev-ga": "Track “finished”",
        "ev_email": "Send email to {{Email}}",
        "ev-pixel": "Track “Lead”",
        "ev-sheets": "Get data from sheet",
        "ev-forge-openai": "Create chat completion",
    }
    for block_id, summary in summaries.items():
        await expect(page.locator(f'[data-block-id="{block_id}"]')).to_contain_text(summary)
    await expect(page.locator('[data-block-id="ev-condition"]')).to_contain_text("Else")
