"""Bots that call the webhook stand-in: a name question, then an HTTP block or a script,
then a bubble showing what the response mapping stored."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import Log
from tests.support.bots import text_block, text_input, two_group_bot

VARIABLES = [
    {"id": "vname", "name": "Name"},
    {"id": "vstatus", "name": "Status"},
    {"id": "vout", "name": "Out"},
    {"id": "vtoken", "name": "Token"},
]
RESULT_TEXT = "Status={{Status}} Out={{Out}}"


def calling_bot(middle_block: dict[str, Any]) -> dict[str, Any]:
    """Asks the name, runs ``middle_block``, then shows Status and Out."""
    return two_group_bot(
        "Calls a webhook",
        [*VARIABLES[:3], {**VARIABLES[3], "value": "t0k3n"}],
        first=("Ask", [text_block("b1", "Your name?"), text_input("b2", "vname", "e1")]),
        second=("Call", [middle_block, text_block("b4", RESULT_TEXT)]),
    )


def http_block(
    url: str,
    *,
    block_type: str = "Webhook",
    method: str = "POST",
    mappings: dict[str, str] | None = None,
    **options: Any,
) -> dict[str, Any]:
    """An HTTP block; ``mappings`` maps variable ids to body paths."""
    webhook = {"url": url, "method": method, **options.pop("webhook", {})}
    mapping = [
        {"id": f"m{i}", "variableId": variable_id, "bodyPath": path}
        for i, (variable_id, path) in enumerate((mappings or {}).items())
    ]
    return {
        "id": "b3",
        "type": block_type,
        "options": {"webhook": webhook, "responseVariableMapping": mapping, **options},
    }


async def result_logs(db: AsyncSession, result_id: str) -> list[Log]:
    """The logs of a result, oldest first."""
    db.expire_all()
    rows = await db.scalars(select(Log).where(Log.result_id == result_id).order_by(Log.id))
    return list(rows)
