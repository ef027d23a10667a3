"""A JavaScript worker process: hosts the sandboxes of ``js_workers`` (one isolate per box).

Run as ``python -m botloom.integrations.js_worker '{"timeout_s": 10, "memory_mb": 64}'``
(``JsLimits`` fields);
requests come as JSON lines on stdin, answers go as JSON lines to stdout. Neither side ever
writes a line longer than ``JsLimits.message_max_bytes`` (:func:`encode_line`): what would be
longer fails the one script it belongs to, so the pipe cannot jam or be overrun.
"""

import asyncio
import json
import resource
import sys
from typing import Any

from botloom.engine.js import JsError, JsLimits, JsSandbox


class Worker:
    """Runs requests concurrently, each in its box's sandbox."""

    def __init__(self, limits: JsLimits) -> None:
        self._limits = limits
        self._boxes: dict[int, JsSandbox] = {}
        self._fetches: dict[int, asyncio.Future[str]] = {}
        self._fetch_ids = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._out = sys.stdout.buffer

    def _write(self, line: bytes) -> None:
        self._out.write(line)
        self._out.flush()

    def _box(self, box: int) -> JsSandbox:
        if box not in self._boxes:

            async def fetch(url: str, options: dict[str, object]) -> str:
                return await self._fetch(box, url, options)

            self._boxes[box] = JsSandbox(self._limits, fetch=fetch)
        return self._boxes[box]

    async def _fetch(self, box: int, url: str, options: dict[str, object]) -> str:
        self._fetch_ids += 1
        fetch_id = self._fetch_ids
        request = {"op": "fetch", "id": fetch_id, "box": box, "url": url, "options": options}
        line = encode_line(request, self._limits.message_max_bytes, "the fetch request")
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._fetches[fetch_id] = future
        self._write(line)
        try:
            return await future
        finally:
            self._fetches.pop(fetch_id, None)

    async def _run(self, message: dict[str, Any]) -> None:
        sandbox = self._box(message["box"])
        answer: dict[str, Any] = {"id": message["id"]}
        try:
            if message["mode"] == "expression":
                value = await sandbox.evaluate_expression(message["code"], message["globals"])
            else:
                value = await sandbox.run_function_body(message["code"], message["globals"])
            answer["value"] = value
        except (JsError, ValueError) as exc:
            answer["error"] = str(exc)
        answer["calls"] = sandbox.set_variable_calls
        limit = self._limits.message_max_bytes
        try:
            line = encode_line(answer, limit, "the script's result with its setVariable values")
        except JsError as exc:
            line = encode_line({"id": message["id"], "error": str(exc), "calls": []})
        self._write(line)

    def handle(self, message: dict[str, Any]) -> None:
        """Act on one request from the parent."""
        op = message.get("op")
        if op == "run":
            task = asyncio.create_task(self._run(message))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        elif op == "close":
            sandbox = self._boxes.pop(message["box"], None)
            if sandbox is not None:
                sandbox.close()
        elif op == "fetched":
            future = self._fetches.pop(message["id"], None)
            if future is not None and not future.done():
                if "error" in message:
                    future.set_exception(RuntimeError(message["error"]))
                else:
                    future.set_result(message["text"])


def encode_line(
    message: dict[str, Any], max_bytes: int | None = None, what: str = "the message"
) -> bytes:
    """``message`` as one JSON line of the protocol. Raises :class:`JsError` naming ``what``
    when the line would be longer than ``max_bytes`` (``None``: for messages small by
    construction, such as errors)."""
    # Non-ASCII text as UTF-8 rather than \u escapes, so it counts as its own size; lone
    # surrogates (JavaScript strings may hold them) pass, and json.loads reads them back.
    text = json.dumps(message, default=str, ensure_ascii=False)
    line = text.encode("utf-8", "surrogatepass") + b"\n"
    if max_bytes is not None and len(line) > max_bytes:
        raise JsError(
            f"{what} is too large for the JavaScript sandbox: {len(line)} bytes as JSON, "
            f"more than the limit of {max_bytes}"
        )
    return line


def cap_memory(limits: JsLimits) -> None:
    """Cap this process's data memory. V8 counts only its own heap against ``memory_mb``;
    array buffers are allocated outside it, and without this cap a script could take all of
    the machine's memory (``new Uint8Array(1e9)`` in a loop)."""
    cap = limits.worker_memory_mb * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)  # a lower limit set from outside stays
    resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))


async def main() -> None:
    """Read requests until the parent closes stdin."""
    limits = JsLimits(**json.loads(sys.argv[1])) if len(sys.argv) > 1 else JsLimits()
    cap_memory(limits)
    worker = Worker(limits)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=limits.message_max_bytes)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        worker.handle(json.loads(line))


if __name__ == "__main__":
    asyncio.run(main())
