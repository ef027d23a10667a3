"""The database engine and sessions, with SQLite tuned for concurrent readers and one writer."""

import re
from typing import Any

from pydantic_core import PydanticSerializationError, to_json
from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from botloom.text_safety import mend_tree

SQLITE_BUSY_TIMEOUT_MS = 10_000

# A \u0000 escape preceded by an even number of backslashes (an odd number would make it the
# literal text "\u0000", which is harmless).
_NUL_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u0000")


def dump_json(value: Any) -> str:
    """JSON for the database, without U+0000, with NaN and infinities as null, and U+FFFD in
    place of lone surrogates: PostgreSQL's JSONB refuses all three, so both backends store them
    alike rather than fail a chat turn on a pasted control character, a script's ``NaN`` or a
    ``"\\ud800"`` escape in a request. Values JSON has no form for raise ``TypeError``."""
    try:
        text = to_json(value, inf_nan_mode="null", fallback=_refuse).decode()
    except PydanticSerializationError as exc:
        if "surrogates not allowed" not in str(exc):
            raise TypeError(str(exc)) from None
        text = to_json(mend_tree(value), inf_nan_mode="null", fallback=_refuse).decode()
    return without_nul(text)


def without_nul(text: str) -> str:
    """JSON text without its U+0000 escapes (see ``dump_json``)."""
    return _NUL_ESCAPE.sub(r"\1", text) if "\\u0000" in text else text


def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def create_engine(url: str) -> AsyncEngine:
    """An async engine; on SQLite, WAL and foreign keys are switched on for every connection."""
    if url.startswith("sqlite"):
        # Each aiosqlite connection is a thread: keep enough of them pooled that a burst of
        # requests does not open and close connections (and threads) on every request.
        engine = create_async_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            json_serializer=dump_json,
            pool_size=32,
            max_overflow=32,
        )
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    # No overflow: under a burst, requests wait a moment for a pooled connection rather than
    # open one (a server process forked by PostgreSQL, and a TLS attempt) and close it again
    # right after. Chat turns give their read connection back before they run, so a block that
    # needs a connection of its own (credentials) never waits while holding one.
    return create_async_engine(
        url, pool_size=20, max_overflow=0, pool_recycle=1800, json_serializer=dump_json
    )


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)
