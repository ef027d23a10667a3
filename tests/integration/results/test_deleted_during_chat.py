"""A result deleted by its owner while its chat is still going (issue 5)."""

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import Answer, Result
from tests.support.bots import two_questions_bot
from tests.support.factories import make_member
from tests.support.publishing import publisher


async def test_the_chat_goes_on_and_the_result_stays_deleted(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    await publisher(db, member)(two_questions_bot(), "two", None)
    start = (await client.post("/api/v1/typebots/two/startChat", json={})).json()
    session_id = start["sessionId"]
    first = await client.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": "Ada"}},
    )
    assert first.status_code == 200
    typebot_id = await db.scalar(select(Result.typebot_id).where(Result.id == start["resultId"]))

    deleted = await client.request(
        "DELETE",
        f"/api/v1/typebots/{typebot_id}/results",
        params={"resultIds": start["resultId"]},
        headers=member.headers,
    )
    assert deleted.status_code == 200

    second = await client.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": {"type": "text", "text": "Paris"}},
    )
    assert second.status_code == 200, second.text
    assert "Paris" in str(second.json()["messages"])
    db.expire_all()
    assert await db.scalar(select(func.count()).select_from(Result)) == 0
    assert await db.scalar(select(func.count()).select_from(Answer)) == 0
