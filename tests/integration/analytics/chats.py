"""A bot with buttons and a question, published for visitors to chat with, and the windows the
quarter-hour totals are checked over."""

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.analytics.time_filter import TimeWindow
from botloom.ids import new_id
from tests.support.bots import bot_document, edge, group, text_block, text_input
from tests.support.factories import Member
from tests.support.publishing import publisher


def survey_bot() -> dict[str, Any]:
    """Asks "Coffee?" with buttons: Yes asks a name then thanks, No says goodbye."""
    buttons = {
        "id": "c1",
        "type": "choice input",
        "items": [
            {"id": "i1", "content": "Yes", "outgoingEdgeId": "e_yes"},
            {"id": "i2", "content": "No", "outgoingEdgeId": "e_no"},
        ],
    }
    return bot_document(
        "Survey",
        [{"id": "vname", "name": "Name"}],
        [
            group("g1", "Ask", [text_block("b1", "Coffee?"), buttons]),
            group(
                "g2", "Yes", [text_block("b2", "Your name?"), text_input("n1", "vname", "e_end")]
            ),
            group("g3", "No", [text_block("b3", "Bye")]),
            group("g4", "Thanks", [text_block("b4", "Thanks {{Name}}")]),
        ],
        [
            edge("e_yes", "c1", "g2", "i1"),
            edge("e_no", "c1", "g3", "i2"),
            edge("e_end", "n1", "g4"),
        ],
    )


async def publish_survey(db: AsyncSession, member: Member, public_id: str) -> str:
    """Publish ``survey_bot`` in the member's workspace; returns the bot's id."""
    typebot_id = f"bot-{public_id}"
    await publisher(db, member)(survey_bot(), public_id, typebot_id)
    return typebot_id


BASE = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)
"""Where the results the bucket tests write start."""


def quarter_hour_windows() -> list[TimeWindow]:
    """All time, open on either side, within a day, whole UTC days, and days with hours
    before and after them (the totals of whole days are read from a table of their own)."""
    quarter = timedelta(minutes=15)
    return [
        TimeWindow(),
        TimeWindow(start=BASE),
        TimeWindow(end=BASE + 7 * quarter),
        TimeWindow(start=BASE + 3 * quarter, end=BASE + 40 * quarter),
        TimeWindow(start=BASE + 96 * quarter, end=BASE + 97 * quarter),
        TimeWindow(start=BASE + 96 * quarter, end=BASE + 288 * quarter),
        TimeWindow(start=BASE + 50 * quarter, end=BASE + 300 * quarter),
        TimeWindow(start=BASE + 50 * quarter),
        TimeWindow(end=BASE + 203 * quarter),
    ]


def random_results(
    rng: random.Random,
    bots: Sequence[str],
    count: int,
    *,
    days: int,
    started: float = 1.0,
    waiting: Sequence[str | None] = (None,),
) -> list[dict[str, Any]]:
    """``count`` result rows of ``bots`` over ``days`` days from ``BASE``: ``started`` of them
    started, some completed, some archived, each waiting at one of ``waiting``."""
    return [
        {
            "id": new_id(),
            "typebot_id": rng.choice(bots),
            "variables": [],
            "has_started": rng.random() < started,
            "is_completed": rng.random() < 0.4,
            "is_archived": rng.random() < 0.1,
            "waiting_block_id": rng.choice(waiting),
            "created_at": BASE + timedelta(seconds=rng.randrange(0, days * 86400)),
            "updated_at": BASE,
        }
        for _ in range(count)
    ]
