"""Browser tests: the real app on a live server and Debian's chromium driven by Playwright.

They run once, on SQLite (the page and the widget do not depend on the database backend), with
one browser for the session and a fresh browser context per test.
"""

import functools
import os
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.ids import new_id
from botloom.settings import Settings
from botloom.store.db import create_engine, session_factory
from botloom.store.migrate import upgrade
from botloom.web.widget_files import widget_is_built
from tests.support.factories import make_member
from tests.support.live_server import LiveServer, start_live_server
from tests.support.publishing import publisher
from tests.support.requirements import missing

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

Publish = Callable[..., Awaitable[str]]
"""``await publish(document, closed=False, typebot_id=None)``: publishes a bot (under a fresh
public id, and the given bot id if any) and returns its public id."""

# Bots pace their bubbles like someone typing (up to a few seconds for a long group).
expect.set_options(timeout=15_000)

_screenshot_dirs: list[Path] = []


@pytest.fixture(scope="session")
def browser_database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated SQLite database of the browser tests' own."""
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('browser-db') / 'botloom.db'}"
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def botloom(
    browser_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The app on a live server: the origin the pages are opened from."""
    settings = Settings(
        database_url=browser_database_url, data_dir=tmp_path_factory.mktemp("browser-data")
    )
    server = start_live_server(settings)
    yield server
    server.stop()


@pytest.fixture(scope="session")
async def browser_engine(browser_database_url: str) -> AsyncIterator[AsyncEngine]:
    """The tests' own connection to the server's database, to arrange bots."""
    engine = create_engine(browser_database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
async def publish(browser_engine: AsyncEngine) -> AsyncIterator[Publish]:
    """Publishes bots (under fresh public ids) in a new member's workspace."""
    async with session_factory(browser_engine)() as db:
        member = await make_member(db)
        publish_bot = publisher(db, member)

        async def publish(
            document: dict[str, Any], *, closed: bool = False, typebot_id: str | None = None
        ) -> str:
            public_id = f"bot-{new_id()}"
            await publish_bot({**document, "isClosed": closed}, public_id, typebot_id)
            return public_id

        yield publish


@pytest.fixture(scope="session")
def widget_built() -> None:
    """The conversation tests need the built widget (``make widget``)."""
    if not widget_is_built():
        missing("the chat widget is not built: run `make widget`")


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's chromium (never a downloaded one)."""
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is missing (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="session")
async def browser(chromium: Path) -> AsyncIterator[Browser]:
    """One chromium for the whole session."""
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=str(chromium), args=CHROMIUM_ARGS
        )
        yield launched
        await launched.close()


@pytest.fixture
async def context(browser: Browser) -> AsyncIterator[BrowserContext]:
    """A fresh browser profile (no storage shared between tests)."""
    created = await browser.new_context(viewport={"width": 1024, "height": 768})
    created.set_default_timeout(10_000)
    yield created
    await created.close()


@pytest.fixture
async def page(context: BrowserContext) -> AsyncIterator[Page]:
    """A tab that fails the test on any uncaught script error or Content-Security-Policy
    violation (the public page has a strict CSP)."""
    errors: list[str] = []
    opened = await context.new_page()
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on(
        "console",
        lambda message: (
            errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield opened
    assert not errors, f"script errors on the page: {errors}"


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go; the path is printed at the end of the run."""
    folder = Path(os.environ.get("BOTLOOM_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    _screenshot_dirs.append(folder)
    return folder


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say where the screenshots are, so that someone looks at them."""
    for folder in _screenshot_dirs:
        shots = sorted(p.name for p in folder.glob("*.png"))
        terminalreporter.write_line(f"browser screenshots ({len(shots)}): {folder}")


@dataclass
class OtherSite:
    """A plain web server on another origin (another port), like a customer's site."""

    base_url: str
    folder: Path

    def page(self, name: str, html: str) -> str:
        """Publish ``html`` as ``/name`` and return its address."""
        (self.folder / name).write_text(html, encoding="utf-8")
        return f"{self.base_url}/{name}"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="session")
def other_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OtherSite]:
    """Serves test pages that embed the widget from the Botloom server's origin."""
    folder = tmp_path_factory.mktemp("other-site")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield OtherSite(base_url=f"http://127.0.0.1:{server.server_address[1]}", folder=folder)
    server.shutdown()
    server.server_close()
