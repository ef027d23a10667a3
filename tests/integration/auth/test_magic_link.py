"""Sign-in by magic link, against a real SMTP inbox, on SQLite and PostgreSQL."""

import asyncio
import logging
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.api.routes.auth import MAGIC_LINK_CALLBACK
from botloom.domain.auth.actions import get_or_create_user
from botloom.domain.auth.magic_links import do_create_magic_link
from botloom.domain.workspaces.invitations import do_invite
from botloom.store.models import MagicLink, WorkspaceRole
from botloom.store.types import utcnow
from tests.integration.auth.conftest import Inbox, link_in
from tests.support.factories import make_member
from tests.support.live_apps import client_of, live_app

SENT = "If this email may sign in, a sign-in link is on its way. It works once, for 15 minutes."


async def _mail(inbox: Inbox) -> str:
    """The text of the one mail the inbox gets (sent after the answer, so wait for it)."""
    for _ in range(200):
        if inbox.messages:
            break
        await asyncio.sleep(0.02)
    assert len(inbox.messages) == 1
    body = inbox.messages[0].get_body(("plain",))
    assert body is not None
    return str(body.get_content())


async def test_a_mailed_link_signs_in_once_and_lands_on_next(
    client: httpx.AsyncClient, db: AsyncSession, inbox: Inbox
) -> None:
    asked = await client.post(
        "/api/v1/auth/magic-link", json={"email": " Ada@Example.com ", "next": "/typebots?x=1"}
    )
    assert (asked.status_code, asked.json()) == (200, {"message": SENT})
    assert inbox.messages == [] or inbox.messages[0]["To"] == "ada@example.com"
    link = link_in(await _mail(inbox))
    assert inbox.messages[0]["To"] == "ada@example.com"
    assert link.startswith(str(client.base_url).rstrip("/"))

    opened = await client.get(link)
    assert (opened.status_code, opened.headers["location"]) == (303, "/typebots?x=1")
    cookies = opened.headers.get_list("set-cookie")
    session_cookie = next(c for c in cookies if c.startswith("botloom_session="))
    assert "HttpOnly" in session_cookie
    assert "samesite=lax" in session_cookie.lower()
    assert "Secure" not in session_cookie  # the server is on plain http
    csrf_cookie = next(c for c in cookies if c.startswith("botloom_csrf="))
    assert "HttpOnly" not in csrf_cookie

    me = await client.get("/api/v1/users/me")
    assert me.status_code == 200, me.text
    assert me.json()["email"] == "ada@example.com"
    assert me.json()["csrfToken"] == client.cookies["botloom_csrf"]

    client.cookies.clear()
    reused = await client.get(link)
    assert (reused.status_code, reused.headers["location"]) == (303, "/signin?error=used-link")
    assert "botloom_session" not in client.cookies


async def test_an_expired_or_unknown_link_goes_back_to_sign_in_saying_why(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    token = await do_create_magic_link(db=db, email="late@example.com", next_path="/")
    await db.execute(update(MagicLink).values(expires_at=utcnow() - timedelta(seconds=1)))
    await db.commit()
    opened = await client.get(MAGIC_LINK_CALLBACK, params={"token": token})
    assert (opened.status_code, opened.headers["location"]) == (303, "/signin?error=expired-link")
    forged = await client.get(MAGIC_LINK_CALLBACK, params={"token": "not-a-token"})
    assert (forged.status_code, forged.headers["location"]) == (303, "/signin?error=invalid-link")
    assert "botloom_session" not in client.cookies


async def test_a_first_sign_in_lands_in_a_personal_workspace_made_once(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    for _ in range(2):
        token = await do_create_magic_link(db=db, email="first@example.com", next_path="/")
        opened = await client.get(MAGIC_LINK_CALLBACK, params={"token": token})
        assert opened.status_code == 303, opened.text
        workspaces = (await client.get("/api/v1/workspaces")).json()["workspaces"]
        assert [w["name"] for w in workspaces] == ["My workspace"]
    members = await client.get(f"/api/v1/workspaces/{workspaces[0]['id']}/members")
    assert [(m["user"]["email"], m["role"]) for m in members.json()["members"]] == [
        ("first@example.com", "ADMIN")
    ]


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"email": "not-an-email"}, "email: Value error, not an email address"),
        ({"email": "a@example.com", "next": "//evil.example/"}, "next: must be a path"),
        ({"email": "a@example.com", "next": "https://evil.example/"}, "next: must be a path"),
    ],
)
async def test_bad_requests_name_the_field(
    client: httpx.AsyncClient, db: AsyncSession, body: dict[str, str], named: str
) -> None:
    refused = await client.post("/api/v1/auth/magic-link", json=body)
    assert refused.status_code == 400
    assert refused.json()["message"].startswith(named)


async def _logged_link(caplog: pytest.LogCaptureFixture, email: str) -> str | None:
    """The link the server printed for ``email``, if it printed one."""
    for _ in range(50):
        for record in caplog.records:
            message = record.getMessage()
            if record.levelno == logging.WARNING and message.startswith(
                f"Sign-in link for {email}: "
            ):
                return link_in(message)
        await asyncio.sleep(0.02)
    return None


async def test_without_smtp_the_link_is_printed_and_the_sign_up_lock_leaks_nothing_but_invites(
    database_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    db: AsyncSession,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="botloom.domain.auth.sign_in")
    await get_or_create_user(db=db, email="member@example.com")
    await db.commit()
    team = await make_member(db)
    await do_invite(
        db=db,
        actor=team.user,
        workspace=team.workspace,
        email="invited@example.com",
        role=WorkspaceRole.MEMBER,
    )
    settings = {"disable_signup": True, "admin_emails": ["root@example.com"]}
    with live_app(database_url, tmp_path_factory, **settings) as server:
        async with client_of(server.base_url) as browser:
            answers = [
                await browser.post("/api/v1/auth/magic-link", json={"email": email})
                for email in ("stranger@example.com", "member@example.com", "root@example.com")
            ]
            assert {(a.status_code, a.json()["message"]) for a in answers} == {(200, SENT)}

            assert await _logged_link(caplog, "stranger@example.com") is None
            member_link = await _logged_link(caplog, "member@example.com")
            assert member_link is not None
            opened = await browser.get(member_link)
            assert opened.status_code == 303
            assert (await browser.get("/api/v1/users/me")).json()["isAdmin"] is False

            browser.cookies.clear()
            assert (
                await browser.post("/api/v1/auth/magic-link", json={"email": "invited@example.com"})
            ).json()["message"] == SENT
            invited_link = await _logged_link(caplog, "invited@example.com")
            assert invited_link is not None, "an invitation lets its email sign up"
            assert (await browser.get(invited_link)).status_code == 303
            workspaces = (await browser.get("/api/v1/workspaces")).json()["workspaces"]
            assert [w["id"] for w in workspaces] == [team.workspace.id], "no personal one"

            browser.cookies.clear()
            late = await do_create_magic_link(db=db, email="stranger@example.com", next_path="/")
            refused = await browser.get(MAGIC_LINK_CALLBACK, params={"token": late})
            assert refused.headers["location"] == "/signin?error=signup-disabled"

            browser.cookies.clear()
            root_link = await _logged_link(caplog, "root@example.com")
            assert root_link is not None
            assert (await browser.get(root_link)).status_code == 303
            me = (await browser.get("/api/v1/users/me")).json()
            assert (me["email"], me["isAdmin"], me["role"]) == ("root@example.com", True, "ADMIN")


async def test_an_invitation_is_mailed_and_its_email_signs_up_into_the_workspace(
    client: httpx.AsyncClient, db: AsyncSession, inbox: Inbox
) -> None:
    team = await make_member(db)
    made = await client.post(
        "/api/v1/typebots",
        json={"workspaceId": team.workspace.id, "typebot": {"name": "Team bot"}},
        headers=team.headers,
    )
    assert made.status_code == 200, made.text
    invited = await client.post(
        f"/api/v1/workspaces/{team.workspace.id}/invitations",
        json={"email": "newcomer@example.com", "type": "MEMBER"},
        headers=team.headers,
    )
    assert invited.status_code == 200, invited.text
    text = await _mail(inbox)
    assert inbox.messages[0]["To"] == "newcomer@example.com"
    assert team.workspace.name in text
    assert "Sign in with this email address" in text

    inbox.messages.clear()
    await client.post("/api/v1/auth/magic-link", json={"email": "newcomer@example.com"})
    assert (await client.get(link_in(await _mail(inbox)))).status_code == 303
    workspaces = (await client.get("/api/v1/workspaces")).json()["workspaces"]
    assert team.workspace.id in [w["id"] for w in workspaces]
    # The newcomer, a member now, sees the workspace's bots and its members see them.
    bots = await client.get("/api/v1/typebots", params={"workspaceId": team.workspace.id})
    assert [bot["name"] for bot in bots.json()["typebots"]] == ["Team bot"]
    members = await client.get(f"/api/v1/workspaces/{team.workspace.id}/members")
    roles = {m["user"]["email"]: m["role"] for m in members.json()["members"]}
    assert roles["newcomer@example.com"] == "MEMBER"
