"""Abuse limits: named limits, counted per client address, chat session or email with the
``limits`` library; a caller past one gets 429 with ``Retry-After`` (``RateLimitedError``).

Counters live in this process's memory, or in Redis when ``BOTLOOM_REDIS_URL`` is set, so that
every worker and host counts together. Each limit is a ``BOTLOOM_RATE_LIMIT_*`` setting. Counts
use the sliding window counter: a limit of 60/minute never lets 120 through across the turn of a
minute (as fixed windows do), at the cost of one counter per window, not one entry per request.

If Redis cannot be reached the request goes through (with a warning in the log): losing the
limits for a while is better than losing the chat.
"""

import logging
import math
import time
from enum import StrEnum
from typing import Annotated, Any

import limits
from fastapi import Depends, Path, Request
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.errors import StorageError
from redis.asyncio import ConnectionPool

from botloom.api.client_address import client_address
from botloom.api.errors import ErrorBody
from botloom.domain.errors import RateLimitedError
from botloom.settings import Settings

logger = logging.getLogger(__name__)

REDIS_TIMEOUT_SECONDS = 0.5
"""How long a count may wait for Redis before the request goes through uncounted."""
REDIS_KEY_PREFIX = "botloom-limits"
MEMORY_SWEEP_INTERVAL_SECONDS = 10.0
UNAVAILABLE_WARNING_INTERVAL_SECONDS = 60.0


class Limit(StrEnum):
    """The named limits; each is the setting ``rate_limit_<value>``."""

    START_CHAT_PER_IP = "start_chat_per_ip"
    CONTINUE_CHAT_PER_IP = "continue_chat_per_ip"
    CONTINUE_CHAT_PER_SESSION = "continue_chat_per_session"
    SIGN_IN_PER_EMAIL = "sign_in_per_email"
    SIGN_IN_PER_IP = "sign_in_per_ip"


_TOO_MANY = {
    Limit.START_CHAT_PER_IP: "Too many chats started from this address",
    Limit.CONTINUE_CHAT_PER_IP: "Too many messages from this address",
    Limit.CONTINUE_CHAT_PER_SESSION: "Too many messages in this chat",
    Limit.SIGN_IN_PER_EMAIL: "Too many sign-in attempts for this email",
    Limit.SIGN_IN_PER_IP: "Too many sign-in attempts from this address",
}


class SweptMemoryStorage(MemoryStorage):
    """limits' memory storage, sweeping out expired counters every few seconds instead of after
    every hit: its own sweep walks all the counters each time, milliseconds per hit once
    thousands of chats are open. Reads skip an expired counter either way."""

    _next_sweep = 0.0

    async def _MemoryStorage__schedule_expiry(self) -> None:  # noqa: N802 (overrides it)
        now = time.monotonic()
        if now >= self._next_sweep:
            self._next_sweep = now + MEMORY_SWEEP_INTERVAL_SECONDS
            sweep = getattr(super(), "_MemoryStorage__schedule_expiry")  # noqa: B009
            await sweep()


class RateLimits:
    """The process's limits and their counters (``app.state.rate_limits``)."""

    def __init__(
        self,
        storage: Storage,
        items: dict[Limit, limits.RateLimitItem],
        pool: ConnectionPool | None = None,
    ) -> None:
        self._limiter = SlidingWindowCounterRateLimiter(storage)
        self._items = items
        self._pool = pool
        self._next_warning = 0.0

    @classmethod
    def from_settings(cls, settings: Settings) -> "RateLimits":
        """The limits the settings set (none when ``rate_limits_enabled`` is false), counted in
        Redis when ``redis_url`` is set, else in memory."""
        items: dict[Limit, limits.RateLimitItem] = {}
        if settings.rate_limits_enabled:
            for limit in Limit:
                text = getattr(settings, f"rate_limit_{limit.value}")
                if text:
                    items[limit] = limits.parse(text)
        if not settings.redis_url:
            return cls(SweptMemoryStorage(), items)
        pool = ConnectionPool.from_url(
            settings.redis_url,
            socket_timeout=REDIS_TIMEOUT_SECONDS,
            socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        )
        # limits names the storage by an async+ scheme; the connections come from ``pool``.
        uri = "async+" + settings.redis_url.replace("unix://", "redis+unix://", 1)
        storage = RedisStorage(
            uri,
            implementation="redispy",
            key_prefix=REDIS_KEY_PREFIX,
            wrap_exceptions=True,
            connection_pool=pool,  # type: ignore[arg-type]  # passed on to redis' client
        )
        return cls(storage, items, pool)

    async def hit(self, limit: Limit, key: str) -> None:
        """Count one request of ``key`` (an address, a session id) against ``limit``; raise
        ``RateLimitedError`` instead when it has no room left. A refused request is not
        counted, so waiting ``Retry-After`` is enough whatever the caller did meanwhile."""
        item = self._items.get(limit)
        if item is None:
            return
        try:
            if await self._limiter.hit(item, limit.value, key):
                return
            stats = await self._limiter.get_window_stats(item, limit.value, key)
        except StorageError as exc:
            self._warn_unavailable(exc)
            return
        retry_after = max(1, math.ceil(stats.reset_time - time.time()))
        raise RateLimitedError(f"{_TOO_MANY[limit]}: try again in {retry_after} s", retry_after)

    def _warn_unavailable(self, exc: StorageError) -> None:
        now = time.monotonic()
        if now >= self._next_warning:
            self._next_warning = now + UNAVAILABLE_WARNING_INTERVAL_SECONDS
            logger.warning("Rate limits not applied: their storage failed (%s)", exc.storage_error)

    async def aclose(self) -> None:
        """Close the Redis connections, if any."""
        if self._pool is not None:
            await self._pool.aclose()


def rate_limits_of(request: Request) -> RateLimits:
    """The app's limits."""
    rate_limits: RateLimits = request.app.state.rate_limits
    return rate_limits


async def limit_start_chat(request: Request) -> None:
    """Count a startChat against its client address."""
    await rate_limits_of(request).hit(Limit.START_CHAT_PER_IP, client_address(request))


async def limit_continue_chat(
    request: Request, session_id: Annotated[str, Path(alias="sessionId")]
) -> None:
    """Count a continueChat against its client address, then its session (a refused request
    is not counted against the session)."""
    rate_limits = rate_limits_of(request)
    await rate_limits.hit(Limit.CONTINUE_CHAT_PER_IP, client_address(request))
    await rate_limits.hit(Limit.CONTINUE_CHAT_PER_SESSION, session_id)


async def hit_sign_in(request: Request, email: str) -> None:
    """Count a sign-in attempt (a magic link asked for, say) against the client address, then
    the email (case and surrounding spaces ignored); ``RateLimitedError`` past either limit."""
    rate_limits = rate_limits_of(request)
    await rate_limits.hit(Limit.SIGN_IN_PER_IP, client_address(request))
    await rate_limits.hit(Limit.SIGN_IN_PER_EMAIL, email.strip().lower())


StartChatLimited = Depends(limit_start_chat)
"""For a route's ``dependencies=[...]``: the startChat limit."""
ContinueChatLimited = Depends(limit_continue_chat)
"""For a route's ``dependencies=[...]``: the continueChat limits."""

RATE_LIMITED_RESPONSES: dict[int | str, dict[str, Any]] = {
    429: {
        "description": "Too many requests: a rate limit is reached (`BOTLOOM_RATE_LIMIT_*`)",
        "model": ErrorBody,
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before the next request can go through",
                "schema": {"type": "integer"},
            }
        },
    }
}
"""The documented 429 of a limited route, to add to its ``responses``."""
