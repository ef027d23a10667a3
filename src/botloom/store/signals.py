"""Wake-ups between requests, across worker processes: "something about this key changed".

On PostgreSQL a signal is a ``NOTIFY`` on one channel, heard by one ``LISTEN`` connection per
process, so that a request waiting in one worker learns of a change made by another. On SQLite
the server is a single process and an in-process event is enough. A signal carries no data:
waiters re-read the database, and re-read it now and then anyway, so a signal lost while the
listening connection was down delays them but never loses what they wait for.
"""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

logger = logging.getLogger(__name__)

CHANNEL = "botloom_signals"


class Signals:
    """A process's waiters on keys, woken by :meth:`notify` from any process on the database."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._postgres = engine.dialect.name == "postgresql"
        self._waiters: dict[str, set[asyncio.Event]] = {}
        self._listener: asyncio.Task[None] | None = None
        self._listening: asyncio.Event = asyncio.Event()

    async def notify(self, key: str) -> None:
        """Wake every waiter on ``key``, in this process and, on PostgreSQL, in the others."""
        self._wake(key)
        if self._postgres:
            async with self._engine.connect() as connection:
                await connection.execute(text("SELECT pg_notify(:c, :k)"), {"c": CHANNEL, "k": key})
                await connection.commit()

    @contextlib.asynccontextmanager
    async def watch(self, key: str) -> AsyncIterator[asyncio.Event]:
        """An event set by the next signal on ``key``. It is registered (and the process is
        listening) before the block runs, so a check of the database made inside the block
        cannot miss a change signalled after it."""
        if self._postgres:
            await self._ensure_listening()
        event = asyncio.Event()
        self._waiters.setdefault(key, set()).add(event)
        try:
            yield event
        finally:
            waiters = self._waiters.get(key)
            if waiters is not None:
                waiters.discard(event)
                if not waiters:
                    del self._waiters[key]

    async def close(self) -> None:
        """Stop listening (at shutdown)."""
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None

    def _wake(self, key: str) -> None:
        for event in self._waiters.get(key, ()):
            event.set()

    async def _ensure_listening(self) -> None:
        if self._listener is None or self._listener.done():
            self._listening = asyncio.Event()
            self._listener = asyncio.create_task(self._listen(), name="botloom-signals")
        listener = self._listener
        ready = asyncio.create_task(self._listening.wait())
        await asyncio.wait({ready, listener}, return_when=asyncio.FIRST_COMPLETED)
        if not ready.done():
            ready.cancel()
            # The listener could not start (database down): waiters fall back on re-reading.
            logger.warning("Could not listen for signals; waiters will re-read the database")

    async def _listen(self) -> None:
        def on_notify(_connection: Any, _pid: int, _channel: str, payload: str) -> None:
            self._wake(payload)

        try:
            async with self._engine.connect() as connection:
                raw = await connection.get_raw_connection()
                driver: Any = raw.driver_connection
                closed = asyncio.Event()
                driver.add_termination_listener(lambda _connection: closed.set())
                await driver.add_listener(CHANNEL, on_notify)
                self._listening.set()
                try:
                    # Held until cancelled; a lost connection ends the task, and the next
                    # watcher starts a new one.
                    await closed.wait()
                finally:
                    if not driver.is_closed():
                        await driver.remove_listener(CHANNEL, on_notify)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("Signal listener stopped")
