"""What a person does in the editor, shared by the builder's browser tests."""

from playwright.async_api import Locator, Page, expect


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
