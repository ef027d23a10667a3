"""Builder tests: the builder app in chromium, as a signed-in user of a fresh workspace."""

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from playwright.async_api import BrowserContext, Page
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.api.web_session import CSRF_COOKIE, SESSION_COOKIE
from botloom.domain.auth.sessions import SessionPolicy, csrf_token_for, do_create_session
from botloom.domain.bots.actions import do_import_typebot
from botloom.settings import Settings
from botloom.store.db import session_factory
from botloom.web.builder_app import INDEX_FILE
from tests.browser.builder.actions import SignInLinks
from tests.support.factories import Member, make_member
from tests.support.live_server import LiveServer
from tests.support.requirements import missing


@pytest.fixture(scope="session")
def builder_built(widget_built: None) -> None:
    """The builder tests need the built builder (``make builder``) and widget."""
    if not INDEX_FILE.is_file():
        missing("the builder is not built: run `make builder`")


@pytest.fixture
def sign_in_links() -> Iterator[SignInLinks]:
    """The sign-in links the server prints on its console during the test."""
    handler = SignInLinks()
    logger = logging.getLogger("botloom.domain.auth.mail")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


@dataclass
class Owner:
    """A signed-in bot owner: their account, workspace and API token."""

    member: Member
    base_url: str

    async def import_bot(self, engine: AsyncEngine, document: dict[str, Any]) -> str:
        """Import ``document`` into the owner's workspace; returns the new bot's id."""
        async with session_factory(engine)() as db:
            outcome = await do_import_typebot(
                db=db, actor=self.member.user, workspace_id=self.member.workspace.id, raw=document
            )
            return outcome.typebot.id


@pytest.fixture
async def owner(
    builder_built: None, botloom: LiveServer, browser_engine: AsyncEngine, context: BrowserContext
) -> Owner:
    """A new user with a workspace, signed in in ``context`` as the sign-in link would."""
    async with session_factory(browser_engine)() as db:
        member = await make_member(db)
        session_id, _ = await do_create_session(
            db=db, user=member.user, policy=SessionPolicy.from_settings(Settings())
        )
    url = botloom.base_url
    await context.add_cookies(
        [
            {"name": SESSION_COOKIE, "value": session_id, "url": url, "httpOnly": True},
            {"name": CSRF_COOKIE, "value": csrf_token_for(session_id), "url": url},
        ]
    )
    return Owner(member=member, base_url=url)


async def open_editor(page: Page, owner: Owner, typebot_id: str) -> None:
    """Open a bot's editor and wait until its graph is drawn."""
    await page.goto(f"{owner.base_url}/typebots/{typebot_id}/edit")
    await page.get_by_role("region", name="Start").wait_for()
