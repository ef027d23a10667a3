"""Results retention: deleting results older than their workspace allows.

A workspace keeps results forever unless ``settings.resultsRetentionDays`` is set. A purge
deletes, per bot, the results created and last written before the cutoff, with their answers,
logs, visited edges, variable history, idle chat session and uploaded files, in chunks of ids:
each chunk is
its own short transaction, so the chat runtime's writes (one writer per process; SQLite has one
write lock) wait at most one chunk, never the whole purge.
"""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.results.actions import DELETE_CHUNK, delete_result_rows
from botloom.store.files.base import FileStorage
from botloom.store.files.result_files import delete_files
from botloom.store.models import ChatSession, Result, Typebot, Workspace
from botloom.store.types import utcnow

logger = logging.getLogger(__name__)

RETENTION_SETTING = "resultsRetentionDays"
"""The key of ``Workspace.settings`` holding the number of days results are kept."""


@dataclass(frozen=True)
class PurgeReport:
    """What a purge did: results deleted, per workspace id (only workspaces with a limit)."""

    deleted: dict[str, int]

    @property
    def total(self) -> int:
        """Results deleted in all workspaces."""
        return sum(self.deleted.values())


def retention_days(settings: dict[str, Any] | None) -> int | None:
    """The workspace's limit in days, or ``None`` to keep results forever."""
    days = (settings or {}).get(RETENTION_SETTING)
    return days if isinstance(days, int) and not isinstance(days, bool) and days > 0 else None


async def purge_expired_results(
    *,
    engine: AsyncEngine,
    files: FileStorage,
    now: datetime | None = None,
    chunk_size: int = DELETE_CHUNK,
) -> PurgeReport:
    """Delete every workspace's results older than its limit, and their uploaded files in
    ``files``; returns the counts."""
    now = now or utcnow()
    async with engine.connect() as connection:
        workspaces = (await connection.execute(select(Workspace.id, Workspace.settings))).all()
    deleted: dict[str, int] = {}
    for workspace_id, settings in workspaces:
        days = retention_days(settings)
        if days is None:
            continue
        deleted[workspace_id] = await purge_workspace(
            engine=engine,
            files=files,
            workspace_id=workspace_id,
            cutoff=now - timedelta(days=days),
            chunk_size=chunk_size,
        )
    return PurgeReport(deleted=deleted)


async def purge_workspace(
    *,
    engine: AsyncEngine,
    files: FileStorage,
    workspace_id: str,
    cutoff: datetime,
    chunk_size: int = DELETE_CHUNK,
) -> int:
    """Delete the workspace's results created and last written before ``cutoff``."""
    async with engine.connect() as connection:
        typebot_ids = (
            await connection.scalars(select(Typebot.id).where(Typebot.workspace_id == workspace_id))
        ).all()
    total = 0
    for typebot_id in typebot_ids:
        while deleted := await _delete_chunk(engine, files, typebot_id, cutoff, chunk_size):
            total += deleted
            # Let the chat runtime's waiting writes in between chunks.
            await asyncio.sleep(0)
    return total


async def _delete_chunk(
    engine: AsyncEngine, files: FileStorage, typebot_id: str, cutoff: datetime, chunk_size: int
) -> int:
    """One transaction: the oldest ``chunk_size`` expired results of a bot and their rows;
    then, once committed, their uploaded files."""
    async with engine.begin() as connection:
        rows = (
            await connection.execute(
                select(Result.id, Result.last_chat_session_id)
                .where(
                    Result.typebot_id == typebot_id,
                    Result.created_at < cutoff,
                    # A result a chat still writes to is not expired, however old.
                    Result.updated_at < cutoff,
                )
                .order_by(Result.created_at)
                .limit(chunk_size)
            )
        ).all()
        if not rows:
            return 0
        ids = [result_id for result_id, _ in rows]
        keys = await delete_result_rows(connection, ids)
        # A chat idle that long is over: its visitor gets "session not found" and starts anew,
        # rather than a turn that would write to a deleted result.
        sessions = [session_id for _, session_id in rows if session_id is not None]
        if sessions:
            await connection.execute(delete(ChatSession).where(ChatSession.id.in_(sessions)))
    await delete_files(files, keys)
    return len(ids)


async def run_retention_loop(
    *, engine: AsyncEngine, files: FileStorage, interval_seconds: float
) -> None:
    """Purge now and then every ``interval_seconds``, until cancelled (the app's lifespan)."""
    while True:
        try:
            report = await purge_expired_results(engine=engine, files=files)
            if report.total:
                logger.info("Retention purge deleted %d results", report.total)
        except Exception:  # a failed purge is retried at the next tick, the server carries on
            logger.exception("Retention purge failed")
        await asyncio.sleep(interval_seconds)


@asynccontextmanager
async def periodic_retention(
    *, engine: AsyncEngine, files: FileStorage, interval_seconds: float
) -> AsyncIterator[None]:
    """Run ``run_retention_loop`` in the background while the block runs (0 disables it)."""
    if interval_seconds <= 0:
        yield
        return
    task = asyncio.create_task(
        run_retention_loop(engine=engine, files=files, interval_seconds=interval_seconds),
        name="botloom-retention",
    )
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
