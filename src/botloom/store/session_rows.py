"""The one read of a chat turn, through the database driver itself.

Through SQLAlchemy's execution layer the read of one row costs a BEGIN, the statement, a
ROLLBACK and the result machinery; sent by the driver on a pooled connection it is one round
trip and no transaction, about half the CPU (``bench/README.md``, "What a turn costs"). The
state comes back as JSON text, so that pydantic parses it straight into the session model.
"""

from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.store.driver import driver_of, is_lost_connection, is_postgres

_POSTGRES = "SELECT state::text, turn FROM chat_session WHERE id = $1"
_SQLITE = "SELECT state, turn FROM chat_session WHERE id = ?"


class SessionRow(NamedTuple):
    """A chat session as stored: its state as JSON text, and its turn counter."""

    state_json: str
    turn: int


async def read_session_row(engine: AsyncEngine, session_id: str) -> SessionRow | None:
    """The session row, or None. A read that finds its pooled connection lost (the database
    restarted) is tried once more on a fresh one."""
    try:
        return await _read(engine, session_id)
    except Exception as exc:
        if not is_lost_connection(exc):
            raise
    return await _read(engine, session_id)


async def _read(engine: AsyncEngine, session_id: str) -> SessionRow | None:
    async with engine.connect() as connection, driver_of(connection) as driver:
        if is_postgres(connection):
            row = await driver.fetchrow(_POSTGRES, session_id)
        else:
            rows = await driver.execute_fetchall(_SQLITE, (session_id,))
            row = rows[0] if rows else None
    return None if row is None else SessionRow(state_json=row[0], turn=row[1])
