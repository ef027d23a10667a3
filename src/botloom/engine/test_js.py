"""Tests for the JavaScript sandbox."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from botloom.engine.js import JsError, JsLimits, JsSandbox

FAST = JsLimits(timeout_s=0.3, memory_mb=32)


@pytest.fixture
async def sandbox() -> AsyncIterator[JsSandbox]:
    async with JsSandbox(FAST) as box:
        yield box


async def _cpu_seconds_while_idle(duration_s: float) -> float:
    """CPU time the whole process burns while this coroutine only sleeps."""
    before = time.process_time()
    await asyncio.sleep(duration_s)
    return time.process_time() - before


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("1 + 2", 3),
        ("'a' + 'b'", "ab"),
        ("[1, 'x', null, true]", [1, "x", None, True]),
        ("({a: {b: [1.5]}})", {"a": {"b": [1.5]}}),
        ("undefined", None),
        ("[undefined, () => 1]", [None, None]),
        ("12345678901234567890n", "12345678901234567890"),
        ("new Date(Date.UTC(2024, 0, 2, 3, 4, 5))", "2024-01-02T03:04:05.000Z"),
        ("({d: new Date(0)})", {"d": "1970-01-01T00:00:00.000Z"}),
        ("1 + 1 // trailing comment", 2),
        ("Promise.resolve(7)", 7),
    ],
)
async def test_expression_results(sandbox: JsSandbox, expr: str, expected: object) -> None:
    assert await sandbox.evaluate_expression(expr) == expected


async def test_expression_with_statements_falls_back_to_body(sandbox: JsSandbox) -> None:
    assert await sandbox.evaluate_expression("const x = 2; return x * 21") == 42


async def test_function_body_return_and_top_level_await(sandbox: JsSandbox) -> None:
    code = "const v = await new Promise((r) => setTimeout(() => r(5), 1)); return v + 1"
    assert await sandbox.run_function_body(code) == 6
    assert await sandbox.run("let a = 1;") is None


async def test_body_mode_does_not_prepend_return(sandbox: JsSandbox) -> None:
    assert await sandbox.run_function_body("1 + 2") is None


@pytest.mark.parametrize(
    "value",
    [
        'it\'s "quoted"\nnew line </script><script>alert(1)</script> \\ \u2028 é 🤖',
        12,
        -3.25,
        True,
        None,
        ["a", 1, [None, {"k": "v"}]],
        {"nested": {"list": [1, 2], "s": "x'y\"z"}, "__proto__": "own key"},
    ],
)
async def test_globals_round_trip(sandbox: JsSandbox, value: object) -> None:
    assert await sandbox.evaluate_expression("v", {"v": value}) == value


async def test_globals_are_real_js_values(sandbox: JsSandbox) -> None:
    globals_ = {"vName": "Ada", "vAge": 36, "vTags": ["a", "b"]}
    result = await sandbox.evaluate_expression("`${vName} ${vAge + 1} ${vTags.length}`", globals_)
    assert result == "Ada 37 2"


async def test_thrown_error_message_is_preserved(sandbox: JsSandbox) -> None:
    with pytest.raises(JsError, match=r"^TypeError: boom 'x'$"):
        await sandbox.run("throw new TypeError(\"boom 'x'\")")
    with pytest.raises(JsError, match=r"^plain string$"):
        await sandbox.run("await null; throw 'plain string'")
    with pytest.raises(JsError, match=r"^ReferenceError: nope is not defined$"):
        await sandbox.evaluate_expression("nope + 1")


async def test_syntax_error(sandbox: JsSandbox) -> None:
    with pytest.raises(JsError, match="SyntaxError"):
        await sandbox.run("return (")
    with pytest.raises(JsError, match="SyntaxError"):
        await sandbox.evaluate_expression("1 +")


async def test_unserialisable_result_is_an_error(sandbox: JsSandbox) -> None:
    with pytest.raises(JsError, match="circular"):
        await sandbox.run("const o = {}; o.self = o; return o")


async def test_set_variable_calls_are_recorded_per_run(sandbox: JsSandbox) -> None:
    code = "setVariable('a', 1); setVariable('b', {x: [new Date(0)]}); return 'ok'"
    assert await sandbox.run(code) == "ok"
    assert sandbox.set_variable_calls == [("a", 1), ("b", {"x": ["1970-01-01T00:00:00.000Z"]})]
    await sandbox.run("return 1")
    assert sandbox.set_variable_calls == []


async def test_set_variable_calls_survive_a_thrown_error(sandbox: JsSandbox) -> None:
    with pytest.raises(JsError, match="late"):
        await sandbox.run("setVariable('early', 'yes'); throw new Error('late')")
    assert sandbox.set_variable_calls == [("early", "yes")]


async def test_set_variable_snapshots_the_value_at_call_time(sandbox: JsSandbox) -> None:
    await sandbox.run("const o = {n: 1}; setVariable('o', o); o.n = 2")
    assert sandbox.set_variable_calls == [("o", {"n": 1})]


async def test_fetch_calls_the_host_and_resolves_to_text() -> None:
    calls: list[tuple[str, dict[str, object]]] = []

    async def fake_fetch(url: str, options: dict[str, object]) -> str:
        calls.append((url, options))
        await asyncio.sleep(0.01)
        return f"body of {url}"

    code = """
    const [a, b] = await Promise.all([
      fetch('https://example.com/a', {method: 'POST', body: JSON.stringify({q: "x'y"})}),
      fetch(new String('https://example.com/b')),
    ]);
    setVariable('got', a);
    return [a, b];
    """
    async with JsSandbox(FAST, fetch=fake_fetch) as box:
        result = await box.run(code)
    assert result == ["body of https://example.com/a", "body of https://example.com/b"]
    assert calls == [
        ("https://example.com/a", {"method": "POST", "body": '{"q":"x\'y"}'}),
        ("https://example.com/b", {}),
    ]
    assert box.set_variable_calls == [("got", "body of https://example.com/a")]


async def test_fetch_failure_rejects_in_js() -> None:
    async def failing_fetch(url: str, options: dict[str, object]) -> str:
        raise ConnectionError("refused")

    async with JsSandbox(FAST, fetch=failing_fetch) as box:
        code = "try { await fetch('https://x'); } catch (e) { return e.message }"
        assert await box.run(code) == "fetch failed: refused"


async def test_fetch_is_absent_without_host(sandbox: JsSandbox) -> None:
    assert await sandbox.evaluate_expression("typeof fetch") == "undefined"
    assert await sandbox.evaluate_expression("global === globalThis") is True


@pytest.mark.parametrize(
    "code",
    ["while (true) {}", "await null; while (true) {}", "await new Promise(() => {})"],
)
async def test_timeout_stops_the_script_and_frees_the_core(sandbox: JsSandbox, code: str) -> None:
    started = time.perf_counter()
    with pytest.raises(JsError, match=r"^timeout"):
        await sandbox.run(code)
    assert time.perf_counter() - started < FAST.timeout_s + 0.5
    assert not sandbox.is_open
    assert await _cpu_seconds_while_idle(0.4) < 0.2
    assert await sandbox.evaluate_expression("1 + 1") == 2


async def test_timeout_while_a_host_fetch_completes(sandbox: JsSandbox) -> None:
    async def quick_fetch(url: str, options: dict[str, object]) -> str:
        return "done"

    async with JsSandbox(FAST, fetch=quick_fetch) as box:
        started = time.perf_counter()
        with pytest.raises(JsError, match=r"^timeout"):
            await box.run("fetch('https://x'); while (true) {}")
        assert time.perf_counter() - started < FAST.timeout_s + 0.5


async def test_timers_left_behind_do_not_run_after_the_run(sandbox: JsSandbox) -> None:
    assert await sandbox.run("setTimeout(() => { while (true) {} }, 20); return 1") == 1
    assert await _cpu_seconds_while_idle(0.3) < 0.15
    assert await sandbox.evaluate_expression("2") == 2


@pytest.mark.parametrize(
    "code",
    [
        "let a = []; while (true) a.push(new Array(1e6).fill(1))",
        "await null; let a = []; while (true) a.push(new Array(1e6).fill(1))",
    ],
)
async def test_memory_bomb_is_stopped(sandbox: JsSandbox, code: str) -> None:
    started = time.perf_counter()
    with pytest.raises(JsError, match=r"^out of memory"):
        await sandbox.run(code)
    assert time.perf_counter() - started < FAST.timeout_s + 0.5
    assert not sandbox.is_open
    assert await sandbox.evaluate_expression("'still usable'") == "still usable"


async def test_sandboxes_do_not_share_globals() -> None:
    async with JsSandbox(FAST) as first, JsSandbox(FAST) as second:
        await first.run("globalThis.shared = 1", {"injected": "first"})
        assert await second.evaluate_expression("typeof shared + typeof injected") == (
            "undefinedundefined"
        )


async def test_runs_do_not_see_previous_globals(sandbox: JsSandbox) -> None:
    await sandbox.run("leaked = 1; globalThis.also = 2; Math = null; JSON = 3", {"vOld": "x"})
    check = "[typeof leaked, typeof also, typeof vOld, typeof Math.max, JSON.stringify([1])]"
    assert await sandbox.evaluate_expression(check, {"vNew": 1}) == [
        "undefined",
        "undefined",
        "undefined",
        "function",
        "[1]",
    ]


async def test_undeletable_global_forces_a_fresh_isolate(sandbox: JsSandbox) -> None:
    await sandbox.run("Object.defineProperty(globalThis, 'stuck', {value: 1})")
    assert await sandbox.evaluate_expression("typeof stuck") == "undefined"
    await sandbox.run("Object.freeze(globalThis)")
    assert await sandbox.evaluate_expression("v", {"v": "injected"}) == "injected"


async def test_stuck_sandbox_does_not_block_others() -> None:
    slow = JsSandbox(JsLimits(timeout_s=1.0, memory_mb=32))
    fast = JsSandbox(FAST)
    started = time.perf_counter()
    stuck = asyncio.create_task(slow.run("while (true) {}"))
    await asyncio.sleep(0.05)
    for i in range(20):
        assert await fast.evaluate_expression("n * 2", {"n": i}) == i * 2
    small_ones_done = time.perf_counter() - started
    with pytest.raises(JsError, match=r"^timeout"):
        await stuck
    stuck_done = time.perf_counter() - started
    slow.close()
    fast.close()
    assert small_ones_done < 0.5
    assert stuck_done >= 1.0


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("(1234.5).toLocaleString('de-DE')", "1.234,5"),
        ("new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD'}).format(3)", "$3.00"),
        (
            "new Date(Date.UTC(2024, 0, 2)).toLocaleDateString('fr-FR', {timeZone: 'UTC'})",
            "02/01/2024",
        ),
    ],
)
async def test_intl(sandbox: JsSandbox, expr: str, expected: str) -> None:
    assert await sandbox.evaluate_expression(expr) == expected
