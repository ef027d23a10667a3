"""The builder's speed on large bots: ``make bench-builder`` or ``python -m bench.builder``.

It builds nothing: run ``make builder`` first. It imports a generated 10-block and 1,000-block bot
(``tests/support/generated_bots.py``: groups of 10 blocks on a grid, edges along and across it)
into a fresh SQLite database, starts ``botloom serve``, signs the bots' owner in, and opens each
bot's editor in Debian's headless chromium (Playwright) ``--runs`` times, each time in a new
browser context (no cache). It prints, for each bot:

- **interactive**: from navigation start to the canvas drawn and responding: the groups in view
  laid out and visible, then a click on a group (queued in the page as a task, behind any work
  still pending) has selected it on screen;
- **drawn**: the same without the click, and how many groups were drawn (only those near the
  view are);
- **drag frames**: ``requestAnimationFrame`` deltas while a group is dragged for ``--drag``
  seconds (p50, p95, max; 16.7 ms is every frame on time at 60 Hz);
- the builder's **initial JS** (what the first page load fetches, gzipped, as the build checks
  it) and the **editor JS** (every script the editor page fetched, gzipped).

Targets (issue 14): interactive under 1 s and drag frames under 20 ms on the 1,000-block bot;
initial JS under 300 KB. Figures are also written to ``bench/results/builder-<timestamp>.json``.
"""

import argparse
import asyncio
import gzip
import json
import platform
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, Page, async_playwright
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.support.generated_bots import grid_bot
from tests.support.postgres import free_port

from bench.chat import REPO, RESULTS_DIR, Databases, git_commit, percentile, run_command, serving
from botloom.api.web_session import CSRF_COOKIE, SESSION_COOKIE
from botloom.cli import DEFAULT_ADMIN_EMAIL
from botloom.domain.auth.actions import get_or_create_user
from botloom.domain.auth.sessions import SessionPolicy, csrf_token_for, do_create_session
from botloom.settings import Settings
from botloom.store.db import create_engine, session_factory
from botloom.web.builder_app import INDEX_FILE

BOTS = {"10 blocks": (1, 10), "1,000 blocks": (100, 10)}
"""Each bot: how many groups, and blocks per group."""
VIEWPORT = {"width": 1280, "height": 800}
INTERACTIVE_TARGET_MS = 1000.0
FRAME_TARGET_MS = 20.0
INITIAL_JS_TARGET_KB = 300.0

# Runs in the page: resolves with [performance.now(), groups drawn] once the groups in view
# (the canvas draws no other) are laid out and visible.
DRAWN_JS = """async () => {
  const drawn = () => {
    const nodes = document.querySelectorAll('.react-flow__node-botGroup');
    return nodes.length > 0
      && [...nodes].every((node) => getComputedStyle(node).visibility === 'visible');
  };
  while (!drawn()) await new Promise((resolve) => requestAnimationFrame(resolve));
  return [performance.now(), document.querySelectorAll('.react-flow__node-botGroup').length];
}"""

# Runs in the page once the groups are drawn: queues a click on the first group's title as a
# task (it waits behind any work still pending, as a person's click would) and resolves with
# performance.now() when the group shows selected. In the page, so that the benchmark's own
# round trips (Python, Playwright's driver, the DevTools protocol) are not counted.
RESPONDING_JS = """async () => {
  const title = document.querySelector('.react-flow__node-botGroup .group-title');
  setTimeout(() => title.dispatchEvent(new MouseEvent('click', { bubbles: true })), 0);
  const selected = () => document.querySelector('.group-node[data-selected]');
  while (!selected()) await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now();
}"""

# Records requestAnimationFrame deltas until window.__stopFrames() is called; returns them.
FRAMES_JS = """() => {
  const deltas = [];
  let last = performance.now();
  let running = true;
  const tick = (now) => {
    deltas.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__stopFrames = () => { running = false; return deltas; };
}"""


@dataclass(frozen=True)
class Options:
    """How many times to open each bot, and how long to drag."""

    runs: int
    drag_seconds: float


def parse_options(argv: Sequence[str] | None = None) -> Options:
    """The command line's options."""
    parser = argparse.ArgumentParser(prog="python -m bench.builder", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="editor openings per bot (default 3)")
    parser.add_argument("--drag", type=float, default=2.0, help="seconds of dragging (default 2)")
    args = parser.parse_args(argv)
    return Options(runs=max(1, args.runs), drag_seconds=max(0.5, args.drag))


@dataclass
class Opening:
    """One opening of a bot's editor (milliseconds)."""

    drawn_ms: float
    groups_drawn: int
    interactive_ms: float
    frames: list[float]
    fit_ms: float
    fit_frames: list[float]
    editor_js_bytes: int


def gzipped_size(data: bytes) -> int:
    """The size of ``data`` gzipped as the build's size check does it (level 9)."""
    return len(gzip.compress(data, compresslevel=9))


def initial_js_bytes() -> int:
    """What the builder's first page load fetches (scripts and styles of index.html), gzipped."""
    index = INDEX_FILE.read_text()
    assets = re.findall(r'(?:src|href)="/static/builder/(assets/[^"]+)"', index)
    return sum(gzipped_size((INDEX_FILE.parent / asset).read_bytes()) for asset in assets)


async def sign_in_cookies(database_url: str, base_url: str) -> list[dict[str, Any]]:
    """Session cookies of the bots' owner (the admin the CLI imports as), as signing in sets."""
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as db:
            user = await get_or_create_user(db=db, email=DEFAULT_ADMIN_EMAIL)
            session_id, _ = await do_create_session(
                db=db, user=user, policy=SessionPolicy.from_settings(Settings())
            )
    finally:
        await engine.dispose()
    return [
        {"name": SESSION_COOKIE, "value": session_id, "url": base_url, "httpOnly": True},
        {"name": CSRF_COOKIE, "value": csrf_token_for(session_id), "url": base_url},
    ]


async def drag_frames(page: Page, seconds: float) -> list[float]:
    """Drags the first group in circles for ``seconds``; the frame deltas meanwhile (ms)."""
    title = page.locator(".react-flow__node-botGroup .group-title").first
    box = await title.bounding_box()
    if box is None:
        raise RuntimeError("the first group's title is not on screen")
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.evaluate(FRAMES_JS)
    began = time.perf_counter()
    step = 0
    while time.perf_counter() - began < seconds:
        step += 1
        offset = 40 * (step % 20) / 20
        await page.mouse.move(x + 60 + offset, y + 40 - offset)
        await asyncio.sleep(1 / 120)
    frames: list[float] = await page.evaluate("() => window.__stopFrames()")
    await page.mouse.up()
    # The first delta spans the set-up before the loop started; it is no frame of the drag.
    return frames[1:]


async def zoom_to_fit(page: Page, groups: int) -> float:
    """Zooms to fit with its shortcut; how long until every group is drawn (ms)."""
    began: float = await page.evaluate("() => performance.now()")
    await page.keyboard.press("Shift+Digit1")
    ended: float = await page.evaluate(
        """async (count) => {
          const nodes = () => document.querySelectorAll('.react-flow__node-botGroup');
          const drawn = () => nodes().length === count;
          while (!drawn()) await new Promise((resolve) => requestAnimationFrame(resolve));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return performance.now();
        }""",
        groups,
    )
    return ended - began


async def open_editor(
    browser: Browser, cookies: list[dict[str, Any]], url: str, groups: int, seconds: float
) -> Opening:
    """Opens the editor in a fresh context and measures one opening."""
    context = await browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    try:
        await context.add_cookies(cookies)  # type: ignore[arg-type]
        page = await context.new_page()
        scripts: list[bytes] = []

        async def keep_script(response: Any) -> None:
            if response.url.endswith(".js") and "/static/builder/" in response.url:
                scripts.append(await response.body())

        page.on("response", keep_script)
        await page.goto(url, wait_until="commit")
        drawn_ms, groups_drawn = await page.evaluate(DRAWN_JS)
        interactive_ms: float = await page.evaluate(RESPONDING_JS)
        frames = await drag_frames(page, seconds)
        fit_ms = await zoom_to_fit(page, groups)
        fit_frames = await drag_frames(page, seconds)
        return Opening(
            drawn_ms=drawn_ms,
            groups_drawn=groups_drawn,
            interactive_ms=interactive_ms,
            frames=frames,
            fit_ms=fit_ms,
            fit_frames=fit_frames,
            editor_js_bytes=sum(gzipped_size(body) for body in scripts),
        )
    finally:
        await context.close()


def summary(openings: list[Opening]) -> dict[str, Any]:
    """Medians over the openings; frame percentiles over every frame of every drag."""
    frames = sorted(frame for opening in openings for frame in opening.frames)
    fit_frames = sorted(frame for opening in openings for frame in opening.fit_frames)
    return {
        "drawn_ms": round(statistics.median(o.drawn_ms for o in openings), 1),
        "groups_drawn": max(o.groups_drawn for o in openings),
        "interactive_ms": round(statistics.median(o.interactive_ms for o in openings), 1),
        "interactive_runs_ms": [round(o.interactive_ms, 1) for o in openings],
        "frames": len(frames),
        "frame_p50_ms": round(percentile(frames, 50) or 0, 1),
        "frame_p95_ms": round(percentile(frames, 95) or 0, 1),
        "frame_max_ms": round(max(frames, default=0), 1),
        "fit_ms": round(statistics.median(o.fit_ms for o in openings), 1),
        "fit_frame_p50_ms": round(percentile(fit_frames, 50) or 0, 1),
        "fit_frame_p95_ms": round(percentile(fit_frames, 95) or 0, 1),
        "fit_frame_max_ms": round(max(fit_frames, default=0), 1),
        "editor_js_kb": round(max(o.editor_js_bytes for o in openings) / 1024, 1),
    }


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def print_report(figures: dict[str, dict[str, Any]], initial_kb: float) -> None:
    """The figures as a table, with the targets."""
    print(f"\nbuilder initial JS (gzipped): {initial_kb:.1f} KB", end=" ")
    print(f"(target < {INITIAL_JS_TARGET_KB:.0f} KB: {verdict(initial_kb < INITIAL_JS_TARGET_KB)})")
    header = ("bot", "interactive", "drawn", "groups", "frame p50", "p95", "max", "editor JS")
    print(f"{header[0]:<14}" + "".join(f"{h:>12}" for h in header[1:]))
    for name, row in figures.items():
        cells = (
            f"{row['interactive_ms']:.0f} ms",
            f"{row['drawn_ms']:.0f} ms",
            str(row["groups_drawn"]),
            f"{row['frame_p50_ms']:.1f} ms",
            f"{row['frame_p95_ms']:.1f} ms",
            f"{row['frame_max_ms']:.1f} ms",
            f"{row['editor_js_kb']:.1f} KB",
        )
        print(f"{name:<14}" + "".join(f"{cell:>12}" for cell in cells))
    print("zoomed to fit (every group drawn):")
    for name, row in figures.items():
        print(
            f"  {name:<14} drawn in {row['fit_ms']:.0f} ms; drag frames p50 "
            f"{row['fit_frame_p50_ms']:.1f} ms, p95 {row['fit_frame_p95_ms']:.1f} ms, "
            f"max {row['fit_frame_max_ms']:.1f} ms"
        )
    large = figures[list(BOTS)[-1]]
    print(
        f"targets on the largest bot: interactive < {INTERACTIVE_TARGET_MS:.0f} ms: "
        f"{verdict(large['interactive_ms'] < INTERACTIVE_TARGET_MS)}; "
        f"drag frames (p95) < {FRAME_TARGET_MS:.0f} ms: "
        f"{verdict(large['frame_p95_ms'] < FRAME_TARGET_MS)}"
    )


async def import_bots(root: Path, env: dict[str, str]) -> dict[str, str]:
    """Writes and imports the generated bots; their ids by name."""
    ids = {}
    for index, (name, (groups, per_group)) in enumerate(BOTS.items()):
        path = root / f"bot-{index}.json"
        path.write_text(json.dumps(grid_bot(groups, per_group, bot_id=f"bench{index}")))
        output = await run_command([sys.executable, "-m", "botloom", "import", str(path)], env)
        ids[name] = output.strip().splitlines()[-1]
    return ids


async def run(options: Options) -> dict[str, Any]:
    """Serve, open every bot's editor ``options.runs`` times, and report."""
    if not INDEX_FILE.is_file():
        raise SystemExit("the builder is not built: run `make builder` first")
    root = Path(tempfile.mkdtemp(prefix="botloom-bench-builder-"))
    databases = Databases(root)
    try:
        database = await databases.new("sqlite")
        ids = await import_bots(root, database.env)
        port = free_port()
        argv = [sys.executable, "-m", "botloom", "serve", "--port", str(port), "--workers", "1"]
        async with serving(argv, database.env, port, database.logs / "server.log") as server:
            cookies = await sign_in_cookies(database.url, server.base_url)
            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
                )
                figures = {}
                for name, (groups, _) in BOTS.items():
                    url = f"{server.base_url}/typebots/{ids[name]}/edit"
                    # A first opening warms the server (its caches, the bot's first read).
                    await open_editor(browser, cookies, url, groups, 0.5)
                    openings = [
                        await open_editor(browser, cookies, url, groups, options.drag_seconds)
                        for _ in range(options.runs)
                    ]
                    figures[name] = summary(openings)
                await browser.close()
    finally:
        databases.close()
    initial_kb = round(initial_js_bytes() / 1024, 1)
    print_report(figures, initial_kb)
    return {"initial_js_kb": initial_kb, "bots": figures}


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and write its figures to ``bench/results/``."""
    options = parse_options(argv)
    figures = asyncio.run(run(options))
    RESULTS_DIR.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS_DIR / f"builder-{stamp}.json"
    document = {
        "options": asdict(options),
        "commit": asyncio.run(git_commit()),
        "machine": {"platform": platform.platform(), "python": platform.python_version()},
        **figures,
    }
    path.write_text(json.dumps(document, indent=2))
    print(f"figures written to {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
