"""The parts of the rate limits that need no server: settings, the memory storage's sweep, the
OpenAPI document."""

import asyncio

import limits
import pytest
from pydantic import ValidationError

from botloom.api.app import create_app
from botloom.api.rate_limits import Limit, RateLimits, SweptMemoryStorage
from botloom.domain.errors import RateLimitedError
from botloom.settings import Settings


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("rate_limit_start_chat_per_ip", "lots"),
        ("rate_limit_sign_in_per_email", "5 every fortnight"),
        ("redis_url", "http://cache:6379"),
        ("trusted_proxies", ["10.0.0.0/33"]),
    ],
)
def test_a_bad_setting_is_refused_by_name(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(**{field: value})
    assert caught.value.errors()[0]["loc"][0] == field


async def test_an_empty_limit_or_disabled_limits_let_everything_through() -> None:
    for settings in (
        Settings(rate_limit_start_chat_per_ip=""),
        Settings(rate_limit_start_chat_per_ip="1/minute", rate_limits_enabled=False),
    ):
        rate_limits = RateLimits.from_settings(settings)
        for _ in range(3):
            await rate_limits.hit(Limit.START_CHAT_PER_IP, "203.0.113.5")


async def test_a_limit_is_per_key() -> None:
    rate_limits = RateLimits.from_settings(Settings(rate_limit_start_chat_per_ip="1/minute"))
    await rate_limits.hit(Limit.START_CHAT_PER_IP, "203.0.113.5")
    await rate_limits.hit(Limit.START_CHAT_PER_IP, "203.0.113.6")
    with pytest.raises(RateLimitedError) as caught:
        await rate_limits.hit(Limit.START_CHAT_PER_IP, "203.0.113.5")
    assert 1 <= caught.value.retry_after_seconds <= 60


async def test_the_memory_storage_sweeps_now_and_then_not_after_every_hit() -> None:
    # limits' own memory storage starts a sweep of every counter after each hit that finds the
    # last sweep done; this one waits its interval.
    storage = SweptMemoryStorage()
    item = limits.parse("10/minute")
    await storage.incr(item.key_for("a"), 60)
    first_sweep = storage.timer
    assert first_sweep is not None
    await asyncio.sleep(0.01)
    assert first_sweep.done()
    for key in ("b", "c", "d"):
        await storage.incr(item.key_for(key), 60)
    assert storage.timer is first_sweep


def test_the_limited_chat_routes_document_429_with_retry_after() -> None:
    paths = create_app(Settings()).openapi()["paths"]
    for path in (
        "/api/v1/typebots/{publicId}/startChat",
        "/api/v1/sessions/{sessionId}/continueChat",
    ):
        too_many = paths[path]["post"]["responses"]["429"]
        assert "Retry-After" in too_many["headers"]
        assert too_many["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert "429" not in paths["/api/v1/typebots/{typebotId}/preview/startChat"]["post"]["responses"]
