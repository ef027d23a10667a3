"""Results at scale: ``make bench-results`` (a million results) or ``--results 20000`` (quick).

For each backend (SQLite, PostgreSQL) it imports and publishes the lead-capture bot, fills
the tables with ``--results`` results of that bot (about 90 % started, each with up to 3 answers
(3 when completed; unfinished ones wait at the next question) and an off-default edge taken,
spread over 400 days) straight into the database (the triggers keeping the stats, the paths
and the answers' search index run as for any write), starts ``botloom serve`` and times over
HTTP, as the builder calls them:

- the first page of the results table, and a page deep in it (a cursor 90 % of the way down);
- the text search: one visitor's email (1 result), a name (11 results), a word that half the
  answers hold, and a 2-character text (no trigram: checked answer by answer);
- the stats (``allTime``, and Typebot's default ``last7Days``), their series for a chart, and
  the in-depth analytics (answers, edges and drop-offs per block);
- a full CSV export, streamed: its time, size and the server process's peak RSS during it
  (``VmHWM`` after resetting it through ``/proc/<pid>/clear_refs``).

Targets: a page, a search and the stats under 100 ms, the in-depth analytics under 500 ms, the
export under 200 MB of peak RSS. Figures are
printed and written to ``bench/results/results-<timestamp>.json``.
"""

import argparse
import asyncio
import json
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg  # type: ignore[import-untyped]
import httpx
from sqlalchemy import select
from tests.support.postgres import free_port

from bench.chat import (
    LEAD_CAPTURE,
    REPO,
    RESULTS_DIR,
    Database,
    Databases,
    git_commit,
    run_command,
    serving,
)
from botloom.domain.analytics.queries import input_blocks
from botloom.domain.results.filters import Cursor
from botloom.ids import new_id
from botloom.schema.document import TypebotDocument
from botloom.store.db import create_engine
from botloom.store.models import PublishedVersion, Result

BACKENDS = ("sqlite", "postgresql")
BATCH = 50_000
SPREAD_DAYS = 400
DEEP_FRACTION = 0.9
PAGE_TARGET_MS = 100.0
IN_DEPTH_TARGET_MS = 500.0
EXPORT_TARGET_MB = 200.0
ADMIN_EMAIL = "admin@botloom.local"


@dataclass(frozen=True)
class Options:
    """How many results, on which backends, and how many times each request is timed."""

    results: int
    backends: tuple[str, ...]
    repeat: int
    page_size: int


def parse_options(argv: Sequence[str] | None = None) -> Options:
    """Read the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.results", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument("--results", type=int, default=1_000_000, help="results to fill")
    parser.add_argument("--backends", default=",".join(BACKENDS), help="sqlite,postgresql")
    parser.add_argument("--repeat", type=int, default=6, help="timed runs of each request")
    parser.add_argument("--page-size", type=int, default=50, help="results per page")
    args = parser.parse_args(argv)
    backends = tuple(b.strip() for b in args.backends.split(",") if b.strip())
    if set(backends) - set(BACKENDS):
        parser.error("--backends takes sqlite and/or postgresql")
    if args.results < 100 or args.repeat < 1:
        parser.error("--results needs at least 100, --repeat at least 1")
    return Options(
        results=args.results, backends=backends, repeat=args.repeat, page_size=args.page_size
    )


# --- filling ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bot:
    """The bot the results belong to, and what its results refer to."""

    typebot_id: str
    block_ids: tuple[str, ...]
    edge_ids: tuple[str, ...]


@dataclass
class Batch:
    """Rows of one batch, as tuples in the column order of ``COLUMNS``."""

    results: list[tuple[Any, ...]] = field(default_factory=list)
    answers: list[tuple[Any, ...]] = field(default_factory=list)
    edges: list[tuple[Any, ...]] = field(default_factory=list)


COLUMNS = {
    "result": (
        "id",
        "typebot_id",
        "variables",
        "is_completed",
        "has_started",
        "is_archived",
        "waiting_block_id",
        "created_at",
        "updated_at",
    ),
    "answer": ("result_id", "block_id", "content", "created_at"),
    "visited_edge": ("result_id", "index", "edge_id"),
}


def batches(bot: Bot, total: int, now: datetime) -> Iterator[Batch]:
    """``total`` results in batches of ``BATCH``, the same on every run (seeded)."""
    rng = random.Random(42)
    made = 0
    while made < total:
        batch = Batch()
        for n in range(made, min(total, made + BATCH)):
            result_id = new_id()
            created = now - timedelta(seconds=rng.uniform(0, SPREAD_DAYS * 86400))
            started = rng.random() < 0.9
            name = f"Visitor {n}"
            variables = json.dumps([{"id": "vname", "name": "Name", "value": name}])
            completed = started and rng.random() < 0.6
            updated = created + timedelta(minutes=2)
            contents = (name, f"visitor{n}@example.com", rng.choice(("Social Media", "Friend")))
            # An unfinished chat waits at the question after its last answer.
            answered = 0 if not started else 3 if completed else rng.randint(1, 2)
            waiting = None if completed else bot.block_ids[answered]
            batch.results.append(
                (
                    result_id,
                    bot.typebot_id,
                    variables,
                    completed,
                    started,
                    False,
                    waiting,
                    created,
                    updated,
                )
            )
            if not started:
                continue
            batch.answers += [
                (result_id, block_id, content, created + timedelta(seconds=10 * (i + 1)))
                for i, (block_id, content) in enumerate(
                    list(zip(bot.block_ids, contents, strict=True))[:answered]
                )
            ]
            batch.edges.append((result_id, 0, rng.choice(bot.edge_ids)))
        made += len(batch.results)
        yield batch


async def read_bot(url: str, typebot_id: str) -> Bot:
    """The input blocks and edges of the bot's live version."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            content = (
                await connection.execute(
                    select(PublishedVersion.content).where(
                        PublishedVersion.typebot_id == typebot_id
                    )
                )
            ).scalar_one()
    finally:
        await engine.dispose()
    document = TypebotDocument.model_validate(content)
    blocks = tuple(block_id for _, block_id in input_blocks(document))[:3]
    edges = tuple(edge["id"] for edge in content["edges"])
    return Bot(typebot_id=typebot_id, block_ids=blocks, edge_ids=edges)


def _sqlite_value(value: Any) -> Any:
    # SQLAlchemy's SQLite DATETIME format, so stored rows compare like the app's own.
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def fill_sqlite(path: Path, bot: Bot, total: int, now: datetime) -> None:
    """executemany in one transaction per batch, then ANALYZE."""
    connection = sqlite3.connect(path)
    done = 0
    try:
        for batch in batches(bot, total, now):
            with connection:
                for table, rows in (
                    ("result", batch.results),
                    ("answer", batch.answers),
                    ("visited_edge", batch.edges),
                ):
                    columns = COLUMNS[table]
                    statement = (
                        f'INSERT INTO "{table}" ({", ".join(f"{c!r}" for c in columns)}) '
                        f"VALUES ({', '.join('?' for _ in columns)})"
                    )
                    connection.executemany(
                        statement, ([_sqlite_value(v) for v in row] for row in rows)
                    )
            done += len(batch.results)
            _progress(done, total)
        connection.execute("ANALYZE")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


async def fill_postgres(url: str, bot: Bot, total: int, now: datetime) -> None:
    """COPY per batch, then VACUUM ANALYZE (what autovacuum does to a table this size)."""
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    done = 0
    try:
        for batch in batches(bot, total, now):
            async with connection.transaction():
                for table, rows in (
                    ("result", batch.results),
                    ("answer", batch.answers),
                    ("visited_edge", batch.edges),
                ):
                    await connection.copy_records_to_table(
                        table, records=rows, columns=list(COLUMNS[table])
                    )
            done += len(batch.results)
            _progress(done, total)
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()


def _progress(done: int, total: int) -> None:
    print(f"\r  filled {done:,} / {total:,} results", end="", flush=True)
    if done == total:
        print(flush=True)


# --- measuring -------------------------------------------------------------------------------


@dataclass
class Timing:
    """Milliseconds of ``repeat`` runs of one request (after one untimed warm-up)."""

    name: str
    median_ms: float
    min_ms: float
    max_ms: float
    target_ms: float | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.target_ms is None:
            return ""
        return "ok" if self.median_ms < self.target_ms else "OVER"


@dataclass
class Export:
    """A full CSV export: time, size and the server's peak RSS while it ran."""

    seconds: float
    first_byte_ms: float
    megabytes: float
    rows: int
    rss_before_mb: float
    peak_rss_mb: float


async def timed(
    client: httpx.AsyncClient, name: str, url: str, params: dict[str, str], repeat: int, **kw: Any
) -> Timing:
    """Time a GET that must answer 200."""
    runs: list[float] = []
    for attempt in range(repeat + 1):
        began = time.perf_counter()
        response = await client.get(url, params=params)
        elapsed = (time.perf_counter() - began) * 1000
        if response.status_code != 200:
            raise RuntimeError(f"{name}: HTTP {response.status_code}: {response.text[:300]}")
        if attempt:
            runs.append(elapsed)
    return Timing(
        name=name,
        median_ms=round(statistics.median(runs), 1),
        min_ms=round(min(runs), 1),
        max_ms=round(max(runs), 1),
        **kw,
    )


def _status_mb(pid: int, key: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {key} for process {pid}")


def _reset_peak_rss(pid: int) -> float:
    """Reset the process's VmHWM to its current RSS (Linux); that RSS, in MB."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")
    return _status_mb(pid, "VmRSS")


async def export_csv(client: httpx.AsyncClient, url: str, pid: int) -> Export:
    """Stream the whole export, with the server's peak RSS reset just before."""
    before = _reset_peak_rss(pid)
    size = lines = 0
    began = time.perf_counter()
    first_byte: float | None = None
    async with client.stream("GET", url, params={"format": "csv"}) as response:
        if response.status_code != 200:
            raise RuntimeError(f"export: HTTP {response.status_code}")
        async for chunk in response.aiter_bytes():
            if first_byte is None:
                first_byte = time.perf_counter() - began
            size += len(chunk)
            lines += chunk.count(b"\n")
    seconds = time.perf_counter() - began
    return Export(
        seconds=round(seconds, 2),
        first_byte_ms=round((first_byte or seconds) * 1000, 1),
        megabytes=round(size / 2**20, 1),
        rows=lines - 1,
        rss_before_mb=round(before, 1),
        peak_rss_mb=round(_status_mb(pid, "VmHWM"), 1),
    )


async def deep_cursor(url: str, typebot_id: str, position: int) -> str:
    """The cursor a client following pages would hold at ``position`` in the table."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            row = (
                await connection.execute(
                    select(Result.created_at, Result.id)
                    .where(
                        Result.typebot_id == typebot_id,
                        Result.has_started.is_(True),
                        Result.is_archived.is_(False),
                    )
                    .order_by(Result.created_at.desc(), Result.id.desc())
                    .offset(position)
                    .limit(1)
                )
            ).one()
    finally:
        await engine.dispose()
    return Cursor(created_at=row[0], result_id=row[1]).encode()


def search_texts(results: int) -> list[tuple[str, str]]:
    """What the searches look for, named by what they find among ``results`` results."""
    n = results // 3 // 10 * 10 + 7
    return [
        ("an email", f"visitor{n}@example.com"),
        ("a name", f"visitor {results // 100}"),
        ("a common word", "friend"),
        ("2 characters", "zz"),
    ]


async def measure(
    base_url: str, token: str, typebot_id: str, pid: int, database_url: str, options: Options
) -> tuple[list[Timing], Export]:
    """Every timed request of one backend."""
    started = round(options.results * 0.9)
    cursor = await deep_cursor(database_url, typebot_id, int(started * DEEP_FRACTION))
    bot_url = f"/api/v1/typebots/{typebot_id}"
    page = {"timeFilter": "allTime", "limit": str(options.page_size)}
    headers = {"Authorization": f"Bearer {token}"}
    timings: list[Timing] = []
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=600) as client:
        requests: list[tuple[str, str, dict[str, str], float | None]] = [
            ("results: first page", "/results", page, PAGE_TARGET_MS),
            ("results: page at 90 %", "/results", page | {"cursor": cursor}, PAGE_TARGET_MS),
            *(
                (f"search: {what}", "/results", page | {"q": text}, PAGE_TARGET_MS)
                for what, text in search_texts(options.results)
            ),
            ("stats: allTime", "/analytics/stats", {"timeFilter": "allTime"}, PAGE_TARGET_MS),
            ("stats: last7Days", "/analytics/stats", {}, PAGE_TARGET_MS),
            (
                "timeSeries: allTime",
                "/analytics/timeSeries",
                {"timeFilter": "allTime"},
                PAGE_TARGET_MS,
            ),
            (
                "timeSeries: last30Days",
                "/analytics/timeSeries",
                {"timeFilter": "last30Days"},
                PAGE_TARGET_MS,
            ),
            (
                "inDepthData: allTime",
                "/analytics/inDepthData",
                {"timeFilter": "allTime"},
                IN_DEPTH_TARGET_MS,
            ),
            ("inDepthData: last7Days", "/analytics/inDepthData", {}, IN_DEPTH_TARGET_MS),
        ]
        for name, path, params, target in requests:
            timing = await timed(
                client, name, bot_url + path, params, options.repeat, target_ms=target
            )
            print(f"  {name:<24} median {timing.median_ms} ms (min {timing.min_ms})", flush=True)
            timings.append(timing)
        print("  exporting CSV...", flush=True)
        export = await export_csv(client, f"{bot_url}/results/export", pid)
        print(f"  {export}", flush=True)
    return timings, export


# --- a backend from start to end -------------------------------------------------------------


async def bench_backend(databases: Databases, backend: str, options: Options) -> dict[str, Any]:
    """Fill a fresh database of ``backend``, serve it and measure; the figures."""
    print(f"\n== {backend}: {options.results:,} results", flush=True)
    database = await databases.new(backend)
    python = sys.executable
    output = await run_command(
        [
            python,
            "-m",
            "botloom",
            "import",
            str(LEAD_CAPTURE),
            "--public-id",
            "lead-capture",
            "--publish",
        ],
        database.env,
    )
    # The id is the one line without spaces: the command's notes ("… published at …") follow it.
    typebot_id = next(line for line in reversed(output.strip().splitlines()) if " " not in line)
    token_out = await run_command(
        [python, "-m", "botloom", "token", "create", "--email", ADMIN_EMAIL], database.env
    )
    token = token_out.strip().splitlines()[-1]
    bot = await read_bot(database.url, typebot_id)
    began = time.perf_counter()
    now = datetime.now(UTC)
    if backend == "sqlite":
        path = Path(database.env["BOTLOOM_DATA_DIR"]) / "botloom.db"
        await asyncio.to_thread(fill_sqlite, path, bot, options.results, now)
    else:
        await fill_postgres(database.url, bot, options.results, now)
    fill_seconds = round(time.perf_counter() - began, 1)
    print(f"  filled in {fill_seconds} s", flush=True)
    timings, export = await serve_and_measure(database, typebot_id, token, options)
    return {
        "backend": backend,
        "results": options.results,
        "fill_seconds": fill_seconds,
        "timings": [asdict(t) | {"verdict": t.verdict} for t in timings],
        "export": asdict(export),
    }


async def serve_and_measure(
    database: Database, typebot_id: str, token: str, options: Options
) -> tuple[list[Timing], Export]:
    """``botloom serve`` with one worker (the process that answers, whose RSS is read)."""
    port = free_port()
    argv = [sys.executable, "-m", "botloom", "serve", "--port", str(port), "--workers", "1"]
    env = database.env | {"BOTLOOM_RETENTION_INTERVAL_SECONDS": "0"}
    async with serving(argv, env, port, database.logs / "server.log") as server:
        return await measure(server.base_url, token, typebot_id, server.pid, database.url, options)


def print_report(figures: list[dict[str, Any]]) -> None:
    """One table per backend."""
    for backend in figures:
        print(f"\n{backend['backend']}: {backend['results']:,} results ", end="")
        print(f"(filled in {backend['fill_seconds']} s)")
        print(f"  {'request':<24} {'median ms':>10} {'min':>8} {'max':>8}  target")
        for t in backend["timings"]:
            target = f"< {t['target_ms']:.0f} ms {t['verdict']}" if t["target_ms"] else ""
            print(
                f"  {t['name']:<24} {t['median_ms']:>10.1f} {t['min_ms']:>8.1f} "
                f"{t['max_ms']:>8.1f}  {target}"
            )
        e = backend["export"]
        verdict = "ok" if e["peak_rss_mb"] < EXPORT_TARGET_MB else "OVER"
        print(
            f"  CSV export: {e['rows']:,} rows, {e['megabytes']} MB in {e['seconds']} s "
            f"(first byte {e['first_byte_ms']} ms); server RSS {e['rss_before_mb']} MB before, "
            f"peak {e['peak_rss_mb']} MB (target < {EXPORT_TARGET_MB:.0f} MB {verdict})"
        )


async def main(options: Options) -> None:
    """Run every backend, print the figures and save them."""
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="botloom-bench-results-") as root:
        databases = Databases(Path(root))
        try:
            for backend in options.backends:
                figures.append(await bench_backend(databases, backend, options))
        finally:
            databases.close()
    print_report(figures)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS_DIR / f"results-{stamp}.json"
    path.write_text(
        json.dumps(
            {
                "options": asdict(options),
                "commit": await git_commit(),
                "machine": {"python": platform.python_version(), "platform": platform.platform()},
                "figures": figures,
            },
            indent=2,
        )
    )
    print(f"\nSaved to {path.relative_to(REPO)}")


if __name__ == "__main__":
    asyncio.run(main(parse_options()))
