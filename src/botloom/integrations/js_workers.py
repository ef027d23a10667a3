"""Bot JavaScript in worker processes, so that no script can take the server down.

V8 enforces the sandbox's time and heap limits, but some allocations make it abort the whole
process ("Fatal JavaScript out of memory"). Scripts therefore run in a few worker processes
(``python -m botloom.integrations.js_worker``); a worker that dies fails only the scripts it was
running, and is replaced. Each chat turn gets its own sandbox (a V8 isolate) in one worker, so
bots never share a JavaScript environment.

Parent and worker speak JSON lines over the worker's stdin and stdout, none longer than
``JsLimits.message_max_bytes``. A script's ``fetch`` is performed here, in the parent: the
fetches of one turn share a byte budget (``JsLimits.fetch_max_bytes``), and a fetch still
running when its script ends (or runs out of time) is cancelled.
"""

import asyncio
import contextlib
import dataclasses
import itertools
import json
import logging
import sys
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from botloom.engine.http import ByteBudget
from botloom.engine.js import JsError, JsLimits
from botloom.integrations.js_worker import encode_line

if TYPE_CHECKING:
    from botloom.settings import Settings

logger = logging.getLogger(__name__)

WORKERS = 2
ISOLATES_PER_WORKER = 8
"""Sandboxes with an isolate open at once on one worker; more wait for a place. Bounded so
that the worker's memory cap (``JsLimits.worker_memory_mb``) holds every heap at its limit."""
GRACE_S = 2.0
"""How long past its own time limit a script may take before its worker is presumed stuck."""
_MAX_ERROR_CHARS = 1000

HostFetch = Callable[[str, dict[str, object], ByteBudget], Awaitable[str]]
"""``fetch(url, options, budget)`` of scripts, performed by the server: the response text,
its bytes taken from ``budget`` (the turn's) as they arrive."""


@dataclass
class _Worker:
    process: asyncio.subprocess.Process
    pending: dict[int, asyncio.Future[dict[str, Any]]] = field(default_factory=dict)
    boxes: dict[int, "RemoteSandbox"] = field(default_factory=dict)
    reader: asyncio.Task[None] | None = None
    tasks: set[asyncio.Task[None]] = field(default_factory=set)


class JsWorkerPool:
    """A few worker processes hosting sandboxes; hand out one :class:`RemoteSandbox` per turn."""

    def __init__(
        self,
        limits: JsLimits | None = None,
        workers: int = WORKERS,
        isolates_per_worker: int = ISOLATES_PER_WORKER,
    ) -> None:
        """``workers`` processes, each with at most ``isolates_per_worker`` sandboxes at once."""
        self.limits = limits or JsLimits()
        self._size = workers
        self._workers: list[_Worker | None] = [None] * workers
        self._ids = itertools.count(1)
        self._next = itertools.count()
        self._lock = asyncio.Lock()
        self.places = [asyncio.Semaphore(isolates_per_worker) for _ in range(workers)]

    @classmethod
    def from_settings(cls, settings: "Settings") -> "JsWorkerPool":
        """The pool the ``BOTLOOM_JS_*`` settings describe."""
        limits = JsLimits(
            worker_memory_mb=settings.js_worker_memory_mb,
            message_max_bytes=settings.js_message_max_bytes,
            fetch_max_bytes=settings.js_fetch_max_bytes,
        )
        return cls(limits, settings.js_workers, settings.js_isolates_per_worker)

    def sandbox(self, *, fetch: HostFetch | None = None) -> "RemoteSandbox":
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
            if worker is not None and worker.reader is not None and worker.reader.done():
                # Its output ended: the process is gone even if its exit is not reaped yet,
                # and a request sent to it now would wait for an answer that never comes.
                await self._stop(worker)
                worker = None
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
            limit=self.limits.message_max_bytes,
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
        try:
            while line := await worker.process.stdout.readline():
                message = json.loads(line)
                if message.get("op") == "fetch":
                    box = worker.boxes.get(message["box"])
                    task = asyncio.create_task(self._fetch(worker, box, message))
                    tasks = box.fetches if box is not None else worker.tasks
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
                    continue
                future = worker.pending.pop(message["id"], None)
                if future is not None and not future.done():
                    future.set_result(message)
        finally:
            self._fail_all(worker, "the script crashed its JavaScript sandbox")

    def _fail_all(self, worker: _Worker, reason: str) -> None:
        for future in worker.pending.values():
            if not future.done():
                future.set_exception(JsError(reason))
        worker.pending.clear()

    async def _fetch(
        self, worker: _Worker, box: "RemoteSandbox | None", message: dict[str, Any]
    ) -> None:
        reply: dict[str, Any] = {"op": "fetched", "id": message["id"]}
        try:
            if box is None:
                raise JsError("fetch is not available here")
            reply["text"] = await box.fetch(message["url"], message.get("options") or {})
            line = encode_line(reply, self.limits.message_max_bytes, "the fetched response")
        except Exception as exc:  # the script sees the failure as a rejected fetch
            reply.pop("text", None)
            # Cut, since a message may quote the request (a URL of megabytes).
            reply["error"] = (str(exc) or type(exc).__name__)[:_MAX_ERROR_CHARS]
            line = encode_line(reply)
        await self._send(worker, line)

    async def _send(self, worker: _Worker, line: bytes) -> None:
        assert worker.process.stdin is not None
        worker.process.stdin.write(line)
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            await worker.process.stdin.drain()

    async def call(
        self, index: int, box: "RemoteSandbox", message: dict[str, Any]
    ) -> dict[str, Any]:
        """Send one request to a worker and wait for its answer (or its death). Raises
        :class:`JsError` without sending when the request is longer than the pipe allows."""
        request_id = next(self._ids)
        line = encode_line(
            {**message, "id": request_id, "box": box.box},
            self.limits.message_max_bytes,
            "the script with its variables",
        )
        worker = await self._worker(index)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        worker.pending[request_id] = future
        worker.boxes[box.box] = box
        await self._send(worker, line)
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
        worker.boxes.pop(box, None)
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            await self._send(worker, encode_line({"op": "close", "box": box}))


class RemoteSandbox:
    """A sandbox living in a worker process; the engine's ``JsRunner`` for one turn."""

    def __init__(self, pool: JsWorkerPool, box: int, index: int, fetch: HostFetch | None) -> None:
        self._pool = pool
        self.box = box
        self._index = index
        self._fetch = fetch
        self._budget = ByteBudget(pool.limits.fetch_max_bytes)
        self._deadline = 0.0
        self._used = False
        self.fetches: set[asyncio.Task[None]] = set()
        """The fetches of the running script, cancelled when it ends."""
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
        self._deadline = asyncio.get_running_loop().time() + self._pool.limits.timeout_s
        try:
            answer = await self._pool.call(
                self._index,
                self,
                {"op": "run", "mode": mode, "code": code, "globals": dict(globals_ or {})},
            )
        finally:
            await self._cancel_fetches()
        self.set_variable_calls = [(str(n), v) for n, v in answer.get("calls", [])]
        if "error" in answer:
            raise JsError(answer["error"])
        return answer.get("value")

    async def fetch(self, url: str, options: dict[str, object]) -> str:
        """Perform a ``fetch`` of the running script: within the script's time limit, and
        within what is left of the turn's byte budget."""
        if self._fetch is None:
            raise JsError("fetch is not available here")
        try:
            async with asyncio.timeout_at(self._deadline):
                return await self._fetch(url, options, self._budget)
        except TimeoutError:
            limit = self._pool.limits.timeout_s
            raise JsError(
                f"timeout: no response within the script's time limit ({limit} s)"
            ) from None

    async def _cancel_fetches(self) -> None:
        tasks = list(self.fetches)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def close(self) -> None:
        """Dispose the isolate, if one was made, and give its place back."""
        if self._used:
            self._used = False
            try:
                await self._pool.release(self._index, self.box)
            finally:
                self._pool.places[self._index].release()
