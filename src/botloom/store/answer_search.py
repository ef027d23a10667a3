"""Results with an answer that contains a text: a case-insensitive substring, on both databases.

A search first asks which of the bot's results have such an answer, reading at most a few
thousand answers: through the index that migration 0010 keeps for texts of three characters or
more (SQLite: an FTS5 table with the trigram tokenizer; PostgreSQL: a pg_trgm GIN index), and
through the answers themselves for shorter texts, which have no trigram. When few results match,
pages are read by their ids. When many do, the text is common, and checking the bot's results
newest first finds a page of them soonest (``answers_contain``).

Case: PostgreSQL folds every letter. SQLite's FTS5 does too, but its LIKE folds ASCII letters
only, so on SQLite a short or common text matches other letters only in their own case.
"""

from sqlalchemy import ColumnElement, Select, column, exists, select, table
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from botloom.store.models import Answer, Result

LIKE_ESCAPE = "\\"
INDEXED_LENGTH = 3
"""The shortest text the trigram indexes can find."""

_FTS = table("answer_search", column("rowid"), column("answer_search"))


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in ``text`` taken literally."""
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


def fts_phrase(text: str) -> str:
    """An FTS5 query for ``text`` as one phrase: with trigrams, the substring itself."""
    return '"' + text.replace('"', '""') + '"'


def answers_contain(text: str) -> ColumnElement[bool]:
    """Whether one of the result's answers contains ``text``, ignoring case (checked result by
    result: for texts that many answers hold)."""
    # An alias, so the condition also works in queries that read answers themselves.
    found = aliased(Answer)
    return exists().where(
        found.result_id == Result.id,
        found.content.ilike(like_pattern(text), escape=LIKE_ESCAPE),
    )


def _matching_answers(text: str, typebot_id: str, *, postgres: bool) -> Select[str]:
    """The result ids of the bot's answers that contain ``text`` (one per answer)."""
    found = aliased(Answer)
    # Asked of each matching answer, so that the matches drive the query, not the bot's results.
    of_the_bot = (
        select(Result.typebot_id).where(Result.id == found.result_id).scalar_subquery()
        == typebot_id
    )
    statement = select(found.result_id).where(of_the_bot)
    if len(text) >= INDEXED_LENGTH and not postgres:
        return statement.select_from(_FTS.join(found, found.id == _FTS.c.rowid)).where(
            _FTS.c.answer_search.op("MATCH")(fts_phrase(text))
        )
    # PostgreSQL's planner reads the trigram index for this when it serves.
    return statement.where(found.content.ilike(like_pattern(text), escape=LIKE_ESCAPE))


async def results_with_answers_containing(
    db: AsyncSession, *, typebot_id: str, text: str, at_most: int
) -> list[str] | None:
    """The bot's results with an answer containing ``text`` (ignoring case), or ``None`` when
    more than ``at_most`` answers contain it."""
    postgres = db.get_bind().dialect.name == "postgresql"
    statement = _matching_answers(text, typebot_id, postgres=postgres).limit(at_most + 1)
    rows = list(await db.scalars(statement))
    if len(rows) > at_most:
        return None
    return list(dict.fromkeys(rows))
