"""Bot JavaScript in worker processes, so that no script can take the server down.

V8 enforces the sandbox's time and heap limits, but some allocations make it abort the whole
process ("Fatal JavaScript out of memory"). Scripts therefore run in a few worker processes
(``python -m botloom.integrations.js_worker``); a worker that dies fails only the scripts it was
running, and is replaced. Each chat turn gets its own sandbox (a V8 isolate) in one worker, so
bots never share a JavaScript environment.

Parent and worker speak JSON lines over the worker's stdin and stdout.
"""

import asyncio
import contextlib
import dataclasses
import itertools
import json
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from botloom.engine.js import FetchFn, JsError, JsLimits

logger = logging.getLogger(__name__)

WORKERS = 2
ISOLATES_PER_WORKER = 8
"""Sandboxes with an isolate open at once on one worker; more wait for a place. Bounded so
that the worker's memory cap (``JsLimits.worker_memory_mb``) holds every heap at its limit."""
GRACE_S = 2.0
"""How long past its own time limit a script may take before its worker is presumed stuck."""
STREAM_LIMIT = 64 * 2**20


@dataclass
class _Worker:
    process: asyncio.subprocess.Process
    pending: dict[int, asyncio.Future[dict[str, Any]]] = field(default_factory=dict)
    fetchers: dict[int, FetchFn | None] = field(default_factory=dict)
    reader: asyncio.Task[None] | None = None
    tasks: set[asyncio.Task[None]] = field(default_factory=set)


class JsWorkerPool:
    """A few worker processes hosting sandboxes; hand out one :class:`RemoteSandbox` per turn."""

    def __init__(self, limits: JsLimits | None = None, workers: int = WORKERS) -> None:
        self.limits = limits or JsLimits()
        self._size = workers
        self._workers: list[_Worker | None] = [None] * workers
        self._ids = itertools.count(1)
        self._next = itertools.count()
        self._lock = asyncio.Lock()
        self.places = [asyncio.Semaphore(ISOLATES_PER_WORKER) for _ in range(workers)]

    def sandbox(self, *, fetch: FetchFn | None = None) -> "RemoteSandbox":
        """A fresh sandbox for one turn (its isolate is only created if code runs)."""
        return RemoteSandbox(self, next(self._ids), next(self._next) % self._size, fetch)

    async def close(self) -> None:
        """Stop every worker."""
        for index, worker in enumerate(self._workers):
            if worker is not None:
                await self._stop(worker)
                self._workers[index] = None

    async def _worker(self, index: int) -> _Worker:
        async with self._lock:
            worker = self._workers[index]
            if worker is None or worker.process.returncode is not None:
                worker = await self._start()
                self._workers[index] = worker
            return worker

    async def _start(self) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "botloom.integrations.js_worker",
            json.dumps(dataclasses.asdict(self.limits)),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            limit=STREAM_LIMIT,
        )
        worker = _Worker(process)
        worker.reader = asyncio.create_task(self._read(worker), name="botloom-js-worker-reader")
        return worker

    async def _stop(self, worker: _Worker) -> None:
        with contextlib.suppress(ProcessLookupError):
            worker.process.kill()
        await worker.process.wait()
        if worker.reader is not None:
            worker.reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker.reader
        self._fail_all(worker, "the JavaScript sandbox stopped")

    async def _read(self, worker: _Worker) -> None:
        assert worker.process.stdout is not None
        while line := await worker.process.stdout.readline():
            message = json.loads(line)
            if message.get("op") == "fetch":
                task = asyncio.create_task(self._fetch(worker, message))
                worker.tasks.add(task)
                task.add_done_callback(worker.tasks.discard)
                continue
            future = worker.pending.pop(message["id"], None)
            if future is not None and not future.done():
                future.set_result(message)
        self._fail_all(worker, "the script crashed its JavaScript sandbox")

    def _fail_all(self, worker: _Worker, reason: str) -> None:
        for future in worker.pending.values():
            if not future.done():
                future.set_exception(JsError(reason))
        worker.pending.clear()

    async def _fetch(self, worker: _Worker, message: dict[str, Any]) -> None:
        fetch = worker.fetchers.get(message["box"])
        reply: dict[str, Any] = {"op": "fetched", "id": message["id"]}
        if fetch is None:
            reply["error"] = "fetch is not available here"
        else:
            try:
                reply["text"] = await fetch(message["url"], message.get("options") or {})
            except Exception as exc:  # the script sees the failure as a rejected fetch
                reply["error"] = str(exc) or type(exc).__name__
        await self._send(worker, reply)

    async def _send(self, worker: _Worker, message: dict[str, Any]) -> None:
        assert worker.process.stdin is not None
        worker.process.stdin.write(json.dumps(message).encode() + b"\n")
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            await worker.process.stdin.drain()

    async def call(
        self, index: int, box: int, fetch: FetchFn | None, message: dict[str, Any]
    ) -> dict[str, Any]:
        """Send one request to a worker and wait for its answer (or its death)."""
        worker = await self._worker(index)
        request_id = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        worker.pending[request_id] = future
        worker.fetchers[box] = fetch
        await self._send(worker, {**message, "id": request_id, "box": box})
        try:
            async with asyncio.timeout(self.limits.timeout_s + GRACE_S):
                return await future
        except TimeoutError:
            logger.error("JavaScript worker did not answer in time; restarting it")
            await self._restart(index, worker)
            raise JsError(f"timeout after {self.limits.timeout_s} s") from None

    async def _restart(self, index: int, worker: _Worker) -> None:
        async with self._lock:
            if self._workers[index] is worker:
                self._workers[index] = None
        await self._stop(worker)

    async def release(self, index: int, box: int) -> None:
        """Dispose a sandbox's isolate in its worker."""
        worker = self._workers[index]
        if worker is None or worker.process.returncode is not None:
            return
        worker.fetchers.pop(box, None)
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            await self._send(worker, {"op": "close", "box": box})


class RemoteSandbox:
    """A sandbox living in a worker process; the engine's ``JsRunner`` for one turn."""

    def __init__(self, pool: JsWorkerPool, box: int, index: int, fetch: FetchFn | None) -> None:
        self._pool = pool
        self._box = box
        self._index = index
        self._fetch = fetch
        self._used = False
        self.set_variable_calls: list[tuple[str, object]] = []

    async def run_function_body(
        self, code: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Run code as the body of an async function; ``return`` gives the result."""
        return await self._run("body", code, globals_)

    async def evaluate_expression(
        self, expression: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Evaluate an expression (or a body with its own ``return``)."""
        return await self._run("expression", expression, globals_)

    async def _run(self, mode: str, code: str, globals_: Mapping[str, object] | None) -> object:
        if not self._used:
            # The isolate is made by this first run and lives until ``close``.
            await self._pool.places[self._index].acquire()
            self._used = True
        answer = await self._pool.call(
            self._index,
            self._box,
            self._fetch,
            {"op": "run", "mode": mode, "code": code, "globals": dict(globals_ or {})},
        )
        self.set_variable_calls = [(str(n), v) for n, v in answer.get("calls", [])]
        if "error" in answer:
            raise JsError(answer["error"])
        return answer.get("value")

    async def close(self) -> None:
        """Dispose the isolate, if one was made, and give its place back."""
        if self._used:
            self._used = False
            try:
                await self._pool.release(self._index, self._box)
            finally:
                self._pool.places[self._index].release()
