"""The builder uploads a picture for a bot's theme through ``generate-upload-url`` with
``typebotId``: only someone who may edit the bot, only pictures a browser shows safely."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.bots.actions import do_import_typebot
from botloom.store.models import CollaborationType
from tests.support.bots import text_block, text_input, two_group_bot
from tests.support.factories import Member, make_member, share_typebot

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


async def _bot(db: AsyncSession, owner: Member) -> str:
    raw = two_group_bot(
        "Themed",
        [{"id": "vname", "name": "Name"}],
        first=("Ask", [text_block("b1", "Hello"), text_input("b2", "vname", "e1")]),
        second=("Bye", [text_block("b3", "Bye")]),
    )
    outcome = await do_import_typebot(
        db=db, actor=owner.user, workspace_id=owner.workspace.id, raw=raw
    )
    return outcome.typebot.id


def _ask(typebot_id: str, name: str = "face.png", kind: str = "image/png") -> dict[str, object]:
    return {"typebotId": typebot_id, "fileName": name, "fileType": kind, "fileSize": len(PNG)}


async def test_an_editor_uploads_an_avatar(http: httpx.AsyncClient, db: AsyncSession) -> None:
    owner = await make_member(db)
    typebot_id = await _bot(db, owner)
    asked = await http.post(
        "/api/v3/generate-upload-url", json=_ask(typebot_id), headers=owner.headers
    )
    assert asked.status_code == 200, asked.text
    target = asked.json()
    put = await http.put(target["presignedUrl"], content=PNG, headers={"Content-Type": "image/png"})
    assert put.status_code == 200, put.text
    served = await http.get(target["fileUrl"])
    assert served.status_code == 200
    assert served.content == PNG
    assert served.headers["content-type"] == "image/png"


async def test_who_and_what_is_refused(http: httpx.AsyncClient, db: AsyncSession) -> None:
    owner = await make_member(db)
    stranger = await make_member(db)
    reader = await make_member(db)
    typebot_id = await _bot(db, owner)
    await share_typebot(db, owner, reader, typebot_id, CollaborationType.READ)

    anonymous = await http.post("/api/v3/generate-upload-url", json=_ask(typebot_id))
    assert anonymous.status_code == 401
    hidden = await http.post(
        "/api/v3/generate-upload-url", json=_ask(typebot_id), headers=stranger.headers
    )
    assert hidden.status_code == 404
    read_only = await http.post(
        "/api/v3/generate-upload-url", json=_ask(typebot_id), headers=reader.headers
    )
    assert read_only.status_code == 403

    for name, kind in (("page.html", "text/html"), ("logo.svg", "image/svg+xml")):
        refused = await http.post(
            "/api/v3/generate-upload-url", json=_ask(typebot_id, name, kind), headers=owner.headers
        )
        assert refused.status_code == 400, refused.text
        assert "fileName" in refused.json()["message"]
    too_big = await http.post(
        "/api/v3/generate-upload-url",
        json=_ask(typebot_id) | {"fileSize": 10**9},
        headers=owner.headers,
    )
    assert too_big.status_code == 400
    assert "fileSize" in too_big.json()["message"]

    both = await http.post(
        "/api/v3/generate-upload-url",
        json=_ask(typebot_id) | {"sessionId": "s", "blockId": "b"},
        headers=owner.headers,
    )
    assert both.status_code == 400
    assert "sessionId" in both.json()["message"]
    neither = await http.post(
        "/api/v3/generate-upload-url", json={"fileName": "a.png"}, headers=owner.headers
    )
    assert neither.status_code == 400
    assert "sessionId" in neither.json()["message"]
    no_block = await http.post(
        "/api/v3/generate-upload-url", json={"fileName": "a.png", "sessionId": "s"}
    )
    assert no_block.status_code == 400
    assert "blockId" in no_block.json()["message"]
