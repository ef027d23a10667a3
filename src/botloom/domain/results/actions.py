"""Deleting results, with everything that hangs off them.

A result's answers, logs, visited edges and set-variable history go with it. The foreign keys
cascade too, but the rows are deleted explicitly so the outcome does not depend on the
connection having foreign keys switched on (SQLite's is per connection). Deleting all of a
bot's results works in chunks, each its own transaction, so a bot with a million results never
holds the write lock for long and chat turns carry on in between. The files visitors uploaded
for the results are removed from the file storage once their rows are gone for good.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from botloom.domain.audit.actions import record
from botloom.store.files.base import FileKey, FileStorage
from botloom.store.files.result_files import delete_files, result_file_keys
from botloom.store.models import Answer, Log, Result, SetVariableHistoryItem, User, VisitedEdge
from botloom.store.types import utcnow

DELETE_CHUNK = 500
"""Results deleted per transaction."""

_CHILDREN = (Answer, Log, VisitedEdge, SetVariableHistoryItem)


@dataclass(frozen=True)
class Audit:
    """Who deletes results of which bot, for the audit log."""

    actor: User
    workspace_id: str
    typebot_id: str


async def delete_result_rows(
    db: AsyncSession | AsyncConnection, result_ids: Sequence[str]
) -> set[FileKey]:
    """Delete these results and every row of theirs, in the caller's transaction. Returns the
    keys of their uploaded files, for the caller to delete once the transaction commits."""
    files = await _uploaded_files(db, result_ids)
    for model in _CHILDREN:
        await db.execute(delete(model).where(model.result_id.in_(result_ids)))
    await db.execute(delete(Result).where(Result.id.in_(result_ids)))
    return files


async def _uploaded_files(
    db: AsyncSession | AsyncConnection, result_ids: Sequence[str]
) -> set[FileKey]:
    """The files the results' answers and variables point at that were uploaded for them."""
    values: dict[str, list[Any]] = {result_id: [] for result_id in result_ids}
    answers = await db.execute(
        select(Answer.result_id, Answer.content, Answer.attached_file_urls).where(
            Answer.result_id.in_(result_ids)
        )
    )
    for result_id, content, attached in answers:
        values[result_id].extend((content, attached))
    variables = await db.execute(
        select(Result.id, Result.variables).where(Result.id.in_(result_ids))
    )
    for result_id, result_variables in variables:
        values[result_id].append(result_variables)
    return {
        key for result_id, found in values.items() for key in result_file_keys(result_id, found)
    }


async def _delete_chunk(
    db: AsyncSession, files: FileStorage, result_ids: Sequence[str], audit: Audit | None
) -> None:
    keys = await delete_result_rows(db, result_ids)
    if audit is not None:
        record(
            db,
            actor=audit.actor,
            workspace_id=audit.workspace_id,
            action="results.delete",
            target_type="typebot",
            target_id=audit.typebot_id,
            details={"count": len(result_ids)},
        )
    await db.commit()
    await delete_files(files, keys)


async def do_delete_results(
    *,
    db: AsyncSession,
    files: FileStorage,
    typebot_id: str,
    result_ids: Sequence[str] | None,
    audit: Audit | None = None,
) -> int:
    """Delete these results of the bot (ids of other bots are ignored), or all of its results
    created so far when ``result_ids`` is ``None``, and their uploaded files in ``files``.
    With ``audit``, each chunk's transaction records who deleted how many. Returns how many
    were deleted."""
    deleted = 0
    if result_ids is not None:
        wanted = list(dict.fromkeys(result_ids))
        for start in range(0, len(wanted), DELETE_CHUNK):
            chunk = list(
                await db.scalars(
                    select(Result.id).where(
                        Result.typebot_id == typebot_id,
                        Result.id.in_(wanted[start : start + DELETE_CHUNK]),
                    )
                )
            )
            if chunk:
                await _delete_chunk(db, files, chunk, audit)
                deleted += len(chunk)
        return deleted
    # Results of chats that start while this runs are not part of "all": without this bound a
    # busy bot could keep the loop going.
    cutoff = utcnow()
    while True:
        chunk = list(
            await db.scalars(
                select(Result.id)
                .where(Result.typebot_id == typebot_id, Result.created_at <= cutoff)
                .limit(DELETE_CHUNK)
            )
        )
        if not chunk:
            return deleted
        await _delete_chunk(db, files, chunk, audit)
        deleted += len(chunk)
