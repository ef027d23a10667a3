"""Bots and credentials for the AI block tests."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.credentials.vault import Vault
from botloom.ids import new_id
from botloom.store.models import Credentials
from tests.integration.llm.conftest import SECRET
from tests.support.bots import text_block, text_input, two_group_bot
from tests.support.factories import Member
from tests.support.publishing import publisher

VARIABLES = [
    {"id": "vq", "name": "Question"},
    {"id": "vanswer", "name": "Answer"},
    {"id": "vtokens", "name": "Tokens"},
    {"id": "vhistory", "name": "History"},
]


async def add_credentials(
    db: AsyncSession, member: Member, type_: str, data: dict[str, Any], secret: str = SECRET
) -> str:
    """A credentials row of the member's workspace, encrypted as the server does."""
    sealed = Vault(secret).seal(data)
    row = Credentials(
        id=new_id(),
        workspace_id=member.workspace.id,
        type=type_,
        name=f"{type_} test",
        data=sealed.data,
        iv=sealed.iv,
    )
    db.add(row)
    await db.commit()
    return row.id


def ai_bot(block: dict[str, Any], *, after: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Asks a question, runs ``block``, then by default shows ``{{Answer}}``, and asks again
    (each new question runs the block again)."""
    shown = after if after is not None else [text_block("shown", "{{Answer}}")]
    return two_group_bot(
        "AI",
        VARIABLES,
        first=("Ask", [text_block("hello", "Ask me"), text_input("ask", "vq", "e1")]),
        second=(
            "Answer",
            [
                block,
                *shown,
                text_block("tokens", "Tokens: {{Tokens}}"),
                text_input("again", "vq", "e2"),
            ],
        ),
        loop_from="again",
        theme={"general": {"font": {"type": "Custom"}}},
    )


def chat_block(block_type: str, credentials_id: str | None, **options: Any) -> dict[str, Any]:
    """A chat completion block answering the question into ``Answer``."""
    return {
        "id": "ai",
        "type": block_type,
        "options": {
            "credentialsId": credentials_id,
            "action": "Create chat completion",
            "model": "test-model",
            "messages": [
                {"role": "system", "content": "Be brief"},
                {"role": "user", "content": "{{Question}}"},
            ],
            "responseMapping": [
                {"item": "Message content", "variableId": "vanswer"},
                {"item": "Total tokens", "variableId": "vtokens"},
            ],
        }
        | options,
    }


async def publish(
    db: AsyncSession, member: Member, document: dict[str, Any], public_id: str
) -> None:
    """Import and publish ``document`` under ``public_id``."""
    await publisher(db, member)(document, public_id, None)
