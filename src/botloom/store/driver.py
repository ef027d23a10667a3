"""The database driver's own connection under a pooled SQLAlchemy connection, for the chat
turn's hot statements (``session_rows``, ``turn_rows``).

Statements sent this way skip SQLAlchemy's error handling, so it is done here: a connection
that failed mid-statement (a server gone, a cancelled request) is thrown away rather than
handed to the next request, and a lost server connection renews the whole pool, since its
siblings are most likely lost too. A broken constraint leaves the connection clean (the
transaction was rolled back) and is raised as ``RowConflictError``.
"""

import contextlib
import sqlite3
from collections.abc import AsyncIterator
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy.ext.asyncio import AsyncConnection


class RowConflictError(Exception):
    """A row broke a constraint (a result deleted while its chat went on, say)."""


_CONFLICTS = (asyncpg.IntegrityConstraintViolationError, sqlite3.IntegrityError)


def is_postgres(connection: AsyncConnection) -> bool:
    """Whether ``connection`` talks to PostgreSQL (else SQLite)."""
    return connection.dialect.name == "postgresql"


@contextlib.asynccontextmanager
async def driver_of(connection: AsyncConnection) -> AsyncIterator[Any]:
    """The asyncpg or aiosqlite connection under ``connection``, for statements of its own."""
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    try:
        yield driver
    except _CONFLICTS as exc:
        raise RowConflictError(str(exc)) from exc
    except BaseException as exc:
        lost = is_lost_connection(exc) or (is_postgres(connection) and driver.is_closed())
        await connection.invalidate()
        if lost:
            await connection.engine.dispose(close=False)
        raise


_LOST = (
    asyncpg.PostgresConnectionError,  # the connection is gone
    asyncpg.OperatorInterventionError,  # the server shuts down, or killed this backend
    asyncpg.InterfaceError,  # the connection was closed under the client
    asyncpg.InternalClientError,  # a killed connection's protocol left mid-operation
    ConnectionError,
)


def is_lost_connection(exc: BaseException) -> bool:
    """Whether ``exc`` says the server connection went away (worth one retry of a read)."""
    return isinstance(exc, _LOST)
