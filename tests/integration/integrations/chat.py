"""Chatting with a published bot through the public chat API, and reading its result's logs."""

from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import plain_text
from botloom.store.models import Log
from tests.support.factories import Member
from tests.support.publishing import publisher


async def publish(
    db: AsyncSession, member: Member, document: dict[str, Any], public_id: str
) -> None:
    """Import and publish ``document`` in the member's workspace."""
    await publisher(db, member)(document, public_id, None)


def texts(body: dict[str, Any]) -> list[str]:
    """The text bubbles of a chat response."""
    return [plain_text(m) for m in body.get("messages", []) if m["type"] == "text"]


class Chat:
    """One chat session with a live bot."""

    def __init__(self, api: httpx.AsyncClient, public_id: str) -> None:
        self.api = api
        self.public_id = public_id
        self.session_id = ""
        self.result_id = ""

    async def start(self, **body: Any) -> dict[str, Any]:
        """startChat; keeps the session and result ids."""
        response = await self.api.post(f"/api/v1/typebots/{self.public_id}/startChat", json=body)
        assert response.status_code == 200, response.text
        data: dict[str, Any] = response.json()
        self.session_id, self.result_id = data["sessionId"], data["resultId"]
        return data

    async def say(self, text: str) -> dict[str, Any]:
        """continueChat with a text reply."""
        response = await self.api.post(
            f"/api/v1/sessions/{self.session_id}/continueChat",
            json={"message": {"type": "text", "text": text}},
        )
        assert response.status_code == 200, response.text
        data: dict[str, Any] = response.json()
        return data

    async def logs(self, db: AsyncSession) -> list[tuple[str, str, str | None]]:
        """The result's logs: (status, description, details), oldest first."""
        rows = await db.execute(
            select(Log.status, Log.description, Log.details)
            .where(Log.result_id == self.result_id)
            .order_by(Log.id)
        )
        return [(r.status, r.description, r.details) for r in rows]
