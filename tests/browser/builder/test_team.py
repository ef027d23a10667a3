"""Issue 15's team screens as people use them: an owner invites a teammate, who signs in with
the console's link and sees the workspace's bot; a bot shared for reading opens read-only and
cannot be changed; credentials are made, listed without their values, renamed and deleted, and
Google Sheets is connected through a fake Google's consent screen. Screenshots of each screen,
light and dark."""

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, BrowserContext, Locator, Page, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.api.web_session import CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE
from botloom.domain.auth.sessions import SessionPolicy, csrf_token_for, do_create_session
from botloom.ids import new_id
from botloom.settings import Settings
from botloom.store.db import session_factory
from tests.browser.builder.actions import SignInLinks, sign_in_by_link
from tests.browser.builder.conftest import Owner, open_editor
from tests.support.bots import text_block, text_input, two_group_bot
from tests.support.factories import Member, make_member
from tests.support.fake_google import GOOGLE_EMAIL, FakeGoogle
from tests.support.live_server import LiveServer, start_live_server

SECRET = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"


@pytest.fixture(scope="session")
async def fake_google() -> AsyncIterator[FakeGoogle]:
    """Google's consent screen and token endpoint, on loopback."""
    async with FakeGoogle() as server:
        yield server


@pytest.fixture(scope="module")
def botloom(
    browser_database_url: str, tmp_path_factory: pytest.TempPathFactory, fake_google: FakeGoogle
) -> Iterator[LiveServer]:
    """The app, storing credentials and connecting Google Sheets through the fake Google."""
    settings = Settings(
        database_url=browser_database_url,
        data_dir=tmp_path_factory.mktemp("team-data"),
        encryption_secret=SECRET,
        **fake_google.settings(),
    )
    server = start_live_server(settings)
    yield server
    server.stop()


def team_bot(name: str) -> dict[str, object]:
    """A small bot: a greeting, then a question."""
    return two_group_bot(
        name,
        [{"id": "vname", "name": "Name"}],
        first=("Ask", [text_block("b1", "Hello!"), text_input("b2", "vname", "e1")]),
        second=("Thanks", [text_block("b3", "Thanks {{Name}}")]),
    )


async def _signed_in(
    browser: Browser, base_url: str, engine: AsyncEngine, member: Member
) -> BrowserContext:
    """A browser profile of its own, signed in as ``member``."""
    async with session_factory(engine)() as db:
        session_id, _ = await do_create_session(
            db=db, user=member.user, policy=SessionPolicy.from_settings(Settings())
        )
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(10_000)
    await context.add_cookies(
        [
            {"name": SESSION_COOKIE, "value": session_id, "url": base_url, "httpOnly": True},
            {"name": CSRF_COOKIE, "value": csrf_token_for(session_id), "url": base_url},
        ]
    )
    return context


async def _shoot(page: Page, folder: Path, name: str) -> None:
    """The screen as it is, light then dark."""
    for scheme in ("light", "dark"):
        await page.emulate_media(color_scheme=scheme)
        await page.wait_for_timeout(150)
        await page.screenshot(path=folder / f"team-{name}-{scheme}.png")
    await page.emulate_media(color_scheme="light")


async def _offset(first: Locator, second: Locator) -> tuple[float, float]:
    """Where ``second`` is drawn from ``first``."""
    a, b = await first.bounding_box(), await second.bounding_box()
    assert a is not None
    assert b is not None
    return (round(b["x"] - a["x"]), round(b["y"] - a["y"]))


async def _pick(page: Page, select: str, option: str) -> None:
    """Choose ``option`` in the (radix) select named ``select``, as with a mouse."""
    await page.get_by_role("combobox", name=select).click()
    await page.get_by_role("option", name=option).click()


async def test_an_invited_teammate_signs_in_and_sees_the_bot(
    owner: Owner,
    page: Page,
    browser: Browser,
    browser_engine: AsyncEngine,
    sign_in_links: SignInLinks,
    screenshots: Path,
) -> None:
    bot_name = f"Team bot {new_id()[:6]}"
    await owner.import_bot(browser_engine, team_bot(bot_name))
    workspace_id = owner.member.workspace.id
    await page.set_viewport_size({"width": 1280, "height": 800})
    await page.goto(f"{owner.base_url}/workspaces/{workspace_id}/settings/members")
    await expect(page.get_by_role("heading", name="Members")).to_be_visible()
    await expect(page.get_by_role("row").filter(has_text=owner.member.user.email)).to_be_visible()

    teammate = f"teammate-{new_id()[:8]}@example.com"
    await page.get_by_label("Email address").fill(teammate)
    await page.get_by_role("button", name="Invite").click()
    await expect(page.get_by_role("status")).to_contain_text(f"{teammate} is invited")
    pending = page.get_by_role("list", name="Pending invitations")
    await expect(pending.get_by_text(teammate)).to_be_visible()
    # A second invitation, withdrawn.
    await page.get_by_label("Email address").fill("changed.mind@example.com")
    await page.get_by_role("button", name="Invite").click()
    await expect(pending.get_by_text("changed.mind@example.com")).to_be_visible()
    await _shoot(page, screenshots, "members-invitations")
    await page.get_by_role(
        "button", name="Revoke the invitation of changed.mind@example.com"
    ).click()
    await expect(pending.get_by_text("changed.mind@example.com")).to_have_count(0)

    # The teammate, in a browser of their own, signs in with the link the server prints.
    other = await browser.new_context()
    mate = await other.new_page()
    await sign_in_by_link(mate, owner.base_url, sign_in_links, teammate)
    await expect(mate.get_by_text(bot_name)).to_be_visible()
    # A member reads the members and credentials, and changes nothing.
    await mate.goto(f"{owner.base_url}/workspaces/{workspace_id}/settings/members")
    await expect(mate.get_by_text("Only admins invite people")).to_be_visible()
    await expect(mate.get_by_role("row").filter(has_text=owner.member.user.email)).to_contain_text(
        "Admin"
    )
    await expect(mate.get_by_role("button", name="Invite")).to_have_count(0)
    await expect(mate.get_by_role("combobox")).to_have_count(0)  # no role pickers
    await mate.get_by_role("link", name="Credentials").click()
    await expect(
        mate.get_by_text("Only admins add, rename and delete credentials.")
    ).to_be_visible()
    await expect(mate.get_by_role("button", name="Add credentials")).to_have_count(0)
    await other.close()

    # The owner sees the teammate joined, and makes them an admin.
    await page.reload()
    await expect(pending).to_have_count(0)
    await expect(page.get_by_role("row").filter(has_text=teammate)).to_be_visible()
    await _pick(page, f"Role of {teammate}", "Admin")
    await expect(page.get_by_role("combobox", name=f"Role of {teammate}")).to_have_text(
        re.compile("Admin")
    )
    members = await page.context.request.get(
        f"{owner.base_url}/api/v1/workspaces/{workspace_id}/members"
    )
    roles = {m["user"]["email"]: m["role"] for m in (await members.json())["members"]}
    assert roles[teammate] == "ADMIN"
    await _shoot(page, screenshots, "members")


async def test_a_reader_opens_the_bot_read_only(
    owner: Owner, page: Page, browser: Browser, browser_engine: AsyncEngine, screenshots: Path
) -> None:
    typebot_id = await owner.import_bot(browser_engine, team_bot("Shared bot"))
    async with session_factory(browser_engine)() as db:
        reader = await make_member(db)
    email = reader.user.email
    await page.set_viewport_size({"width": 1280, "height": 800})
    await open_editor(page, owner, typebot_id)
    await page.get_by_role("button", name="Collaborators").click()
    dialog = page.get_by_role("dialog", name="Collaborators")
    await dialog.get_by_label("Email address").fill(email)
    await dialog.get_by_role("button", name="Share").click()
    people = dialog.get_by_role("list", name="Collaborators")
    await expect(people.get_by_text(email)).to_be_visible()
    await _pick(page, f"Access of {email}", "Can edit")
    await expect(page.get_by_role("combobox", name=f"Access of {email}")).to_have_text(
        re.compile("Can edit")
    )
    await _pick(page, f"Access of {email}", "Can view")
    await expect(page.get_by_role("combobox", name=f"Access of {email}")).to_have_text(
        re.compile("Can view")
    )
    listed = await page.context.request.get(
        f"{owner.base_url}/api/v1/typebots/{typebot_id}/collaborators"
    )
    assert [(c["user"]["email"], c["type"]) for c in (await listed.json())["collaborators"]] == [
        (email, "READ")
    ]
    await _shoot(page, screenshots, "collaborators")

    context = await _signed_in(browser, owner.base_url, browser_engine, reader)
    try:
        reading = await context.new_page()
        await reading.goto(f"{owner.base_url}/typebots/{typebot_id}/edit")
        await reading.get_by_role("region", name="Start").wait_for()
        await expect(reading.get_by_role("complementary", name="Blocks")).to_have_count(0)
        await expect(reading.get_by_role("button", name="Publish")).to_have_count(0)
        await expect(reading.get_by_label("Bot name")).not_to_be_editable()
        # A drag moves no group (it may pan the view: both groups keep their distance).
        ask = reading.locator(".react-flow__node").filter(has_text="Ask").first
        thanks = reading.locator(".react-flow__node").filter(has_text="Thanks").first
        before = await _offset(ask, thanks)
        box = await ask.bounding_box()
        assert box is not None
        await reading.mouse.move(box["x"] + 40, box["y"] + 12)
        await reading.mouse.down()
        await reading.mouse.move(box["x"] + 240, box["y"] + 160, steps=10)
        await reading.mouse.up()
        assert await _offset(ask, thanks) == before
        # A block's settings open, but every field is disabled.
        await reading.locator('[data-block-id="b2"] .block-button').click()
        panel = reading.locator(".settings-panel")
        await expect(panel.get_by_label("Placeholder")).to_be_disabled()
        await expect(panel.get_by_role("textbox").first).not_to_be_editable()
        # The collaborators dialog is only read for them.
        await reading.get_by_role("button", name="Collaborators").click()
        await expect(reading.get_by_text("Only members of the bot's workspace")).to_be_visible()
        await expect(reading.get_by_role("button", name="Share")).to_have_count(0)
        # And the server refuses a change all the same.
        csrf = next(c["value"] for c in await context.cookies() if c["name"] == CSRF_COOKIE)
        refused = await context.request.patch(
            f"{owner.base_url}/api/v1/typebots/{typebot_id}",
            data={"typebot": {"name": "Renamed by a reader"}},
            headers={CSRF_HEADER: csrf, "Origin": owner.base_url},
        )
        assert refused.status == 403, await refused.text()
        await expect(reading.get_by_role("status").filter(has_text="Not saved")).to_have_count(0)
    finally:
        await context.close()


async def test_credentials_are_made_listed_without_values_and_google_sheets_connects(
    owner: Owner, page: Page, fake_google: FakeGoogle, screenshots: Path
) -> None:
    fake_google.reset()
    workspace_id = owner.member.workspace.id
    api = f"{owner.base_url}/api/v1/workspaces/{workspace_id}/credentials"
    await page.set_viewport_size({"width": 1280, "height": 800})
    await page.goto(f"{owner.base_url}/workspaces/{workspace_id}/settings/credentials")
    await expect(page.get_by_text("No credentials yet.")).to_be_visible()

    await page.get_by_role("button", name="Add credentials").click()
    dialog = page.get_by_role("dialog", name="Add credentials")
    await expect(dialog.get_by_role("combobox", name="Kind")).to_have_text(re.compile("SMTP"))
    await dialog.get_by_label("Name", exact=True).fill("Mail server")
    await dialog.get_by_label("Host").fill("smtp.example.com")
    await dialog.get_by_label("Port", exact=True).fill("587")
    await dialog.get_by_label("Username").fill("bot")
    await dialog.get_by_label("Password").fill("hunter2-secret")
    await dialog.get_by_label("Sender email").fill("bot@example.com")
    await expect(dialog.get_by_label("Password")).to_have_attribute("type", "password")
    await _shoot(page, screenshots, "credentials-create")
    await dialog.get_by_role("button", name="Save credentials").click()
    await expect(dialog).to_have_count(0)
    smtp = page.get_by_role("list", name="SMTP")
    await expect(smtp.get_by_text("Mail server")).to_be_visible()
    assert "hunter2" not in await page.content()
    listed = await page.context.request.get(api)
    assert "hunter2" not in await listed.text()
    assert "smtp.example.com" not in await listed.text()

    # HTTP proxy credentials: the form names the field the server refuses.
    await page.get_by_role("button", name="Add credentials").click()
    await _pick(page, "Kind", "HTTP proxy")
    await dialog.get_by_label("Proxy URL").fill("proxy.example.com")
    await dialog.get_by_role("button", name="Save credentials").click()
    await expect(dialog.get_by_text("Proxy URL: must be the proxy's address")).to_be_visible()
    await expect(dialog.get_by_label("Proxy URL")).to_have_attribute("aria-invalid", "true")
    await dialog.get_by_label("Proxy URL").fill("http://proxy.example.com:3128")
    await dialog.get_by_role("button", name="Save credentials").click()
    await expect(
        page.get_by_role("list", name="HTTP proxy").get_by_text("HTTP proxy")
    ).to_be_visible()

    # Google Sheets: Google's consent screen (the fake one), and back.
    await page.get_by_role("button", name="Add credentials").click()
    await _pick(page, "Kind", "Google Sheets")
    await _shoot(page, screenshots, "credentials-google")
    await dialog.get_by_role("button", name="Connect Google Sheets").click()
    await expect(page.get_by_role("status")).to_have_text("Google Sheets is connected.")
    assert "googleSheets=connected" in page.url
    await expect(
        page.get_by_role("list", name="Google Sheets").get_by_text(GOOGLE_EMAIL)
    ).to_be_visible()
    assert fake_google.exchanges[-1]["grant_type"] == "authorization_code"
    listed = await page.context.request.get(api)
    assert "access-" not in await listed.text()
    await _shoot(page, screenshots, "credentials")

    # Rename, then delete after confirming.
    await page.get_by_role("button", name="Rename Mail server").click()
    await page.get_by_role("dialog", name="Rename credentials").get_by_label("Name").fill("Mailer")
    await page.get_by_role("button", name="Save", exact=True).click()
    await expect(smtp.get_by_text("Mailer")).to_be_visible()
    await page.get_by_role("button", name="Delete Mailer").click()
    await page.get_by_role("alertdialog").get_by_role("button", name="Delete").click()
    await expect(page.get_by_role("alertdialog")).to_have_count(0)
    await expect(page.get_by_role("list", name="SMTP")).to_have_count(0)
    types = [c["type"] for c in (await (await page.context.request.get(api)).json())["credentials"]]
    assert sorted(types) == ["google sheets", "http proxy"]


async def test_general_settings_rename_and_delete_with_typed_confirmation(
    owner: Owner, page: Page, screenshots: Path
) -> None:
    workspace_id = owner.member.workspace.id
    await page.set_viewport_size({"width": 1280, "height": 800})
    await page.goto(f"{owner.base_url}/workspaces/{workspace_id}/settings")
    await page.get_by_label("Workspace name").fill("Support team")
    await page.get_by_label("Icon", exact=True).fill("🛟")
    await page.get_by_role("button", name="Save").click()
    await expect(page.get_by_role("status")).to_have_text("Saved.")
    await expect(page.get_by_role("navigation", name="Workspace sections")).to_contain_text(
        "Support team"
    )
    await _shoot(page, screenshots, "general")
    await page.get_by_role("button", name="Delete workspace…").click()
    confirm = page.get_by_role("alertdialog")
    delete = confirm.get_by_role("button", name="Delete for everyone")
    await expect(delete).to_be_disabled()
    await confirm.get_by_label("Type Support team to confirm").fill("Support tea")
    await expect(delete).to_be_disabled()
    await confirm.get_by_label("Type Support team to confirm").fill("Support team")
    await delete.click()
    await expect(page).to_have_url(re.compile("/typebots$"))
    gone = await page.context.request.get(f"{owner.base_url}/api/v1/workspaces/{workspace_id}")
    assert gone.status == 404
