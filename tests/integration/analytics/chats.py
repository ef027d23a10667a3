"""A bot with buttons and a question, and visitors chatting with it through the chat API."""

from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.support.bots import text_block, text_input
from tests.support.factories import Member
from tests.support.publishing import publisher


def survey_bot() -> dict[str, Any]:
    """Asks "Coffee?" with buttons: Yes asks a name then thanks, No says goodbye."""
    return {
        "version": "6.1",
        "name": "Survey",
        "events": [
            {"id": "start", "type": "start", "outgoingEdgeId": "e0", "graphCoordinates": {}}
        ],
        "variables": [{"id": "vname", "name": "Name"}],
        "groups": [
            {
                "id": "g1",
                "title": "Ask",
                "graphCoordinates": {"x": 0, "y": 0},
                "blocks": [
                    text_block("b1", "Coffee?"),
                    {
                        "id": "c1",
                        "type": "choice input",
                        "items": [
                            {"id": "i1", "content": "Yes", "outgoingEdgeId": "e_yes"},
                            {"id": "i2", "content": "No", "outgoingEdgeId": "e_no"},
                        ],
                    },
                ],
            },
            {
                "id": "g2",
                "title": "Yes",
                "graphCoordinates": {"x": 0, "y": 0},
                "blocks": [text_block("b2", "Your name?"), text_input("n1", "vname", "e_end")],
            },
            {
                "id": "g3",
                "title": "No",
                "graphCoordinates": {"x": 0, "y": 0},
                "blocks": [text_block("b3", "Bye")],
            },
            {
                "id": "g4",
                "title": "Thanks",
                "graphCoordinates": {"x": 0, "y": 0},
                "blocks": [text_block("b4", "Thanks {{Name}}")],
            },
        ],
        "edges": [
            {"id": "e0", "from": {"eventId": "start"}, "to": {"groupId": "g1"}},
            {"id": "e_yes", "from": {"blockId": "c1", "itemId": "i1"}, "to": {"groupId": "g2"}},
            {"id": "e_no", "from": {"blockId": "c1", "itemId": "i2"}, "to": {"groupId": "g3"}},
            {"id": "e_end", "from": {"blockId": "n1"}, "to": {"groupId": "g4"}},
        ],
        "theme": {},
        "settings": {},
    }


async def publish_survey(db: AsyncSession, member: Member, public_id: str) -> str:
    """Publish ``survey_bot`` in the member's workspace; returns the bot's id."""
    typebot_id = f"bot-{public_id}"
    await publisher(db, member)(survey_bot(), public_id, typebot_id)
    return typebot_id


async def chat(client: httpx.AsyncClient, public_id: str, *replies: str) -> str:
    """Start a chat and send ``replies``, each checked to succeed; returns the result id."""
    start = await client.post(f"/api/v1/typebots/{public_id}/startChat", json={})
    assert start.status_code == 200, start.text
    body = start.json()
    for reply in replies:
        response = await client.post(
            f"/api/v1/sessions/{body['sessionId']}/continueChat",
            json={"message": {"type": "text", "text": reply}},
        )
        assert response.status_code == 200, response.text
    result_id: str = body["resultId"]
    return result_id
