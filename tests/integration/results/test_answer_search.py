"""The results' text search finds what a case-insensitive substring match of the answers finds:
through the answers' index (3 characters or more) or a scan of the answers (shorter texts), then
by id (few matches) or result by result (many)."""

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import insert, update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.results import queries
from botloom.ids import new_id
from botloom.store.models import Answer, Result
from tests.integration.analytics.chats import publish_survey
from tests.support.factories import make_member

CONTENTS = (
    "Ada Lovelace",
    "ada@example.com",
    "ADA@EXAMPLE.ORG",
    "Grace Hopper",
    "100% sure",
    "snake_case_name",
    'She said "hi" there',
    "back\\slash",
    "Zoë from Zürich",
    "  spaced   out  ",
    "日本語のテキスト",
    "OR AND NOT NEAR",
    "a*b^c",
    "",
)
SEARCHES = (
    "ada",
    "ADA@example",
    "example.",
    "lovelace",
    "ce",
    "a",
    "%",
    "100%",
    "_",
    "e_c",
    "e c",
    '"hi"',
    '"',
    "k\\s",
    "zoë",
    "ZÜRICH",
    "   ",
    "本語",
    "日本語の",
    "OR AND",
    "NOT",
    "NEAR",
    "*b^",
    "nobody at all",
    "a'b",
    "(",
)


def _ascii_lower(text: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in text)


async def _search(
    client: httpx.AsyncClient, headers: dict[str, str], typebot_id: str, text: str
) -> set[str]:
    found: set[str] = set()
    cursor: str | None = None
    while True:
        params = {"timeFilter": "allTime", "q": text, "limit": "10"}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(
            f"/api/v1/typebots/{typebot_id}/results", params=params, headers=headers
        )
        assert response.status_code == 200, (text, response.text)
        page = response.json()
        found |= {result["id"] for result in page["results"]}
        cursor = page.get("nextCursor")
        if not cursor:
            return found


@pytest.mark.parametrize("listed", [queries.LISTED_TEXT_MATCHES, 1])
async def test_the_search_finds_every_answer_containing_the_text(
    client: httpx.AsyncClient, db: AsyncSession, monkeypatch: pytest.MonkeyPatch, listed: int
) -> None:
    # Texts more answers hold than ``listed`` are searched result by result, newest first.
    monkeypatch.setattr(queries, "LISTED_TEXT_MATCHES", listed)
    member = await make_member(db)
    bot = await publish_survey(db, member, "search")
    other = await publish_survey(db, member, "search-other")
    now = datetime.now(UTC)
    contents: dict[str, list[str]] = {}
    results, answers = [], []
    for n, content in enumerate(CONTENTS * 2):
        result_id = new_id()
        # Every second result has a second answer, and the other bot has the same answers.
        mine = [content, CONTENTS[(n + 5) % len(CONTENTS)]] if n % 2 else [content]
        typebot_id = bot if n < len(CONTENTS) or n % 3 else other
        if typebot_id == bot:
            contents[result_id] = mine
        results.append(
            {
                "id": result_id,
                "typebot_id": typebot_id,
                "variables": [],
                "has_started": True,
                "created_at": now - timedelta(minutes=n),
            }
        )
        answers += [{"result_id": result_id, "block_id": "n1", "content": c} for c in mine]
    await db.execute(insert(Result), results)
    await db.execute(insert(Answer), answers)
    await db.commit()

    sqlite = db.get_bind().dialect.name == "sqlite"
    for text in SEARCHES:
        # SQLite's LIKE folds ASCII letters only; its index (few matches) folds every letter.
        fold = _ascii_lower if sqlite and (listed == 1 or len(text) < 3) else str.lower
        expected = {
            result_id
            for result_id, said in contents.items()
            if any(fold(text) in fold(content) for content in said)
        }
        assert await _search(client, member.headers, bot, text) == expected, text
    assert await _search(client, member.headers, bot, "ada"), "the searches found something"


async def test_edited_archived_and_deleted_answers_leave_the_results(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    bot = await publish_survey(db, member, "search-changes")
    ids = [new_id() for _ in range(3)]
    await db.execute(
        insert(Result),
        [{"id": i, "typebot_id": bot, "variables": [], "has_started": True} for i in ids],
    )
    await db.execute(
        insert(Answer),
        [{"result_id": i, "block_id": "n1", "content": f"needle {n}"} for n, i in enumerate(ids)],
    )
    await db.commit()
    assert await _search(client, member.headers, bot, "needle") == set(ids)

    await db.execute(
        update(Answer).where(Answer.result_id == ids[0]).values(content="haystack only")
    )
    await db.commit()
    assert await _search(client, member.headers, bot, "needle") == set(ids[1:])
    assert await _search(client, member.headers, bot, "haystack") == {ids[0]}

    await db.execute(update(Result).where(Result.id == ids[2]).values(is_archived=True))
    await db.commit()
    assert await _search(client, member.headers, bot, "needle") == {ids[1]}
    deleted = await client.delete(
        f"/api/v1/typebots/{bot}/results",
        params={"resultIds": ids[1]},
        headers=member.headers,
    )
    assert deleted.status_code == 200, deleted.text
    assert await _search(client, member.headers, bot, "needle") == set()
    await db.execute(update(Result).where(Result.id == ids[2]).values(is_archived=False))
    await db.commit()
    assert await _search(client, member.headers, bot, "needle") == {ids[2]}
