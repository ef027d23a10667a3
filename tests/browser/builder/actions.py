"""What a person does in the builder, shared by the builder's browser tests."""

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

from playwright.async_api import Locator, Page, expect

LINK = re.compile(r"Sign-in link for (\S+): (\S+)")


class SignInLinks(logging.Handler):
    """Keeps the sign-in links the server prints (it runs in this process)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.links: dict[str, list[str]] = {}

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the link of a "Sign-in link for …" line, by the address it was sent to."""
        if found := LINK.search(record.getMessage()):
            self.links.setdefault(found.group(1), []).append(found.group(2))

    async def next_for(self, email: str, seen: int) -> str:
        """The first link sent to ``email`` after the ``seen`` ones it had, once it is printed
        (the mail goes out after the "check your inbox" answer, so it may come a moment later)."""
        for _ in range(100):
            sent = self.links.get(email, [])
            if len(sent) > seen:
                return sent[seen]
            await asyncio.sleep(0.1)
        raise AssertionError(f"no sign-in link was printed for {email}")


async def sign_in_by_link(
    page: Page,
    base_url: str,
    links: SignInLinks,
    email: str,
    on_inbox_step: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Ask for a sign-in link on the sign-in screen, open the one printed on the server's
    console, and land on the dashboard; ``on_inbox_step`` runs at the "check your inbox" step."""
    seen = len(links.links.get(email, []))
    await page.goto(f"{base_url}/signin")
    await page.get_by_label("Email").fill(email)
    await page.get_by_role("button", name="Send me a sign-in link").click()
    await expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
    if on_inbox_step is not None:
        await on_inbox_step()
    await page.goto(await links.next_for(email, seen))
    await expect(page.get_by_role("heading", name="My bots")).to_be_visible()


async def screenshot_both(page: Page, folder: Path, name: str) -> None:
    """Screenshots of the page in the light theme and the dark one (``name-light.png``, …)."""
    for scheme in ("light", "dark"):
        await page.emulate_media(color_scheme=scheme)
        await page.wait_for_timeout(100)
        await page.screenshot(path=str(folder / f"{name}-{scheme}.png"))
    await page.emulate_media(color_scheme="light")


async def new_variable(page: Page, field: Locator, name: str) -> None:
    """Create a variable through a "New variable" popover, which also selects it."""
    await field.get_by_role("button", name="New variable").click()
    await page.get_by_label("New variable name").fill(name)
    await page.get_by_label("New variable name").press("Enter")


def variable_field(page: Page, panel: Locator, label: str) -> Locator:
    """The field (its select and its "New variable" button) labelled ``label``."""
    return panel.locator(".field").filter(has=page.get_by_label(label, exact=True))


async def choose(panel: Locator, label: str, option: str) -> None:
    """Pick ``option`` in the select labelled ``label``."""
    await panel.get_by_label(label, exact=True).select_option(label=option)


async def open_block(page: Page, block_id: str, title: str) -> Locator:
    """Open a block's settings from the canvas (fitted first: the canvas draws only the groups
    in view, and an open panel narrows the view); returns the panel."""
    await page.get_by_role("button", name="Zoom to fit").click()
    # The view glides there in 200 ms; a click during the glide lands where the block was.
    await page.wait_for_timeout(300)
    await page.locator(f'[data-block-id="{block_id}"] .block-button').click()
    panel = page.get_by_role("complementary", name=f"{title} settings")
    await expect(panel).to_be_visible()
    return panel
