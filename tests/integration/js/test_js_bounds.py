"""What crosses a worker's pipe is bounded, and so is what a turn's ``fetch`` calls read: the
script past a bound fails with an error saying so, the scripts beside it never notice."""

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest

from botloom.engine.http import ByteBudget
from botloom.engine.js import JsError, JsLimits
from botloom.integrations.http.client import GuardedHttpClient
from botloom.integrations.http.guard import SsrfPolicy
from botloom.integrations.js_workers import JsWorkerPool
from botloom.settings import Settings
from tests.integration.js.conftest import BodyServer

MESSAGE_MAX_BYTES = 256 * 2**10
FETCH_MAX_BYTES = 300_000
LIMITS = JsLimits(
    timeout_s=5, memory_mb=32, message_max_bytes=MESSAGE_MAX_BYTES, fetch_max_bytes=FETCH_MAX_BYTES
)
NEIGHBOUR = "await new Promise((r) => setTimeout(r, 300)); setVariable('n', 1); return 'fine'"


@pytest.fixture
async def pool() -> AsyncIterator[JsWorkerPool]:
    """One worker, so that the neighbours share it with the offending script."""
    workers = JsWorkerPool(LIMITS, workers=1)
    yield workers
    await workers.close()


@pytest.fixture
async def http() -> AsyncIterator[GuardedHttpClient]:
    client = GuardedHttpClient(SsrfPolicy(["127.0.0.1"]))
    yield client
    await client.aclose()


async def _beside_a_neighbour(
    pool: JsWorkerPool, offender: str, globals_: dict[str, object]
) -> str:
    """Run ``offender`` while a neighbour script runs on the same worker; the neighbour must
    succeed, the offender must fail: its error is returned."""
    neighbour, box = pool.sandbox(), pool.sandbox()
    running = asyncio.create_task(neighbour.run_function_body(NEIGHBOUR))
    await asyncio.sleep(0.05)
    with pytest.raises(JsError) as failure:
        await box.evaluate_expression(offender, globals_)
    assert await running == "fine"
    assert neighbour.set_variable_calls == [("n", 1)]
    assert box.set_variable_calls == []
    assert await box.evaluate_expression("6 * 7") == 42  # the offender's sandbox goes on
    await neighbour.close()
    await box.close()
    return str(failure.value)


@pytest.mark.parametrize(
    "offender",
    [
        "(setVariable('big', 'é'.repeat(150000)), 1)",  # 300 kB in UTF-8
        "'x'.repeat(300000)",
        "(() => { throw new Error('x'.repeat(300000)) })()",
    ],
)
async def test_a_result_too_large_for_the_pipe_fails_only_its_script(
    pool: JsWorkerPool, offender: str
) -> None:
    error = await _beside_a_neighbour(pool, offender, {})
    assert "too large for the JavaScript sandbox" in error
    assert f"more than the limit of {MESSAGE_MAX_BYTES}" in error


async def test_any_text_crosses_the_pipe_as_its_utf8_size(pool: JsWorkerPool) -> None:
    """Non-ASCII text counts as its UTF-8 bytes (not 6 per character as escapes), and lone
    surrogates, which JavaScript strings may hold, pass both ways."""
    box = pool.sandbox()
    text = "é中🤖" * (MESSAGE_MAX_BYTES // 12)
    assert await box.evaluate_expression("v.length", {"v": text}) == len(text) + len(text) // 3
    assert (
        await box.evaluate_expression("v + '\\udc00'", {"v": "\ud800"}) == "\U00010000"
    )  # a pair again
    assert await box.evaluate_expression("'\\ud800' + v", {"v": text[:3]}) == "\ud800é中🤖"
    await box.close()


async def test_variables_too_large_for_the_pipe_fail_only_their_script(
    pool: JsWorkerPool,
) -> None:
    """A visitor's huge reply in a variable: the script using it is refused before it goes
    to the worker."""
    error = await _beside_a_neighbour(pool, "v.length", {"v": "x" * MESSAGE_MAX_BYTES})
    assert error.startswith("the script with its variables is too large")


async def test_a_fetch_request_too_large_for_the_pipe_is_a_rejected_fetch(
    pool: JsWorkerPool, http: GuardedHttpClient, body_server: BodyServer
) -> None:
    box = pool.sandbox(fetch=http.fetch_text)
    script = (
        f"try {{ await fetch({json.dumps(body_server.url('/bytes?n=1'))},"
        " {method: 'POST', body: 'x'.repeat(300000)}); return 'sent' }"
        " catch (error) { return error.message }"
    )
    assert "the fetch request is too large" in str(await box.run_function_body(script))
    await box.close()


async def test_a_turns_fetches_share_one_byte_budget(
    pool: JsWorkerPool, http: GuardedHttpClient, body_server: BodyServer
) -> None:
    """100 kB fetches at once: those past the turn's 300 kB fail, and so does any later fetch
    of the turn; the next turn has a budget of its own."""
    url = json.dumps(body_server.url("/bytes?n=100000"))
    script = f"""
        const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map(() => fetch({url})));
        const later = await fetch({url}).then((text) => text.length, (error) => error.message);
        return [outcomes.map((o) => o.status === 'fulfilled' ? o.value.length : o.reason.message),
                later]
    """
    turn = pool.sandbox(fetch=http.fetch_text)
    outcomes, later = await turn.run_function_body(script)  # type: ignore[misc]
    await turn.close()
    past_limit = f"fetch failed: responses of this turn went past the limit of {FETCH_MAX_BYTES}"
    assert outcomes.count(100000) <= 3
    assert sorted(set(outcomes) - {100000}) == [f"{past_limit} bytes"]
    assert later == f"{past_limit} bytes"
    next_turn = pool.sandbox(fetch=http.fetch_text)
    assert await next_turn.run_function_body(f"return (await fetch({url})).length") == 100000
    await next_turn.close()


async def test_an_endless_body_is_read_only_up_to_the_budget(
    pool: JsWorkerPool, http: GuardedHttpClient, body_server: BodyServer
) -> None:
    box = pool.sandbox(fetch=http.fetch_text)
    started = time.perf_counter()
    with pytest.raises(JsError, match=f"past the limit of {FETCH_MAX_BYTES} bytes"):
        await box.run_function_body(f"await fetch({json.dumps(body_server.url('/endless'))})")
    assert time.perf_counter() - started < 3
    async with asyncio.timeout(3):
        await body_server.hung_up.wait()
    await box.close()


async def _in_a_one_second_sandbox(http: GuardedHttpClient, code: str) -> object:
    pool = JsWorkerPool(JsLimits(timeout_s=1, memory_mb=32), workers=1)
    box = pool.sandbox(fetch=http.fetch_text)
    try:
        return await box.run_function_body(code)
    finally:
        await box.close()
        await pool.close()


async def test_a_fetch_the_script_did_not_wait_for_ends_with_it(
    http: GuardedHttpClient, body_server: BodyServer
) -> None:
    """The server sees the connection closed as soon as the script has ended."""
    url = json.dumps(body_server.url("/endless?size=1&pause=0.05"))
    code = f"fetch({url}).catch(() => {{}}); await new Promise((r) => setTimeout(r, 300))"
    assert await _in_a_one_second_sandbox(http, code) is None
    async with asyncio.timeout(2):
        await body_server.hung_up.wait()


async def test_a_fetch_counts_against_its_scripts_time_limit(
    http: GuardedHttpClient, body_server: BodyServer
) -> None:
    url = json.dumps(body_server.url("/endless?size=1&pause=0.05"))
    with pytest.raises(JsError, match="timeout"):
        await _in_a_one_second_sandbox(http, f"return await fetch({url})")
    async with asyncio.timeout(2):
        await body_server.hung_up.wait()


async def test_the_pool_takes_its_capacity_from_the_settings() -> None:
    settings = Settings(
        js_workers=1,
        js_isolates_per_worker=1,
        js_worker_memory_mb=1024,
        js_message_max_bytes=2**20,
        js_fetch_max_bytes=1000,
    )
    pool = JsWorkerPool.from_settings(settings)
    assert (pool.limits.worker_memory_mb, pool.limits.message_max_bytes) == (1024, 2**20)
    assert pool.limits.fetch_max_bytes == 1000
    first, second = pool.sandbox(), pool.sandbox()
    assert await first.evaluate_expression("1") == 1
    waiting = asyncio.create_task(second.evaluate_expression("2"))
    await asyncio.sleep(0.3)
    assert not waiting.done()  # one place on the worker, held by the first turn
    await first.close()
    assert await waiting == 2
    await second.close()
    await pool.close()


async def test_a_fetch_failing_with_a_huge_message_is_a_short_rejected_fetch(
    pool: JsWorkerPool,
) -> None:
    async def fetch(url: str, options: dict[str, object], budget: ByteBudget) -> str:
        raise ValueError(f"bad URL: {url} (a scheme is missing in {url})")

    box = pool.sandbox(fetch=fetch)
    # The request fits in the pipe; the error, quoting the URL twice, would not.
    script = "return await fetch('x'.repeat(200000)).catch((error) => error.message)"
    message = await box.run_function_body(script)
    assert isinstance(message, str)
    assert message.startswith("fetch failed: bad URL: xxx")
    assert len(message) < 2000
    assert await box.evaluate_expression("6 * 7") == 42
    await box.close()
