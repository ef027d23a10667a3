"""Typebot's template bots drawn by Botloom's widget, compared with the pictures Typebot's own
embed drew of them (the reference set's ``screenshots/first-screen``).

The page and the capture follow the reference set's README: headless chromium, 900 x 800,
device scale 1, ``<typebot-standard style="width:100%;height:640px">``, captured once the first
messages' typing delays are over. The reference machine had no internet and no emoji font:
requests that leave the machine are refused here too, so remote images show as broken icons on
both sides, and the emoji fall back to the same fonts.

Run as a script to see every template's figure quickly, while working on the widget's look::

    .venv/bin/python -m tests.browser.first_screens [template ...]
"""

import asyncio
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image, ImageChops
from playwright.async_api import Browser, Page, Route, async_playwright

from botloom.settings import Settings
from botloom.store.db import create_engine, session_factory
from botloom.store.migrate import upgrade
from tests.support.compat import compat_dir
from tests.support.factories import make_member
from tests.support.live_server import LiveServer, start_live_server
from tests.support.publishing import publisher

VIEWPORT = {"width": 900, "height": 800}
COMPARED_SIZE = (300, 267)
CHANNEL_TOLERANCE = 40
"""A pixel differs when any channel differs by more than this (out of 255)."""
ALLOWED_FRACTION = 0.01
CAPTURE_AFTER_MS = 6_000
"""When the reference pictures were taken: the first messages' typing delays are over."""


def reference_dir() -> Path:
    """Typebot's embed's pictures (a path that need not exist without the reference set)."""
    return (compat_dir() or Path()) / "screenshots" / "first-screen"


def templates_dir() -> Path:
    """The template bots the pictures are of."""
    return (compat_dir() or Path()) / "typebots" / "templates"


def template_names() -> list[str]:
    """Every template that has a reference picture."""
    return sorted(path.stem for path in reference_dir().glob("*.png"))


def template(name: str) -> dict[str, object]:
    """A template bot's document."""
    document: dict[str, object] = json.loads(
        (templates_dir() / f"{name}.json").read_text(encoding="utf-8")
    )
    return document


def page_html(widget_url: str, public_id: str, api_host: str) -> str:
    """The reference set's page, with Botloom's widget where Typebot's embed was."""
    return f"""<!doctype html><html><body>
<typebot-standard style="width:100%;height:640px"></typebot-standard>
<script type="module">
  import Typebot from "{widget_url}";
  Typebot.initStandard({{ typebot: "{public_id}", apiHost: "{api_host}" }});
</script></body></html>
"""


async def _refuse_remote(route: Route) -> None:
    host = urlsplit(route.request.url).hostname
    if host in {"127.0.0.1", "localhost"}:
        await route.continue_()
    else:
        await route.abort("internetdisconnected")


async def capture(browser: Browser, page_url: str, html: str, path: Path) -> None:
    """Draws ``html``, served at ``page_url``, as the reference was drawn; saves it at ``path``."""
    context = await browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    try:
        await context.route("**/*", _refuse_remote)
        await context.route(
            page_url, lambda route: route.fulfill(body=html, content_type="text/html")
        )
        page: Page = await context.new_page()
        await page.goto(page_url)
        await page.wait_for_timeout(CAPTURE_AFTER_MS)
        await page.screenshot(path=path, animations="disabled", caret="hide")
    finally:
        await context.close()


@dataclass
class Comparison:
    """How far a picture is from its reference."""

    name: str
    fraction: float
    diff: Path

    @property
    def close_enough(self) -> bool:
        return self.fraction <= ALLOWED_FRACTION

    def __str__(self) -> str:
        mark = "ok  " if self.close_enough else "FAIL"
        return f"{mark} {self.fraction * 100:5.2f} %  {self.name}  ({self.diff})"


def compare(name: str, drawn: Path, reference: Path, out_dir: Path) -> Comparison:
    """Scales both pictures to 300 x 267 and counts the pixels where a channel differs by more
    than 40. Saves, side by side, the reference, the drawn picture and the differing pixels."""
    ours = Image.open(drawn).convert("RGB")
    theirs = Image.open(reference).convert("RGB")
    small_ours = ours.resize(COMPARED_SIZE, Image.Resampling.BILINEAR)
    small_theirs = theirs.resize(COMPARED_SIZE, Image.Resampling.BILINEAR)
    delta = ImageChops.difference(small_ours, small_theirs)
    worst = Image.merge("RGB", delta.split()).getchannel(0)
    for band in delta.split()[1:]:
        worst = ImageChops.lighter(worst, band)
    mask = worst.point(lambda value: 255 if value > CHANNEL_TOLERANCE else 0)
    differing = mask.histogram()[255]
    fraction = differing / (COMPARED_SIZE[0] * COMPARED_SIZE[1])
    board = Image.new("RGB", (ours.width * 3, ours.height), "white")
    board.paste(theirs, (0, 0))
    board.paste(ours, (ours.width, 0))
    red = Image.new("RGB", COMPARED_SIZE, (255, 0, 0))
    marked = Image.composite(red, small_ours, mask).resize(ours.size, Image.Resampling.NEAREST)
    board.paste(marked, (ours.width * 2, 0))
    diff = out_dir / f"{name}.diff.png"
    board.save(diff)
    return Comparison(name=name, fraction=fraction, diff=diff)


async def _script(names: list[str], url: str, server: LiveServer, out_dir: Path) -> int:
    """Publishes the templates on a private server and prints each one's figure."""
    engine = create_engine(url)
    results: list[Comparison] = []
    try:
        async with session_factory(engine)() as db:
            publish = publisher(db, await make_member(db))
            for name in names:
                await publish({**template(name), "isClosed": False}, f"tpl-{name}", None)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
            )
            for name in names:
                html = page_html(f"{server.base_url}/static/web.js", f"tpl-{name}", server.base_url)
                drawn = out_dir / f"{name}.png"
                await capture(browser, f"{server.base_url}/first-screen.html", html, drawn)
                result = compare(name, drawn, reference_dir() / f"{name}.png", out_dir)
                results.append(result)
                print(result, flush=True)
            await browser.close()
    finally:
        await engine.dispose()
        server.stop()
    close = sum(result.close_enough for result in results)
    print(f"{close}/{len(results)} within {ALLOWED_FRACTION:.0%}; pictures in {out_dir}")
    return 0 if close == len(results) else 1


def main(names: list[str]) -> int:
    """Script mode: a private database and server, then every named template's figure."""
    out_dir = Path(tempfile.mkdtemp(prefix="first-screens-"))
    url = f"sqlite+aiosqlite:///{out_dir / 'botloom.db'}"
    upgrade(url)
    server = start_live_server(Settings(database_url=url, data_dir=out_dir / "data"))
    return asyncio.run(_script(names or template_names(), url, server, out_dir))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
