"""JavaScript sandbox for Typebot-compatible bots (``{{= =}}`` inline code, server scripts).

Each :class:`JsSandbox` owns one V8 isolate (mini-racer), created lazily inside the running
event loop and reused across runs. Before every run the isolate's global object is reset to
the state it had right after creation (added globals deleted, replaced ones restored), so a run
only sees the globals injected for it. Creating a fresh isolate per run would give stronger
isolation but costs ~3 ms instead of ~0.4 ms; mutations of built-in objects (for example
``Array.prototype.x = 1``) therefore survive within one sandbox, which is one chat session.

Python never makes a blocking call into a possibly busy isolate: a synchronous call would
stall the whole event loop until the script yields, which an endless loop never does. So the
host ``fetch`` is not built on ``wrap_py_function`` (it resolves promises synchronously);
instead the script queues requests in JS, and Python collects them and the final outcome by
polling with cancelable calls, delivering fetch responses the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Self, cast

from py_mini_racer import JSEvalException, JSOOMException, MiniRacer

FetchFn = Callable[[str, dict[str, object]], Awaitable[str]]
"""Host ``fetch(url, options)``: performs the request and returns the response text."""

_Mode = Literal["body", "expression"]

_MAX_POLL_DELAY_S = 0.02

# Installed as a frozen, non-deletable global under a random name (NAME); scripts could find
# and call it but gain nothing they cannot already do. Results travel as JSON strings, which
# convert without further calls into the isolate.
_RUNNER_JS = r"""
(() => {
  'use strict';
  const AsyncFunction = (async () => {}).constructor;
  const { ownKeys, getOwnPropertyDescriptor, defineProperty, deleteProperty } = Reflect;
  const { stringify, parse } = JSON;
  const { isExtensible } = Object;
  const HostError = Error;
  const NativePromise = Promise;
  const timers = globalThis.__timer_manager;
  const baseline = new Map(
    ownKeys(globalThis).map((key) => [key, getOwnPropertyDescriptor(globalThis, key)]),
  );
  const sameDescriptor = (a, b) =>
    Object.is(a.value, b.value) && a.get === b.get && a.set === b.set &&
    a.writable === b.writable && a.enumerable === b.enumerable &&
    a.configurable === b.configurable;

  const resetGlobals = () => {
    let clean = isExtensible(globalThis);
    for (const key of ownKeys(globalThis)) {
      if (!baseline.has(key) && !deleteProperty(globalThis, key)) clean = false;
    }
    for (const [key, descriptor] of baseline) {
      const current = getOwnPropertyDescriptor(globalThis, key);
      if (current && sameDescriptor(current, descriptor)) continue;
      if (!defineProperty(globalThis, key, descriptor)) clean = false;
    }
    return clean;
  };

  const encode = (value) =>
    stringify(value, (key, item) => (typeof item === 'bigint' ? item.toString() : item));
  const snapshot = (value) => {
    const text = encode(value);
    return text === undefined ? null : parse(text);
  };
  const describe = (error) => {
    try {
      return error instanceof HostError ? `${error.name}: ${error.message}` : String(error);
    } catch {
      return 'uncaught exception';
    }
  };
  const compile = (code, mode) => {
    if (mode === 'expression') {
      try {
        return new AsyncFunction(`return (${code}\n)`);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
      }
    }
    return new AsyncFunction(code);
  };

  let run = null;
  let nextRequestId = 0;
  const setGlobal = (key, value) => defineProperty(
    globalThis, key, { value, writable: true, enumerable: true, configurable: true },
  );
  const settle = (state, outcome) => {
    if (state.done !== null) return;
    let text;
    try {
      const result = 'error' in outcome ? outcome : { value: snapshot(outcome.value) };
      text = encode({ ...result, calls: state.calls });
    } catch (error) {
      text = encode({ error: describe(error), calls: state.calls });
    }
    state.done = text;
    try { timers.pending.clear(); } catch {}
  };
  const hostFetch = (state, url, options) => new NativePromise((resolve, reject) => {
    const id = nextRequestId++;
    state.requests.push([id, String(url), encode(options ?? {})]);
    state.waiting.set(id, { resolve, reject });
  });

  const start = (globalsJson, code, mode, withFetch) => {
    if (!resetGlobals()) return 'dirty';
    const state = { calls: [], requests: [], waiting: new Map(), done: null };
    run = state;
    const injected = parse(globalsJson);
    for (const key of ownKeys(injected)) setGlobal(key, injected[key]);
    setGlobal('global', globalThis);
    setGlobal('setVariable', (name, value) => {
      state.calls.push([String(name), snapshot(value)]);
    });
    if (withFetch) setGlobal('fetch', (url, options) => hostFetch(state, url, options));
    let fn;
    try {
      fn = compile(code, mode);
    } catch (error) {
      settle(state, { error: describe(error) });
      return '';
    }
    fn().then(
      (value) => settle(state, { value }),
      (error) => settle(state, { error: describe(error) }),
    );
    return '';
  };
  const poll = () => {
    const requests = run.requests;
    run.requests = [];
    return `{"requests":${stringify(requests)},"done":${run.done ?? 'null'}}`;
  };
  const deliver = (id, ok, text) => {
    const waiter = run.waiting.get(id);
    if (waiter === undefined) return '';
    run.waiting.delete(id);
    if (ok) waiter.resolve(text); else waiter.reject(new HostError(text));
    return '';
  };
  defineProperty(globalThis, NAME, { value: Object.freeze({ start, poll, deliver }) });
  baseline.set(NAME, getOwnPropertyDescriptor(globalThis, NAME));
})()
"""


@dataclass(frozen=True)
class JsLimits:
    """Resource limits applied to every run of a :class:`JsSandbox`."""

    timeout_s: float = 10.0
    memory_mb: int = 64
    """V8's heap limit per sandbox. Array buffers live outside that heap, so worker processes
    also cap their data memory (``worker_memory_mb``)."""
    worker_memory_mb: int = 2048
    """The data memory of a whole worker process (``RLIMIT_DATA``): a script whose array
    buffers would go past it gets a ``RangeError``. It holds V8 itself (a few hundred MB) and
    the isolates open on the worker at once (``js_workers.ISOLATES_PER_WORKER``, each up to
    about twice ``memory_mb`` at its peak); V8 aborts the worker when a heap cannot grow."""
    message_max_bytes: int = 8 * 2**20
    """The longest message between the server and a worker process, as JSON: a run's code and
    globals, its result and ``setVariable`` values, a ``fetch`` request or response. A script
    whose message would be longer fails with an error saying so; its neighbours never see it."""
    fetch_max_bytes: int = 4 * 2**20
    """Response bytes the ``fetch`` calls of one chat turn may read in all."""


class JsError(Exception):
    """A script failed: timeout, out of memory, syntax error, or an uncaught JS exception."""


class _Isolate:
    """A V8 isolate with the runner installed; talks to it only through ``eval_cancelable``.

    ``CancelableJSFunction`` calls are avoided: they build their argument array with
    synchronous calls, which block the event loop while a script is running.
    """

    def __init__(self, racer: MiniRacer, runner_name: str) -> None:
        self.racer = racer
        self._runner = runner_name

    @classmethod
    async def create(cls, limits: JsLimits) -> _Isolate:
        """Create an isolate (inside the running loop, as mini-racer requires)."""
        racer = MiniRacer()
        racer.set_hard_memory_limit(limits.memory_mb * 2**20)
        runner_name = f"__botloom_{secrets.token_hex(8)}"
        await racer.eval_cancelable(_RUNNER_JS.replace("NAME", json.dumps(runner_name)))
        return cls(racer, runner_name)

    async def call(self, method: str, *args: str | int | bool) -> str:
        """Call a runner method; arguments are embedded as JSON literals, never as code."""
        literals = ", ".join(json.dumps(arg) for arg in args)
        return cast(str, await self.racer.eval_cancelable(f"{self._runner}.{method}({literals})"))


class JsSandbox:
    """An isolated JavaScript runtime for one chat session or turn.

    Use it as an async context manager (or call :meth:`close`) so the V8 isolate is disposed.
    ``set_variable_calls`` holds the ``setVariable(name, value)`` calls of the last run.
    """

    def __init__(self, limits: JsLimits | None = None, *, fetch: FetchFn | None = None) -> None:
        """Create a sandbox; the isolate itself is created on the first run."""
        self._limits = limits or JsLimits()
        self._fetch = fetch
        self._isolate: _Isolate | None = None
        self.set_variable_calls: list[tuple[str, object]] = []

    async def __aenter__(self) -> Self:
        """Return the sandbox."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Dispose the isolate."""
        self.close()

    @property
    def is_open(self) -> bool:
        """Whether an isolate is currently allocated."""
        return self._isolate is not None

    def close(self) -> None:
        """Dispose the isolate; a later run creates a new one."""
        isolate, self._isolate = self._isolate, None
        if isolate is not None:
            # Closing waits for V8 to stop; a long-running builtin (e.g. a huge
            # Array.fill) can take seconds to notice, which must not stall the event loop.
            threading.Thread(target=isolate.racer.close, daemon=True).start()

    async def run_function_body(
        self, code: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Run ``code`` as the body of an async function and return its ``return`` value.

        ``globals_`` (JSON-compatible values) become JS globals for this run only. Top-level
        ``await`` is allowed. The result is converted through JSON: ``undefined`` becomes
        ``None`` and dates become ISO strings. Raises :class:`JsError` on any failure of the
        script, and ``ValueError`` if ``globals_`` holds values JSON cannot carry (NaN, ...).
        """
        return await self._run(code, "body", globals_)

    run = run_function_body

    async def evaluate_expression(
        self, expr: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Evaluate ``expr`` as ``return (expr)``, as Typebot does for ``{{= =}}`` code.

        If ``expr`` is not a single expression (it contains statements and its own
        ``return``), it is run as a function body instead.
        """
        return await self._run(expr, "expression", globals_)

    async def _run(self, code: str, mode: _Mode, globals_: Mapping[str, object] | None) -> object:
        payload = json.dumps(dict(globals_ or {}), allow_nan=False)
        self.set_variable_calls = []
        try:
            async with asyncio.timeout(self._limits.timeout_s):
                outcome = await self._execute(payload, code, mode)
        except TimeoutError:
            raise self._abort("timeout") from None
        except JSOOMException:
            raise self._abort("out of memory") from None
        except JSEvalException as exc:
            self.close()
            raise JsError(str(exc)) from None
        self.set_variable_calls = [(name, value) for name, value in outcome["calls"]]
        if "error" in outcome:
            raise JsError(outcome["error"])
        return outcome.get("value")

    def _abort(self, reason: Literal["timeout", "out of memory"]) -> JsError:
        isolate = self._isolate
        if isolate is not None and isolate.racer.was_hard_memory_limit_reached():
            reason = "out of memory"
        self.close()
        if reason == "timeout":
            return JsError(f"timeout: script ran longer than {self._limits.timeout_s} s")
        return JsError(f"out of memory: script exceeded {self._limits.memory_mb} MB")

    async def _ensure_isolate(self) -> _Isolate:
        if self._isolate is None:
            self._isolate = await _Isolate.create(self._limits)
        return self._isolate

    async def _start(self, payload: str, code: str, mode: _Mode) -> _Isolate:
        isolate = await self._ensure_isolate()
        args = (payload, code, mode, self._fetch is not None)
        if await isolate.call("start", *args) == "dirty":
            # The previous script left globals that cannot be removed: start afresh.
            self.close()
            isolate = await self._ensure_isolate()
            await isolate.call("start", *args)
        return isolate

    async def _execute(self, payload: str, code: str, mode: _Mode) -> dict[str, Any]:
        isolate = await self._start(payload, code, mode)
        wake = asyncio.Event()
        fetches: set[asyncio.Task[None]] = set()
        delay = 0.0
        try:
            while True:
                message = json.loads(await isolate.call("poll"))
                if message["done"] is not None:
                    return cast(dict[str, Any], message["done"])
                if isolate.racer.was_hard_memory_limit_reached():
                    raise JSOOMException
                for request_id, url, options in message["requests"]:
                    fetches.add(
                        asyncio.create_task(self._serve(isolate, request_id, url, options, wake))
                    )
                delay = (
                    0.0 if message["requests"] else min(max(2 * delay, 0.001), _MAX_POLL_DELAY_S)
                )
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(delay):
                        await wake.wait()
                if wake.is_set():
                    wake.clear()
                    delay = 0.0
        finally:
            for task in fetches:
                task.cancel()
            await asyncio.gather(*fetches, return_exceptions=True)

    async def _serve(
        self, isolate: _Isolate, request_id: int, url: str, options: str, wake: asyncio.Event
    ) -> None:
        fetch = cast(FetchFn, self._fetch)
        try:
            text, ok = await fetch(url, json.loads(options)), True
        except Exception as exc:  # the script sees any host failure as a rejected promise
            text, ok = f"fetch failed: {exc}", False
        await isolate.call("deliver", request_id, ok, text)
        wake.set()
