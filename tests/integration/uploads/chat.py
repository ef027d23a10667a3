"""Chat and upload calls, as the widget makes them."""

from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.ids import new_id
from tests.support.factories import make_member
from tests.support.publishing import publisher

ORIGIN = "https://shop.example.com"


async def publish(db: AsyncSession, document: dict[str, Any]) -> str:
    """Publish ``document`` under a fresh public id, in a new member's workspace."""
    public_id = f"up-{new_id()}"
    await publisher(db, await make_member(db))(document, public_id, None)
    return public_id


async def start(http: httpx.AsyncClient, public_id: str) -> dict[str, Any]:
    """startChat; the body of a successful answer."""
    response = await http.post(
        f"/api/v1/typebots/{public_id}/startChat", json={}, headers={"Origin": ORIGIN}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def upload_url(
    http: httpx.AsyncClient,
    session_id: str,
    block_id: str,
    file_name: str,
    size: int,
    file_type: str = "",
) -> httpx.Response:
    """POST generate-upload-url as the widget does."""
    body = {
        "sessionId": session_id,
        "blockId": block_id,
        "fileName": file_name,
        "fileType": file_type,
        "fileSize": size,
    }
    return await http.post("/api/v3/generate-upload-url", json=body, headers={"Origin": ORIGIN})


async def put(
    http: httpx.AsyncClient, url: str, content: Any, file_type: str = ""
) -> httpx.Response:
    """PUT a file's bytes to its upload URL (with its type, as the widget does)."""
    headers = {"Origin": ORIGIN} | ({"Content-Type": file_type} if file_type else {})
    return await http.put(url, content=content, headers=headers)


async def post_form(
    http: httpx.AsyncClient,
    target: dict[str, Any],
    content: bytes,
    file_type: str = "",
    fields: dict[str, str] | None = None,
) -> httpx.Response:
    """POST the file as a form with the fields generate-upload-url gave, as Typebot's embed
    and the widget do."""
    data = target["formData"] if fields is None else fields
    part = ("blob", content, file_type or "application/octet-stream")
    return await http.post(
        target["presignedUrl"], data=data, files={"file": part}, headers={"Origin": ORIGIN}
    )


async def upload(
    http: httpx.AsyncClient,
    session_id: str,
    block_id: str,
    file_name: str,
    content: bytes,
    file_type: str = "",
    *,
    as_form: bool = True,
) -> str:
    """The whole upload of one file (a form POST, or a PUT); its public URL."""
    target = await upload_url(http, session_id, block_id, file_name, len(content), file_type)
    assert target.status_code == 200, target.text
    if as_form:
        stored = await post_form(http, target.json(), content, file_type)
    else:
        stored = await put(http, target.json()["presignedUrl"], content, file_type)
    assert stored.status_code == 200, stored.text
    file_url: str = target.json()["fileUrl"]
    return file_url


async def reply(http: httpx.AsyncClient, session_id: str, message: Any) -> dict[str, Any]:
    """continueChat; the body of a successful answer."""
    response = await http.post(
        f"/api/v1/sessions/{session_id}/continueChat",
        json={"message": message},
        headers={"Origin": ORIGIN},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
