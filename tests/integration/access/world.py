"""A workspace with one of each thing and one person of each role, made through the API.

Roles, from least to most: a stranger (in another workspace), a reader and a writer (guests:
collaborators of the bot with read and write access), a member and an admin.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.workspaces.actions import do_create_workspace
from botloom.ids import new_id
from botloom.store.models import WorkspaceRole
from tests.support.bots import text_block, text_input, two_group_bot
from tests.support.factories import Member, add_to_workspace, make_member


class Role(StrEnum):
    """Who calls a route."""

    STRANGER = "stranger"
    READER = "reader"
    WRITER = "writer"
    MEMBER = "member"
    ADMIN = "admin"


HTTP_BLOCK_ID = "hb"


def world_bot() -> dict[str, Any]:
    """A bot that asks a name, then calls an HTTP request block (to an address the guard
    refuses, so a test run answers at once)."""
    http_block = {
        "id": HTTP_BLOCK_ID,
        "type": "Webhook",
        "options": {"webhook": {"url": "http://127.0.0.2:9/refused", "method": "GET"}},
    }
    return two_group_bot(
        "World bot",
        [{"id": "vname", "name": "Name"}],
        first=("Ask", [text_block("b1", "Your name?"), text_input("b2", "vname", "e1")]),
        second=("Call", [http_block, text_block("b4", "Thanks {{Name}}")]),
    )


async def _ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, (response.request.url, response.text)
    body: dict[str, Any] = response.json()
    return body


@dataclass
class World:
    """One workspace with a bot, a folder, a result, credentials, an invitation, a preview
    session, a workspace theme, and a person of each role."""

    people: dict[Role, Member]
    workspace_id: str
    typebot_id: str
    public_id: str
    folder_id: str
    result_id: str
    credentials_id: str
    invitation_id: str
    session_id: str
    custom_domain: str
    theme_template_id: str

    def headers(self, role: Role) -> dict[str, str]:
        """The ``Authorization`` header of someone of ``role``."""
        return self.people[role].headers

    def user_id(self, role: Role) -> str:
        """The user id of someone of ``role``."""
        return self.people[role].user.id


async def build_world(client: httpx.AsyncClient, db: AsyncSession) -> World:
    """Make a world; every step goes through the API, as its admin would."""
    admin = await make_member(db)
    member, reader, writer, stranger = [await make_member(db) for _ in range(4)]
    workspace = await do_create_workspace(db=db, actor=admin.user, name="World")
    await add_to_workspace(db, member, workspace, WorkspaceRole.MEMBER)
    headers = admin.headers
    public_id = f"world-{new_id()[:12].lower()}"
    bot = await _ok(
        await client.post(
            "/api/v1/typebots/import",
            json={"workspaceId": workspace.id, "typebot": world_bot()},
            headers=headers,
        )
    )
    typebot_id = bot["typebot"]["id"]
    await _ok(
        await client.patch(
            f"/api/v1/typebots/{typebot_id}",
            json={"typebot": {"publicId": public_id}},
            headers=headers,
        )
    )
    await _ok(await client.post(f"/api/v1/typebots/{typebot_id}/publish", headers=headers))
    for guest, kind in ((reader, "READ"), (writer, "WRITE")):
        await _ok(
            await client.post(
                f"/api/v1/typebots/{typebot_id}/collaborators",
                json={"email": guest.user.email, "type": kind},
                headers=headers,
            )
        )
    folder = await _ok(
        await client.post(
            "/api/v1/folders",
            json={"workspaceId": workspace.id, "folderName": "Folder"},
            headers=headers,
        )
    )
    chat = await _ok(await client.post(f"/api/v1/typebots/{public_id}/startChat", json={}))
    credentials = await _ok(
        await client.post(
            f"/api/v1/workspaces/{workspace.id}/credentials",
            json={"type": "openai", "name": "Key", "data": {"apiKey": "sk-world"}},
            headers=headers,
        )
    )
    invitation = await _ok(
        await client.post(
            f"/api/v1/workspaces/{workspace.id}/invitations",
            json={"email": f"{new_id()}@invited.example.com"},
            headers=headers,
        )
    )
    custom_domain = f"w{new_id()[:12]}.example.org"
    await _ok(
        await client.post(
            "/api/v1/custom-domains",
            json={"workspaceId": workspace.id, "name": custom_domain},
            headers=headers,
        )
    )
    preview = await _ok(
        await client.post(
            f"/api/v1/typebots/{typebot_id}/preview/startChat", json={}, headers=headers
        )
    )
    theme_template = await _ok(
        await client.put(
            f"/api/v1/themeTemplates/world-{new_id()}",
            json={"workspaceId": workspace.id, "themeTemplate": {"name": "World", "theme": {}}},
            headers=headers,
        )
    )
    return World(
        people={
            Role.STRANGER: stranger,
            Role.READER: reader,
            Role.WRITER: writer,
            Role.MEMBER: member,
            Role.ADMIN: admin,
        },
        workspace_id=workspace.id,
        typebot_id=typebot_id,
        public_id=public_id,
        folder_id=folder["folder"]["id"],
        result_id=chat["resultId"],
        credentials_id=credentials["credentials"]["id"],
        invitation_id=invitation["invitation"]["id"],
        session_id=preview["sessionId"],
        custom_domain=custom_domain,
        theme_template_id=theme_template["themeTemplate"]["id"],
    )
