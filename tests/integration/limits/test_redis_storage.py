"""Counters in a real Redis server, shared by two app instances."""

import pytest
import redis.asyncio

from tests.integration.limits.conftest import LimitedApp
from tests.integration.limits.test_chat_limits import statuses
from tests.support.postgres import free_port
from tests.support.redis_server import RedisServer


@pytest.fixture
async def redis_url(redis_server: RedisServer) -> str:
    """The server's URL, its counters cleared before the test."""
    client = redis.asyncio.Redis.from_url(redis_server.url)
    await client.flushdb()
    await client.aclose()
    return redis_server.url


async def test_two_apps_count_together_in_redis(
    limited_app: LimitedApp, echo: str, redis_url: str
) -> None:
    settings = {"rate_limit_start_chat_per_ip": "3/minute", "redis_url": redis_url}
    async with limited_app(**settings) as one, limited_app(**settings) as other:
        assert await statuses(one, echo, 2) == [200, 200]
        assert await statuses(other, echo, 2) == [200, 429]
        assert await statuses(one, echo, 1) == [429]
        client = redis.asyncio.Redis.from_url(redis_url)
        keys = await client.keys("*")
        await client.aclose()
        assert keys, "the counters are in Redis"


async def test_the_chat_goes_on_when_redis_is_down(limited_app: LimitedApp, echo: str) -> None:
    nobody = f"redis://127.0.0.1:{free_port()}/0"
    settings = {"rate_limit_start_chat_per_ip": "1/minute", "redis_url": nobody}
    async with limited_app(**settings) as client:
        assert await statuses(client, echo, 3) == [200, 200, 200]
