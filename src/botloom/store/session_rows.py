"""The one read of a chat turn, through the database driver itself.

A chat turn reads one row. Through SQLAlchemy's execution layer that read costs a BEGIN, the
statement, a ROLLBACK and the result machinery: about 280 µs of CPU on PostgreSQL and 370 µs on
SQLite, a quarter of a whole turn. Sent by the driver on a pooled connection it is one round
trip and no transaction: 120 µs and 170 µs (``bench/chat.py`` shows the effect on turns/s).
The state comes back as JSON text, so that pydantic parses it straight into the session model.
"""

from typing import Any, NamedTuple

from sqlalchemy.ext.asyncio import AsyncConnection

_POSTGRES = "SELECT state::text, turn FROM chat_session WHERE id = $1"
_SQLITE = "SELECT state, turn FROM chat_session WHERE id = ?"


class SessionRow(NamedTuple):
    """A chat session as stored: its state as JSON text, and its turn counter."""

    state_json: str
    turn: int


async def read_session_row(connection: AsyncConnection, session_id: str) -> SessionRow | None:
    """The session row, or None. ``connection`` must not be inside a transaction it wrote in:
    the read runs outside SQLAlchemy's transaction bookkeeping."""
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    if connection.dialect.name == "postgresql":
        row = await driver.fetchrow(_POSTGRES, session_id)
    else:
        rows = await driver.execute_fetchall(_SQLITE, (session_id,))
        row = rows[0] if rows else None
    return None if row is None else SessionRow(state_json=row[0], turn=row[1])
