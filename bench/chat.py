"""Load benchmark of the chat API: ``make bench`` (full) or ``python -m bench.chat --quick``.

For each backend (SQLite, PostgreSQL) and worker count it imports and publishes the lead-capture
bot (``tests/fixtures/bots/lead-capture.json``), starts ``botloom serve`` and measures:

- a closed loop: 64 chats at full speed, each starting a new chat when one ends;
- an open loop: 1,000 chats each replying every 2 s (500 turns/s offered), latency measured
  from the scheduled send time so a slow server cannot hide its queue (coordinated omission);
- two baselines on the same stack (FastAPI + uvicorn, same workers and database):
  ``POST /hello`` (pydantic echo) and ``POST /insert`` (one INSERT + COMMIT).

Then it measures the cost of one turn on a 10-block and a 1,000-block bot (SQLite, 1 worker).
A turn is one startChat or continueChat request. Figures are printed as tables and written to
``bench/results/chat-<timestamp>.json``. Servers run as subprocesses; everything they need
(data directories, the PostgreSQL cluster) is temporary and removed on exit, Ctrl-C included.
"""

import argparse
import asyncio
import contextlib
import dataclasses
import json
import math
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import aiohttp
from tests.support.postgres import PostgresServer, find_pg_bin, free_port, start_postgres

from bench.baseline_app import create_table

REPO = Path(__file__).resolve().parent.parent
RESULTS_DIR = REPO / "bench" / "results"
LEAD_CAPTURE = REPO / "tests" / "fixtures" / "bots" / "lead-capture.json"
LEAD_CAPTURE_PUBLIC_ID = "lead-capture"
# The replies of tests/fixtures/scenarios/lead-capture.test.json: they walk the bot from start
# to end (startChat + 5 replies, the shape of Typebot's lead-gen template, the figures to beat).
LEAD_CAPTURE_REPLIES = (
    "Hello!",
    "John",
    "john.doe@example.com",
    "Web app",
    "I need a booking page for my shop",
)
BOT_SIZES = (10, 1_000)
BOT_SIZE_REPLIES = ("Ada", "second answer", "third answer", "fourth answer")
BACKENDS = ("sqlite", "postgresql")

LATE_AFTER_S = 0.020  # an open-loop request sent later than this after its slot is "late"
OPEN_LOOP_GRACE_S = 5.0  # how long the open loop waits for requests in flight at the end
REQUEST_TIMEOUT_S = 30.0
READY_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0


# --- options -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """What to run and for how long (seconds)."""

    backends: tuple[str, ...]
    workers: tuple[int, ...]
    duration: float
    open_duration: float
    warmup: float
    concurrency: int
    open_chats: int
    open_interval: float
    size_turns: int
    quick: bool


def parse_options(argv: Sequence[str] | None = None) -> Options:
    """Read the command line; ``--quick`` shortens every phase for a smoke run."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.chat", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument("--quick", action="store_true", help="short phases (about 1.5 min in all)")
    parser.add_argument(
        "--backends", default=",".join(BACKENDS), help="comma-separated: sqlite,postgresql"
    )
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument(
        "--duration",
        type=float,
        help="seconds per load phase [10; --quick: 1]; the open loop runs at least 2 intervals",
    )
    parser.add_argument("--concurrency", type=int, default=64, help="closed-loop chats")
    parser.add_argument("--open-chats", type=int, default=1_000, help="open-loop chats")
    parser.add_argument(
        "--open-interval", type=float, default=2.0, help="seconds between a chat's turns"
    )
    parser.add_argument(
        "--size-turns",
        type=int,
        help="turns per bot in the bot-size test; 0 skips it [300; --quick: 40]",
    )
    args = parser.parse_args(argv)
    backends = tuple(b.strip() for b in args.backends.split(",") if b.strip())
    unknown = set(backends) - set(BACKENDS)
    if unknown:
        parser.error(f"unknown backend(s): {', '.join(sorted(unknown))}")
    try:
        workers = tuple(int(w) for w in args.workers.split(",") if w.strip())
    except ValueError:
        parser.error("--workers takes integers, e.g. 1,2")
    if not workers or min(workers) < 1:
        parser.error("--workers needs counts >= 1")
    duration = args.duration or (1.0 if args.quick else 10.0)
    # The open loop needs at least two intervals for chats to get past startChat.
    open_duration = max(duration, 2 * args.open_interval)
    size_turns = args.size_turns if args.size_turns is not None else (40 if args.quick else 300)
    return Options(
        backends=backends,
        workers=workers,
        duration=duration,
        open_duration=open_duration,
        warmup=0.3 if args.quick else 2.0,
        concurrency=args.concurrency,
        open_chats=args.open_chats,
        open_interval=args.open_interval,
        size_turns=size_turns,
        quick=args.quick,
    )


# --- measuring -------------------------------------------------------------------------------


@dataclass
class Recorder:
    """Every answer of one phase: (kind, completion time, latency) for successes, and errors."""

    samples: list[tuple[str, float, float]] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    error_examples: dict[str, str] = field(default_factory=dict)
    in_flight: int = 0

    def ok(self, kind: str, end: float, latency: float) -> None:
        self.samples.append((kind, end, latency))

    def error(self, kind: str, example: str = "") -> None:
        self.errors[kind] += 1
        if example and kind not in self.error_examples:
            self.error_examples[kind] = example[:300]


def percentile(sorted_values: Sequence[float], q: float) -> float | None:
    """The nearest-rank ``q``-th percentile of already sorted values (None if there are none)."""
    if not sorted_values:
        return None
    rank = max(0, math.ceil(q / 100 * len(sorted_values)) - 1)
    return sorted_values[rank]


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value * 1000, 2)


@dataclass
class LoadResult:
    """The figures of one load phase; latencies in milliseconds."""

    name: str
    duration_s: float
    ok: int
    errors: int
    turns_per_s: float
    mean_ms: float | None
    p50_ms: float | None
    p99_ms: float | None
    max_ms: float | None
    client_cpu_pct: float
    error_kinds: dict[str, int]
    error_examples: dict[str, str]
    offered_per_s: float | None = None
    late: int | None = None
    dropped: int | None = None
    unfinished: int | None = None
    by_kind_mean_ms: dict[str, float | None] = field(default_factory=dict)


def summarize(
    name: str, rec: Recorder, start: float, end: float, cpu_seconds: float, **extra: Any
) -> LoadResult:
    """Throughput counts successes completed inside [start, end]; latencies count them all."""
    duration = end - start
    latencies = sorted(latency for _, _, latency in rec.samples)
    in_window = sum(1 for _, done, _ in rec.samples if start <= done <= end)
    kinds = sorted({kind for kind, _, _ in rec.samples})
    by_kind = {kind: _ms(_mean([lat for k, _, lat in rec.samples if k == kind])) for kind in kinds}
    return LoadResult(
        name=name,
        duration_s=round(duration, 2),
        ok=len(rec.samples),
        errors=sum(rec.errors.values()),
        turns_per_s=round(in_window / duration, 1) if duration > 0 else 0.0,
        mean_ms=_ms(_mean(latencies)),
        p50_ms=_ms(percentile(latencies, 50)),
        p99_ms=_ms(percentile(latencies, 99)),
        max_ms=_ms(latencies[-1] if latencies else None),
        client_cpu_pct=round(100 * cpu_seconds / duration, 1) if duration > 0 else 0.0,
        error_kinds=dict(rec.errors.most_common()),
        error_examples=rec.error_examples,
        by_kind_mean_ms=by_kind,
        **extra,
    )


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def new_client(limit: int) -> aiohttp.ClientSession:
    """One HTTP client for a whole phase, with as many connections as there are visitors."""
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=limit),
        timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S),
    )


async def timed_post(
    client: aiohttp.ClientSession,
    rec: Recorder,
    kind: str,
    url: str,
    body: dict[str, Any],
    *,
    scheduled: float | None = None,
    require: str | None = None,
) -> dict[str, Any] | None:
    """POST JSON and record the outcome; the parsed body on HTTP 200, else None.

    Latency runs from ``scheduled`` when given (open loop), else from the actual send.
    ``require`` names a key the JSON answer must have (an error otherwise).
    """
    loop = asyncio.get_running_loop()
    sent = loop.time()
    rec.in_flight += 1
    try:
        async with client.post(url, json=body) as response:
            text = await response.text()
            status = response.status
    except (aiohttp.ClientError, TimeoutError) as exc:
        rec.error(f"{kind}: {type(exc).__name__}", str(exc))
        return None
    finally:
        rec.in_flight -= 1
    if status != 200:
        rec.error(f"{kind}: HTTP {status}", text)
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        rec.error(f"{kind}: invalid JSON", text)
        return None
    if not isinstance(data, dict) or (require is not None and require not in data):
        rec.error(f"{kind}: answer without {require or 'a JSON object'}", text)
        return None
    done = loop.time()
    rec.ok(kind, done, done - (sent if scheduled is None else scheduled))
    return data


# --- visitors: what one simulated client sends next -----------------------------------------


class Visitor(Protocol):
    """A simulated client that sends one request at a time."""

    async def step(
        self, client: aiohttp.ClientSession, rec: Recorder, scheduled: float | None = None
    ) -> None:
        """Send the next request and take in its answer."""


class ChatVisitor:
    """Walks a bot: startChat, then one continueChat per reply, then a new chat.

    A failed turn abandons the chat, so the next step starts a new one.
    """

    def __init__(self, base_url: str, public_id: str, replies: Sequence[str]) -> None:
        self.start_url = f"{base_url}/api/v1/typebots/{public_id}/startChat"
        self.base_url = base_url
        self.replies = replies
        self.session_id: str | None = None
        self.replied = 0

    async def step(
        self, client: aiohttp.ClientSession, rec: Recorder, scheduled: float | None = None
    ) -> None:
        if self.session_id is None:
            data = await timed_post(
                client,
                rec,
                "startChat",
                self.start_url,
                {},
                scheduled=scheduled,
                require="sessionId",
            )
            self.session_id = str(data["sessionId"]) if data else None
            self.replied = 0
            return
        url = f"{self.base_url}/api/v1/sessions/{self.session_id}/continueChat"
        body = {"message": {"type": "text", "text": self.replies[self.replied]}}
        data = await timed_post(client, rec, "continueChat", url, body, scheduled=scheduled)
        self.replied += 1
        if data is None or self.replied >= len(self.replies):
            self.session_id = None


class RequestVisitor:
    """Sends the same request again and again (the baselines)."""

    def __init__(self, url: str, kind: str) -> None:
        self.url = url
        self.kind = kind

    async def step(
        self, client: aiohttp.ClientSession, rec: Recorder, scheduled: float | None = None
    ) -> None:
        body = {"name": "bench", "text": "I need help growing my audience"}
        await timed_post(client, rec, self.kind, self.url, body, scheduled=scheduled)


# --- load patterns ---------------------------------------------------------------------------


async def closed_loop(
    name: str, make_visitor: Callable[[], Visitor], concurrency: int, duration: float
) -> LoadResult:
    """``concurrency`` visitors, each sending its next request as soon as the last one is done."""
    rec = Recorder()
    loop = asyncio.get_running_loop()
    async with new_client(concurrency) as client:
        cpu_before = time.process_time()
        start = loop.time()
        deadline = start + duration

        async def run(visitor: Visitor) -> None:
            while loop.time() < deadline:
                await visitor.step(client, rec)

        await asyncio.gather(*(run(make_visitor()) for _ in range(concurrency)))
        cpu = time.process_time() - cpu_before
    return summarize(name, rec, start, deadline, cpu)


@dataclass
class Schedule:
    """Counts of the open loop's requests that did not go out on time."""

    late: int = 0
    dropped: int = 0


async def open_loop(
    name: str,
    make_visitor: Callable[[], Visitor],
    visitors: int,
    interval: float,
    duration: float,
) -> LoadResult:
    """Each visitor has a send slot every ``interval`` s, the visitors' slots evenly spread.

    A visitor waits for its answer before sending again (a chat is sequential), so when the
    server is slow the next request goes out late, at once; its latency still counts from its
    slot. Slots that pass the end of the phase unsent are "dropped"; requests still unanswered
    ``OPEN_LOOP_GRACE_S`` after the end are cancelled and counted as "unfinished".
    """
    rec = Recorder()
    schedule = Schedule()
    loop = asyncio.get_running_loop()
    async with new_client(visitors) as client:
        cpu_before = time.process_time()
        start = loop.time() + 0.1
        end = start + duration

        async def run(visitor: Visitor, slot: float) -> None:
            while slot < end:
                now = loop.time()
                if now >= end:
                    schedule.dropped += math.ceil((end - slot) / interval)
                    return
                if now < slot:
                    await asyncio.sleep(slot - now)
                elif now - slot > LATE_AFTER_S:
                    schedule.late += 1
                await visitor.step(client, rec, scheduled=slot)
                slot += interval

        tasks = [
            asyncio.create_task(run(make_visitor(), start + i * interval / visitors))
            for i in range(visitors)
        ]
        try:
            await asyncio.wait(tasks, timeout=end + OPEN_LOOP_GRACE_S - loop.time())
            unfinished = rec.in_flight
        finally:  # also on Ctrl-C: no visitor may outlive the client
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        cpu = time.process_time() - cpu_before
    return summarize(
        name,
        rec,
        start,
        end,
        cpu,
        offered_per_s=round(visitors / interval, 1),
        late=schedule.late,
        dropped=schedule.dropped,
        unfinished=unfinished,
    )


# --- processes -------------------------------------------------------------------------------


def child_env(data_dir: Path, database_url: str | None) -> dict[str, str]:
    """The environment of a server or CLI run: ours without any BOTLOOM_* but the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOTLOOM_")}
    env["BOTLOOM_DATA_DIR"] = str(data_dir)
    # One client address plays every visitor: the limits stay on, to cost what they cost,
    # but far out of reach.
    for limit in ("START_CHAT_PER_IP", "CONTINUE_CHAT_PER_IP", "CONTINUE_CHAT_PER_SESSION"):
        env[f"BOTLOOM_RATE_LIMIT_{limit}"] = "1000000/minute"
    if database_url:
        env["BOTLOOM_DATABASE_URL"] = database_url
    return env


async def run_command(argv: Sequence[str], env: dict[str, str]) -> str:
    """Run a command to completion; its stdout, or RuntimeError with its output on failure."""
    proc = await asyncio.create_subprocess_exec(
        *argv,
        cwd=REPO,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        out, _ = await proc.communicate()
    except BaseException:
        await stop_process(proc)
        raise
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{out.decode()}")
    return out.decode()


async def import_bot(path: Path, public_id: str, env: dict[str, str]) -> None:
    """``botloom import FILE --public-id ID --publish``."""
    argv = [sys.executable, "-m", "botloom", "import", str(path), "--public-id", public_id]
    await run_command([*argv, "--publish"], env)


async def stop_process(proc: asyncio.subprocess.Process) -> None:
    """SIGTERM, then SIGKILL to the whole process group (its workers) after a timeout."""
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(proc.wait(), STOP_TIMEOUT_S)
    # The group is the one this process started (start_new_session): it only holds the server.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        await proc.wait()


def log_tail(path: Path, lines: int = 30) -> str:
    """The end of a server log, to explain a failure."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def log_errors(path: Path, limit: int = 5) -> list[str]:
    """The first distinct error lines of a server log (exception messages, ERROR records)."""
    found: list[str] = []
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return found
    for line in text.splitlines():
        stripped = line.strip()
        is_error = stripped.startswith("ERROR") or (
            ("Error" in stripped or "Exception" in stripped) and not stripped.startswith("INFO")
        )
        if is_error and not stripped.startswith("File ") and stripped not in found:
            found.append(stripped[:300])
            if len(found) >= limit:
                break
    return found


STARTED = b"Application startup complete."
"""What uvicorn logs once per worker when that worker's startup is over."""


async def wait_ready(
    base_url: str, proc: asyncio.subprocess.Process, log: Path, log_start: int, workers: int
) -> None:
    """Wait until every worker has started and ``/openapi.json`` answers 200; fail if the
    server exits or takes too long. A load that began with one worker still starting would
    open all its keep-alive connections to the others, and measure fewer workers than said."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + READY_TIMEOUT_S
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as client:
        while loop.time() < deadline:
            if proc.returncode is not None:
                raise RuntimeError(f"server exited ({proc.returncode}):\n{log_tail(log)}")
            logged = await asyncio.to_thread(log.read_bytes)
            if logged[log_start:].count(STARTED) >= workers:
                with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                    async with client.get(f"{base_url}/openapi.json") as response:
                        if response.status == 200:
                            return
            await asyncio.sleep(0.2)
    raise RuntimeError(f"server not ready after {READY_TIMEOUT_S:.0f} s:\n{log_tail(log)}")


@dataclass
class Server:
    """A running server subprocess."""

    base_url: str
    log: Path
    pid: int


@contextlib.asynccontextmanager
async def serving(
    argv: Sequence[str], env: dict[str, str], port: int, log: Path, workers: int = 1
) -> AsyncIterator[Server]:
    """Start a server subprocess (output to ``log``), wait until all ``workers`` are ready,
    stop it on exit."""
    with log.open("ab") as log_file:
        log_start = log_file.tell()
        proc = await asyncio.create_subprocess_exec(
            *argv,
            cwd=REPO,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=log_file,
            stderr=asyncio.subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        base_url = f"http://127.0.0.1:{port}"
        await wait_ready(base_url, proc, log, log_start, workers)
        yield Server(base_url=base_url, log=log, pid=proc.pid)
    finally:
        await stop_process(proc)


def botloom_argv(port: int, workers: int) -> list[str]:
    """``botloom serve`` (it migrates, then runs uvicorn)."""
    return [
        *[sys.executable, "-m", "botloom", "serve"],
        *["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
    ]


def baseline_argv(port: int, workers: int) -> list[str]:
    """uvicorn on the baseline app, configured like ``botloom serve``."""
    return [
        *[sys.executable, "-m", "uvicorn", "bench.baseline_app:create_app", "--factory"],
        *["--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
        *["--timeout-graceful-shutdown", "5"],
    ]


# --- databases -------------------------------------------------------------------------------


@dataclass
class Database:
    """Where one configuration keeps its data: the env for Botloom and the URL for SQLAlchemy."""

    env: dict[str, str]
    url: str
    logs: Path


class Databases:
    """Fresh databases under one temporary root; PostgreSQL's cluster starts on first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.postgres: PostgresServer | None = None
        self.count = 0

    async def new(self, backend: str) -> Database:
        """An empty database of ``backend`` with its own data directory."""
        self.count += 1
        data_dir = self.root / f"{backend}-{self.count}"
        data_dir.mkdir()
        if backend == "sqlite":
            url = f"sqlite+aiosqlite:///{data_dir / 'botloom.db'}"
            return Database(env=child_env(data_dir, None), url=url, logs=data_dir)
        server = await self._postgres()
        name = f"bench_{self.count}"
        await asyncio.to_thread(server.create_database, name)
        url = server.url(name)
        return Database(env=child_env(data_dir, url), url=url, logs=data_dir)

    async def _postgres(self) -> PostgresServer:
        if self.postgres is None:
            bin_dir = find_pg_bin()
            if bin_dir is None:
                raise RuntimeError("PostgreSQL is not installed (no initdb found)")
            print("Starting a throwaway PostgreSQL cluster...", flush=True)
            self.postgres = await asyncio.to_thread(start_postgres, bin_dir)
        return self.postgres

    def close(self) -> None:
        """Stop PostgreSQL and remove every data directory."""
        if self.postgres is not None:
            try:
                self.postgres.stop()
            except Exception as exc:
                print(f"warning: stopping PostgreSQL: {exc}", file=sys.stderr)
            self.postgres = None
        shutil.rmtree(self.root, ignore_errors=True)


# --- generated bots --------------------------------------------------------------------------


def text_bubble(block_id: str, text: str) -> dict[str, Any]:
    """A Typebot text bubble with one paragraph."""
    paragraph = {"type": "p", "children": [{"text": text}]}
    return {"id": block_id, "type": "text", "content": {"richText": [paragraph]}}


def chain_bot(blocks: int, bot_id: str) -> dict[str, Any]:
    """A valid Typebot 6.1 bot of ``blocks`` blocks: groups chained by edges, each a text
    bubble and a text input saving to its own variable; every third bubble says ``{{Name}}``."""
    count = max(1, blocks // 2)
    variables = [
        {"id": f"v{bot_id}{i}", "name": "Name" if i == 0 else f"Answer {i}"} for i in range(count)
    ]
    start_edge = f"e{bot_id}start"
    events = [
        {
            "id": f"ev{bot_id}",
            "type": "start",
            "graphCoordinates": {"x": 0, "y": 0},
            "outgoingEdgeId": start_edge,
        }
    ]
    edges: list[dict[str, Any]] = [
        {"id": start_edge, "from": {"eventId": f"ev{bot_id}"}, "to": {"groupId": f"g{bot_id}0"}}
    ]
    groups = []
    for i in range(count):
        text = f"Step {i + 1}, {{{{Name}}}}." if i % 3 == 1 else f"Question {i + 1}?"
        text_input: dict[str, Any] = {
            "id": f"i{bot_id}{i}",
            "type": "text input",
            "options": {"variableId": variables[i]["id"]},
        }
        if i + 1 < count:
            edge_id = f"e{bot_id}{i}"
            text_input["outgoingEdgeId"] = edge_id
            edges.append(
                {
                    "id": edge_id,
                    "from": {"blockId": text_input["id"]},
                    "to": {"groupId": f"g{bot_id}{i + 1}"},
                }
            )
        groups.append(
            {
                "id": f"g{bot_id}{i}",
                "title": f"Group {i + 1}",
                "graphCoordinates": {"x": 400 * (i % 20), "y": 300 * (i // 20)},
                "blocks": [text_bubble(f"t{bot_id}{i}", text), text_input],
            }
        )
    return {
        "version": "6.1",
        "id": bot_id,
        "name": f"Bench chain of {blocks} blocks",
        "events": events,
        "groups": groups,
        "edges": edges,
        "variables": variables,
        "theme": {},
        "settings": {},
    }


# --- the benchmark ---------------------------------------------------------------------------


@dataclass
class ConfigResult:
    """One backend and worker count: the chat and baseline phases."""

    backend: str
    workers: int
    phases: list[LoadResult]
    chat_vs_insert_pct: float | None
    server_log_errors: list[str]
    failure: str | None = None


async def measure_chat_server(
    db: Database, workers: int, opts: Options
) -> tuple[list[LoadResult], list[str]]:
    """Import and publish lead-capture, serve it with Botloom, run the closed and open loops."""
    await import_bot(LEAD_CAPTURE, LEAD_CAPTURE_PUBLIC_ID, db.env)
    port = free_port()
    log = db.logs / "botloom.log"
    async with serving(botloom_argv(port, workers), db.env, port, log, workers) as server:

        def visitor() -> Visitor:
            return ChatVisitor(server.base_url, LEAD_CAPTURE_PUBLIC_ID, LEAD_CAPTURE_REPLIES)

        await closed_loop("warmup", visitor, opts.concurrency, opts.warmup)
        closed = await closed_loop(
            f"chat closed ({opts.concurrency})", visitor, opts.concurrency, opts.duration
        )
        print_progress(closed)
        rate = opts.open_chats / opts.open_interval
        opened = await open_loop(
            f"chat open ({rate:.0f}/s)",
            visitor,
            opts.open_chats,
            opts.open_interval,
            opts.open_duration,
        )
        print_progress(opened)
    return [closed, opened], log_errors(log)


async def measure_baselines(db: Database, workers: int, opts: Options) -> list[LoadResult]:
    """Serve the baseline app on the same database; closed loops on /hello and /insert."""
    await create_table(db.url)
    port = free_port()
    log = db.logs / "baseline.log"
    results = []
    async with serving(baseline_argv(port, workers), db.env, port, log, workers) as server:
        for path in ("/hello", "/insert"):

            def visitor(url: str = server.base_url + path, kind: str = path) -> Visitor:
                return RequestVisitor(url, kind)

            await closed_loop("warmup", visitor, opts.concurrency, opts.warmup)
            result = await closed_loop(
                f"baseline {path} ({opts.concurrency})", visitor, opts.concurrency, opts.duration
            )
            print_progress(result)
            results.append(result)
    return results


async def measure_config(
    databases: Databases, backend: str, workers: int, opts: Options
) -> ConfigResult:
    """Chat and baselines for one backend and worker count, on one fresh database."""
    print(f"\n== {backend}, {workers} worker(s) ==", flush=True)
    db = await databases.new(backend)
    chat, log_errs = await measure_chat_server(db, workers, opts)
    baselines = await measure_baselines(db, workers, opts)
    insert = baselines[1].turns_per_s
    pct = round(100 * chat[0].turns_per_s / insert, 1) if insert else None
    return ConfigResult(backend, workers, [*chat, *baselines], pct, log_errs)


@dataclass
class BotSizeResult:
    """Per-turn latency of one chat at a time, on a small and a large bot."""

    turns_per_bot: int
    chat_length: int
    bots: dict[str, LoadResult]
    mean_ratio: float | None
    p50_ratio: float | None
    server_log_errors: list[str]


async def measure_bot_size(databases: Databases, opts: Options) -> BotSizeResult:
    """Serve a 10-block and a 1,000-block bot (SQLite, 1 worker); one chat at a time, the
    two bots taking turns chat by chat so drift affects both alike."""
    print(f"\n== bot size: {' vs '.join(str(s) for s in BOT_SIZES)} blocks ==", flush=True)
    db = await databases.new("sqlite")
    for size in BOT_SIZES:
        path = db.logs / f"chain-{size}.json"
        path.write_text(json.dumps(chain_bot(size, f"benchchain{size}")))
        await import_bot(path, f"chain-{size}", db.env)
    port = free_port()
    log = db.logs / "botloom.log"
    chat_length = 1 + len(BOT_SIZE_REPLIES)
    chats = max(1, opts.size_turns // chat_length)
    recs = {size: Recorder() for size in BOT_SIZES}
    async with serving(botloom_argv(port, 1), db.env, port, log) as server, new_client(1) as client:
        visitors = {
            size: ChatVisitor(server.base_url, f"chain-{size}", BOT_SIZE_REPLIES)
            for size in BOT_SIZES
        }
        for size in BOT_SIZES:  # warm up: a few chats each, not recorded
            for _ in range(3 * chat_length):
                await visitors[size].step(client, Recorder())
        loop = asyncio.get_running_loop()
        cpu_before, start = time.process_time(), loop.time()
        for _ in range(chats):
            for size in BOT_SIZES:
                for _ in range(chat_length):
                    await visitors[size].step(client, recs[size])
        end, cpu = loop.time(), time.process_time() - cpu_before
    bots = {
        f"{size} blocks": summarize(f"{size} blocks", recs[size], start, end, cpu)
        for size in BOT_SIZES
    }
    small, large = bots[f"{BOT_SIZES[0]} blocks"], bots[f"{BOT_SIZES[-1]} blocks"]
    return BotSizeResult(
        turns_per_bot=chats * chat_length,
        chat_length=chat_length,
        bots=bots,
        mean_ratio=_ratio(large.mean_ms, small.mean_ms),
        p50_ratio=_ratio(large.p50_ms, small.p50_ms),
        server_log_errors=log_errors(log),
    )


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


# --- reporting -------------------------------------------------------------------------------


def _fmt(value: float | int | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}"


def print_progress(result: LoadResult) -> None:
    """One line per phase as it finishes."""
    print(
        f"  {result.name:<24} {result.turns_per_s:>8.1f} turns/s  p50 {_fmt(result.p50_ms)} ms"
        f"  p99 {_fmt(result.p99_ms)} ms  errors {result.errors}",
        flush=True,
    )


def print_configs(configs: list[ConfigResult]) -> None:
    """The main table: one row per phase of each configuration."""
    header = (
        f"{'backend':<11}{'wrk':>4}  {'phase':<24}{'turns/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'errors':>8}{'cli cpu':>9}  notes"
    )
    print("\n" + header)
    print("-" * len(header))
    for config in configs:
        if config.failure is not None:
            first_line = config.failure.splitlines()[0] if config.failure else "?"
            print(f"{config.backend:<11}{config.workers:>4}  FAILED: {first_line[:150]}\n")
            continue
        for r in config.phases:
            notes = ""
            if r.offered_per_s is not None:
                notes = (
                    f"offered {r.offered_per_s:.0f}/s, late {r.late}, dropped {r.dropped}, "
                    f"unfinished {r.unfinished}"
                )
            print(
                f"{config.backend:<11}{config.workers:>4}  {r.name:<24}{r.turns_per_s:>9.1f}"
                f"{_fmt(r.p50_ms):>9}{_fmt(r.p99_ms):>9}{r.errors:>8}"
                f"{r.client_cpu_pct:>8.0f}%  {notes}"
            )
        pct = config.chat_vs_insert_pct
        verdict = "-" if pct is None else ("OK" if pct >= 70 else "BELOW TARGET")
        print(
            f"{config.backend:<11}{config.workers:>4}  chat closed vs /insert: {_fmt(pct)} %"
            f" (target >= 70 %: {verdict})"
        )
        print()


def print_errors(
    configs: list[ConfigResult], size: BotSizeResult | None, meta: dict[str, Any]
) -> None:
    """Failed configurations, every kind of error seen with an example answer, and the
    servers' own error lines."""
    failures = [(f"{c.backend}/{c.workers}w", c.failure) for c in configs if c.failure]
    if meta.get("bot_size_failure"):
        failures.append(("bot size", meta["bot_size_failure"]))
    for where, failure in failures:
        print(f"FAILED {where}:\n{failure}\n")
    rows: list[tuple[str, LoadResult]] = [
        (f"{c.backend}/{c.workers}w", r) for c in configs for r in c.phases
    ]
    if size is not None:
        rows += [("bot size", r) for r in size.bots.values()]
    logs = [(f"{c.backend}/{c.workers}w", c.server_log_errors) for c in configs]
    if size is not None:
        logs.append(("bot size", size.server_log_errors))
    if not any(r.errors for _, r in rows) and not any(lines for _, lines in logs):
        print("No errors." if not failures else "No request errors.")
        return
    print("ERRORS")
    for where, r in rows:
        for kind, count in r.error_kinds.items():
            example = r.error_examples.get(kind, "")
            print(f"  {where} {r.name}: {count} x {kind}  e.g. {example[:160]!r}")
    for where, lines in logs:
        for line in lines:
            print(f"  {where} server log: {line[:200]}")


def print_bot_size(size: BotSizeResult) -> None:
    """The bot-size table and the ratio against its target."""
    print(
        f"\nCost of a turn vs bot size (SQLite, 1 worker, one chat at a time, "
        f"{size.turns_per_bot} turns per bot, chats of {size.chat_length} turns)"
    )
    header = (
        f"{'bot':<14}{'mean ms':>9}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'start ms':>10}{'cont. ms':>10}{'errors':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, r in size.bots.items():
        print(
            f"{name:<14}{_fmt(r.mean_ms, 2):>9}{_fmt(r.p50_ms, 2):>9}{_fmt(r.p99_ms, 2):>9}"
            f"{_fmt(r.by_kind_mean_ms.get('startChat'), 2):>10}"
            f"{_fmt(r.by_kind_mean_ms.get('continueChat'), 2):>10}{r.errors:>8}"
        )
    ratio = size.mean_ratio
    verdict = "-" if ratio is None else ("OK" if ratio <= 1.10 else "BELOW TARGET")
    print(
        f"1,000-block / 10-block: mean x{_fmt(ratio, 3)}, p50 x{_fmt(size.p50_ratio, 3)}"
        f" (target: mean within 10 %: {verdict})"
    )


def write_json(
    opts: Options, configs: list[ConfigResult], size: BotSizeResult | None, meta: dict[str, Any]
) -> Path:
    """Write every figure to ``bench/results/chat-<timestamp>.json``; returns the path."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"chat-{meta['started_at'].replace(':', '').replace('-', '')}.json"
    payload = {
        **meta,
        "options": dataclasses.asdict(opts),
        "late_after_ms": LATE_AFTER_S * 1000,
        "configs": [dataclasses.asdict(c) for c in configs],
        "bot_size": dataclasses.asdict(size) if size else None,
    }
    path.write_text(json.dumps(payload, indent=2) + "\n")
    return path


async def git_commit() -> str | None:
    """The checked-out commit, with ``-dirty`` if the tree has changes (read-only git calls)."""
    try:
        head = (await run_command(["git", "rev-parse", "HEAD"], dict(os.environ))).strip()
        status = await run_command(["git", "status", "--porcelain"], dict(os.environ))
    except (RuntimeError, OSError):
        return None
    return head + ("-dirty" if status.strip() else "")


# --- main ------------------------------------------------------------------------------------


async def run(opts: Options) -> tuple[list[ConfigResult], BotSizeResult | None, dict[str, Any]]:
    """Every configuration, then the bot-size test; temporary data is removed whatever happens."""
    meta: dict[str, Any] = {
        "started_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": await git_commit(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    databases = Databases(Path(tempfile.mkdtemp(prefix="botloom-bench-")))
    configs: list[ConfigResult] = []
    size: BotSizeResult | None = None
    try:
        for backend in opts.backends:
            for workers in opts.workers:
                try:
                    configs.append(await measure_config(databases, backend, workers, opts))
                except Exception as exc:  # report it and go on with the other configurations
                    print(f"  FAILED: {exc}", flush=True)
                    configs.append(ConfigResult(backend, workers, [], None, [], failure=str(exc)))
        if opts.size_turns > 0:
            try:
                size = await measure_bot_size(databases, opts)
            except Exception as exc:
                print(f"  FAILED: {exc}", flush=True)
                meta["bot_size_failure"] = str(exc)
    finally:
        databases.close()
    return configs, size, meta


async def main_async(opts: Options) -> int:
    """Run with SIGTERM handled like Ctrl-C, so the servers are always stopped."""
    task = asyncio.current_task()
    loop = asyncio.get_running_loop()
    if task is not None:
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
    began = time.monotonic()
    configs, size, meta = await run(opts)
    meta["elapsed_s"] = round(time.monotonic() - began, 1)
    print(
        f"\nBotloom chat benchmark ({meta['cpus']} CPUs, Python {meta['python']}); "
        f"closed loop {opts.concurrency} chats x {opts.duration:g} s, open loop "
        f"{opts.open_chats} chats every {opts.open_interval:g} s x {opts.open_duration:g} s; "
        f"late = sent > {LATE_AFTER_S * 1000:.0f} ms after its slot"
    )
    print_configs(configs)
    if size is not None:
        print_bot_size(size)
    print()
    print_errors(configs, size, meta)
    path = write_json(opts, configs, size, meta)
    print(f"\nResults: {path.relative_to(REPO)}  (took {meta['elapsed_s']:.0f} s)")
    failed = any(c.failure for c in configs) or "bot_size_failure" in meta
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse options and run; Ctrl-C stops cleanly."""
    opts = parse_options(argv)
    try:
        return asyncio.run(main_async(opts))
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("\nInterrupted; servers stopped and temporary data removed.", file=sys.stderr)
        return 130
    except RuntimeError as exc:
        print(f"\nbench failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
