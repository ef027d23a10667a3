"""Results with an answer that contains a text, found through the answers' search index.

The meaning is the same on both databases and for every text: the answer contains it as a
substring, ignoring case. Texts of three characters or more are looked up in the index that
migration 0010 keeps (SQLite: an FTS5 table with the trigram tokenizer; PostgreSQL: a pg_trgm
GIN index), so a search costs what its matches cost, not a scan of every answer. Shorter texts
have no trigram to look up and are checked answer by answer.
"""

from typing import Any

from sqlalchemy import Boolean, ColumnElement, bindparam, column, exists, select, table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.visitors import InternalTraversal

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


class _IndexedAnswerSearch(ColumnElement[bool]):
    """``result.id`` is among the results with a matching answer (compiled per database)."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [
        ("phrase", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, text: str) -> None:
        self.phrase: BindParameter[str] = bindparam("answer_phrase", fts_phrase(text), unique=True)
        self.pattern: BindParameter[str] = bindparam(
            "answer_pattern", like_pattern(text), unique=True
        )


def answers_contain(text: str) -> ColumnElement[bool]:
    """Whether one of the result's answers contains ``text``, ignoring case."""
    if len(text) >= INDEXED_LENGTH:
        return _IndexedAnswerSearch(text)
    # An alias, so the condition also works in queries that read answers themselves.
    found = aliased(Answer)
    return exists().where(
        found.result_id == Result.id,
        found.content.ilike(like_pattern(text), escape=LIKE_ESCAPE),
    )


@compiles(_IndexedAnswerSearch, "sqlite")
def _sqlite(element: _IndexedAnswerSearch, compiler: SQLCompiler, **kw: Any) -> str:
    found = aliased(Answer)
    matching = select(_FTS.c.rowid).where(_FTS.c.answer_search.op("MATCH")(element.phrase))
    results = select(found.result_id).where(found.id.in_(matching))
    return compiler.process(Result.id.in_(results), **kw)


@compiles(_IndexedAnswerSearch, "postgresql")
def _postgresql(element: _IndexedAnswerSearch, compiler: SQLCompiler, **kw: Any) -> str:
    found = aliased(Answer)
    results = select(found.result_id).where(
        found.content.ilike(element.pattern, escape=LIKE_ESCAPE)
    )
    return compiler.process(Result.id.in_(results), **kw)
