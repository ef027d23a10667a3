"""Visitors chatting with published bots through the chat API."""

import httpx


async def chat(client: httpx.AsyncClient, public_id: str, *replies: str) -> str:
    """Start a chat and send ``replies`` as text, each checked to succeed; returns the result
    id."""
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
