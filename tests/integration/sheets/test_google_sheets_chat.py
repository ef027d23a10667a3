"""The Google Sheets block in real chats, against a fake Sheets API on loopback."""

from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import Log
from tests.integration.llm.bots import add_credentials, publish
from tests.integration.sheets.conftest import SECRET
from tests.integration.sheets.fake_sheets import REFRESH_TOKEN, FakeSheetsServer, Sheet
from tests.support.bots import bot_document, group, text_block, text_input
from tests.support.factories import make_member

HEADER = ["Email", "Name", "Score"]
VARIABLES = [
    {"id": "vemail", "name": "Email"},
    {"id": "vname", "name": "Name"},
    {"id": "vscore", "name": "Score"},
]


def _bot(options: dict[str, Any], after: str) -> dict[str, Any]:
    blocks = [
        text_block("hello", "Your email?"),
        text_input("ask", "vemail"),
        {"id": "sheets", "type": "Google Sheets", "options": options},
        text_block("after", after),
    ]
    return bot_document(
        "Sheets",
        VARIABLES,
        [group("g1", "Ask", blocks)],
        theme={"general": {"font": {"type": "Custom"}}},
    )


async def _run(
    chat: httpx.AsyncClient,
    db: AsyncSession,
    fake: FakeSheetsServer,
    options: dict[str, Any],
    *,
    after: str = "Done",
    email: str = "ada@example.com",
    tokens: dict[str, Any] | None = None,
) -> tuple[list[str], list[tuple[str, str | None]]]:
    member = await make_member(db)
    credentials = await add_credentials(
        db,
        member,
        "google sheets",
        tokens or {"access_token": "valid-token", "refresh_token": REFRESH_TOKEN},
        secret=SECRET,
    )
    document = _bot(
        {"credentialsId": credentials, "spreadsheetId": "sheet-1", "sheetId": "7"} | options, after
    )
    await publish(db, member, document, "sheets")
    start = (await chat.post("/api/v1/typebots/sheets/startChat", json={})).json()
    reply = await chat.post(
        f"/api/v1/sessions/{start['sessionId']}/continueChat", json={"message": email}
    )
    assert reply.status_code == 200, reply.text
    texts = [plain_text(m) for m in reply.json()["messages"] if m["type"] == "text"]
    logs = (await db.scalars(select(Log).where(Log.result_id == start["resultId"]))).all()
    return texts, [(log.description, log.details) for log in logs]


@pytest.fixture
def people(fake_sheets: FakeSheetsServer) -> Sheet:
    sheet = Sheet(
        7,
        "People's list",
        [
            HEADER,
            ["ada@example.com", "Ada", "10"],
            ["bob@example.com", "Bob", "4"],
            ["ada@example.com", "Ada L.", "12"],
        ],
    )
    fake_sheets.spreadsheets["sheet-1"] = [Sheet(0, "Other"), sheet]
    return sheet


def _get(total: str, comparisons: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "action": "Get data from sheet",
        "filter": {"comparisons": comparisons, "logicalOperator": "AND"},
        "cellsToExtract": [
            {"id": "c1", "column": "Name", "variableId": "vname"},
            {"id": "c2", "column": "Score", "variableId": "vscore"},
        ],
        "totalRowsToExtract": total,
    }


EMAIL_IS_MINE = {
    "id": "f1",
    "column": "Email",
    "comparisonOperator": "Equal to",
    "value": "{{Email}}",
}


@pytest.mark.parametrize(
    ("total", "comparisons", "shown"),
    [
        ("First", [EMAIL_IS_MINE], "Ada scored 10"),
        ("Last", [EMAIL_IS_MINE], "Ada L. scored 12"),
        ("All", [EMAIL_IS_MINE], '["Ada","Ada L."] scored ["10","12"]'),
        (
            "All",
            [{"id": "f2", "column": "Score", "comparisonOperator": "Less than", "value": "5"}],
            "Bob scored 4",
        ),
    ],
)
async def test_get_rows_with_a_filter(
    chat: httpx.AsyncClient,
    db: AsyncSession,
    fake_sheets: FakeSheetsServer,
    people: Sheet,
    total: str,
    comparisons: list[dict[str, Any]],
    shown: str,
) -> None:
    texts, logs = await _run(
        chat, db, fake_sheets, _get(total, comparisons), after="{{Name}} scored {{Score}}"
    )
    assert texts == [shown]
    assert logs == []


async def test_no_matching_row_is_logged_and_the_chat_goes_on(
    chat: httpx.AsyncClient, db: AsyncSession, fake_sheets: FakeSheetsServer, people: Sheet
) -> None:
    texts, logs = await _run(
        chat, db, fake_sheets, _get("First", [EMAIL_IS_MINE]), email="eve@example.com"
    )
    assert texts == ["Done"]
    assert logs == [("Google Sheets: couldn't find any rows matching the filter", None)]


async def test_insert_a_row(
    chat: httpx.AsyncClient, db: AsyncSession, fake_sheets: FakeSheetsServer, people: Sheet
) -> None:
    options = {
        "action": "Insert a row",
        "cellsToInsert": [
            {"id": "c1", "column": "Score", "value": "7"},
            {"id": "c2", "column": "Email", "value": "{{Email}}"},
        ],
    }
    texts, logs = await _run(chat, db, fake_sheets, options, email="cy@example.com")
    assert (texts, logs) == (["Done"], [])
    assert people.rows[-1] == ["cy@example.com", "", "7"]


async def test_update_the_matching_rows(
    chat: httpx.AsyncClient, db: AsyncSession, fake_sheets: FakeSheetsServer, people: Sheet
) -> None:
    options = {
        "action": "Update a row",
        "filter": {"comparisons": [EMAIL_IS_MINE]},
        "cellsToUpsert": [{"id": "c1", "column": "Score", "value": "99"}],
    }
    texts, logs = await _run(chat, db, fake_sheets, options)
    assert (texts, logs) == (["Done"], [])
    assert people.rows == [
        HEADER,
        ["ada@example.com", "Ada", "99"],
        ["bob@example.com", "Bob", "4"],
        ["ada@example.com", "Ada L.", "99"],
    ]


async def test_an_expired_token_is_refreshed(
    chat: httpx.AsyncClient, db: AsyncSession, fake_sheets: FakeSheetsServer, people: Sheet
) -> None:
    tokens = {"access_token": "old", "refresh_token": REFRESH_TOKEN, "expiry_date": 1000}
    texts, logs = await _run(
        chat,
        db,
        fake_sheets,
        _get("First", [EMAIL_IS_MINE]),
        after="{{Name}}",
        tokens=tokens,
    )
    assert (texts, logs) == (["Ada"], [])
    assert fake_sheets.refreshes == 1


async def test_a_refused_token_is_refreshed_once(
    chat: httpx.AsyncClient, db: AsyncSession, fake_sheets: FakeSheetsServer, people: Sheet
) -> None:
    tokens = {"access_token": "revoked", "refresh_token": REFRESH_TOKEN}
    texts, logs = await _run(
        chat, db, fake_sheets, _get("First", [EMAIL_IS_MINE]), after="{{Name}}", tokens=tokens
    )
    assert (texts, logs) == (["Ada"], [])
    assert fake_sheets.refreshes == 1


async def test_api_errors_are_logged_and_the_chat_goes_on(
    chat: httpx.AsyncClient, db: AsyncSession, fake_sheets: FakeSheetsServer
) -> None:
    texts, logs = await _run(chat, db, fake_sheets, _get("First", [EMAIL_IS_MINE]))
    assert texts == ["Done"]
    assert logs == [("Google Sheets: Google answered HTTP 404", "Requested entity was not found.")]


@pytest.mark.parametrize("access_token", ["valid-token", "revoked"], ids=["stored", "refreshed"])
async def test_a_token_quoted_by_google_is_redacted_from_the_logs(
    chat: httpx.AsyncClient,
    db: AsyncSession,
    fake_sheets: FakeSheetsServer,
    people: Sheet,
    access_token: str,
) -> None:
    fake_sheets.echoes_token = True
    tokens = {"access_token": access_token, "refresh_token": REFRESH_TOKEN}
    texts, logs = await _run(chat, db, fake_sheets, _get("First", [EMAIL_IS_MINE]), tokens=tokens)
    assert texts == ["Done"]
    assert logs == [
        ("Google Sheets: Google answered HTTP 403", "The caller Bearer [redacted] may not")
    ]
