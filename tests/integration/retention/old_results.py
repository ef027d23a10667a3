"""Old results (with answers, logs, edges and history) written straight into the tables."""

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.ids import new_id
from botloom.store.models import Answer, Log, Result, SetVariableHistoryItem, VisitedEdge

CHILDREN = (Answer, Log, VisitedEdge, SetVariableHistoryItem)


async def insert_results(
    engine: AsyncEngine,
    typebot_id: str,
    count: int,
    created_at: datetime,
    updated_at: datetime | None = None,
) -> list[str]:
    """``count`` finished results of ``typebot_id`` with 3 answers and one row of each other
    kind, as old as ``created_at``; returns their ids."""
    ids = [new_id() for _ in range(count)]
    results: list[dict[str, Any]] = [
        {
            "id": rid,
            "typebot_id": typebot_id,
            "variables": [],
            "is_completed": True,
            "has_started": True,
            "is_archived": False,
            "created_at": created_at,
            "updated_at": updated_at or created_at,
        }
        for rid in ids
    ]
    answers = [
        {"result_id": rid, "block_id": f"b{n}", "content": f"answer {n}", "created_at": created_at}
        for rid in ids
        for n in range(3)
    ]
    async with engine.begin() as connection:
        await connection.execute(insert(Result), results)
        await connection.execute(insert(Answer), answers)
        await connection.execute(
            insert(Log),
            [{"result_id": r, "description": "x", "created_at": created_at} for r in ids],
        )
        await connection.execute(
            insert(VisitedEdge), [{"result_id": r, "index": 0, "edge_id": "e"} for r in ids]
        )
        await connection.execute(
            insert(SetVariableHistoryItem),
            [
                {"result_id": r, "index": 0, "variable_id": "v", "block_id": "b", "value": "1"}
                for r in ids
            ],
        )
    return ids


async def count_rows(engine: AsyncEngine, result_ids: list[str]) -> dict[str, int]:
    """How many rows of each table belong to these results."""
    counts: dict[str, int] = {}
    async with engine.connect() as connection:
        for model in (Result, *CHILDREN):
            column = Result.id if model is Result else model.result_id  # type: ignore[attr-defined]
            total = 0
            for start in range(0, len(result_ids), 500):
                chunk = result_ids[start : start + 500]
                total += (
                    await connection.scalar(
                        select(func.count()).select_from(model).where(column.in_(chunk))
                    )
                    or 0
                )
            counts[model.__tablename__] = total
    return counts
