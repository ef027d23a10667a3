"""Talking to the widget the way a visitor does: through labels, roles and visible text."""

from playwright.async_api import Locator, Page, expect


class Chat:
    """The chat on a page, and what it showed so far (checked in order after every step)."""

    def __init__(self, page: Page, root: Locator | None = None) -> None:
        self.page = page
        self.root = root or page.locator(":root")
        self.bot_said: list[str] = []
        self.guest_said: list[str] = []

    @property
    def bot_messages(self) -> Locator:
        return self.root.locator(".bot-message")

    @property
    def guest_messages(self) -> Locator:
        return self.root.locator(".guest-message")

    def button(self, name: str) -> Locator:
        """A button by its accessible name (choices, rating values, card paths, Send)."""
        return self.root.get_by_role("button", name=name, exact=True)

    def field(self, label: str) -> Locator:
        return self.root.get_by_label(label, exact=True)

    async def expect_bot(self, *texts: str) -> None:
        """The bot's latest messages include ``texts``, in order, after all it said before."""
        self.bot_said += texts
        await expect(self.bot_messages).to_contain_text(self.bot_said)

    async def expect_guest(self, text: str) -> None:
        """The visitor's replies shown so far end with ``text``."""
        self.guest_said.append(text)
        await expect(self.guest_messages).to_have_text(self.guest_said)

    async def send(self, label: str, text: str, *, shown: str | None = None) -> None:
        """Type ``text`` in the field labelled ``label`` and press Send."""
        await self.field(label).fill(text)
        await self.button("Send").click()
        await self.expect_guest(text if shown is None else shown)

    async def choose(self, name: str, *, shown: str | None = None) -> None:
        """Click a choice (or rating, or card) button."""
        await self.button(name).click()
        await self.expect_guest(name if shown is None else shown)
