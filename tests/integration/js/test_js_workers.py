"""Bot JavaScript in worker processes: results, limits, and a crash that only fails its script."""

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from botloom.engine.http import ByteBudget
from botloom.engine.js import JsError, JsLimits
from botloom.integrations.js_workers import JsWorkerPool

LIMITS = JsLimits(timeout_s=0.5, memory_mb=32)


@pytest.fixture
async def pool() -> AsyncIterator[JsWorkerPool]:
    workers = JsWorkerPool(LIMITS, workers=2)
    yield workers
    await workers.close()


async def test_results_globals_and_set_variable(pool: JsWorkerPool) -> None:
    box = pool.sandbox()
    assert await box.evaluate_expression("a + 1", {"a": 41}) == 42
    assert await box.run_function_body("setVariable('x', [1, 'b']); return {ok: true}") == {
        "ok": True
    }
    assert box.set_variable_calls == [("x", [1, "b"])]
    with pytest.raises(JsError, match="TypeError"):
        await box.run_function_body("return null.x")
    await box.close()


async def test_turns_do_not_share_a_javascript_environment(pool: JsWorkerPool) -> None:
    first, second = pool.sandbox(), pool.sandbox()
    await first.run_function_body("Array.prototype.evil = 1; globalThis.leak = 2")
    assert await second.evaluate_expression("typeof leak + [].evil") == "undefinedundefined"
    await first.close()
    await second.close()


async def test_fetch_is_answered_by_the_parent(pool: JsWorkerPool) -> None:
    asked: list[str] = []

    async def fetch(url: str, options: dict[str, object], budget: ByteBudget) -> str:
        asked.append(url)
        return f"body of {url}"

    box = pool.sandbox(fetch=fetch)
    assert await box.run_function_body("return await fetch('https://a.example')") == (
        "body of https://a.example"
    )
    assert asked == ["https://a.example"]
    await box.close()


async def test_infinite_loop_ends_within_its_limit(pool: JsWorkerPool) -> None:
    box = pool.sandbox()
    started = time.perf_counter()
    with pytest.raises(JsError, match="timeout"):
        await box.run_function_body("while (true) {}")
    assert time.perf_counter() - started < LIMITS.timeout_s + 2
    assert await pool.sandbox().evaluate_expression("1 + 1") == 2


async def test_huge_allocations_end_with_out_of_memory() -> None:
    # Time enough to reach the heap limit on a busy machine, so that the limit hit is memory.
    pool = JsWorkerPool(JsLimits(timeout_s=5, memory_mb=32), workers=1)
    box = pool.sandbox()
    with pytest.raises(JsError, match="out of memory"):
        await box.run_function_body("new Array(3e8).fill(1); return 1")
    assert await pool.sandbox().evaluate_expression("6 * 7") == 42
    await pool.close()


async def test_array_buffers_past_the_worker_cap_end_with_an_error() -> None:
    """Array buffers live outside V8's heap limit: the worker's data cap stops them (4 GB
    asked here, 2 GB allowed), the script fails with a JavaScript error, the worker lives."""
    pool = JsWorkerPool(JsLimits(timeout_s=10, memory_mb=32), workers=1)
    box = pool.sandbox()
    bomb = (
        "const kept = [];"
        "for (let i = 0; i < 40; i++) kept.push(new Uint8Array(100 * 2 ** 20));"
        "return kept.length"
    )
    with pytest.raises(JsError, match="RangeError"):
        await box.run_function_body(bomb)
    await box.close()
    assert await pool.sandbox().evaluate_expression("6 * 7") == 42
    await pool.close()


async def test_many_sandboxes_at_once_fit_under_the_worker_cap() -> None:
    """32 sandboxes at once on one worker, each near its heap limit (about 50 MB at the
    peak): they take turns for the worker's places, and none brings the worker down."""
    pool = JsWorkerPool(JsLimits(timeout_s=30, memory_mb=64), workers=1)
    script = "const a = new Array(3e6).fill(0).map((_, i) => i + 0.5); return a[a.length - 1]"

    async def turn() -> object:
        box = pool.sandbox()
        try:
            return await box.run_function_body(script)
        finally:
            await box.close()

    assert await asyncio.gather(*(turn() for _ in range(32))) == [3e6 - 0.5] * 32
    await pool.close()


async def test_a_dying_worker_fails_only_its_scripts() -> None:
    """V8 can abort its process on some allocations; killing the worker stands for that."""
    pool = JsWorkerPool(JsLimits(timeout_s=5, memory_mb=32), workers=2)
    victim = pool.sandbox()
    assert await victim.evaluate_expression("1") == 1
    running = asyncio.create_task(victim.run_function_body("while (true) {}"))
    await asyncio.sleep(0.1)
    worker = pool._workers[victim._index]  # the test plays V8 aborting
    assert worker is not None
    worker.process.kill()
    with pytest.raises(JsError, match="crashed"):
        await running
    others = [pool.sandbox() for _ in range(4)]
    assert await asyncio.gather(*(b.evaluate_expression("6 * 7") for b in others)) == [42] * 4
    assert await pool.sandbox().evaluate_expression("'still ' + 'here'") == "still here"
    await pool.close()
