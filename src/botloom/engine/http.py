"""What the engine asks of the HTTP port: a request description and the response it gets.

Plain data, so blocks build requests without knowing which client sends them.
"""

from dataclasses import dataclass, field
from typing import Literal

FailureKind = Literal["blocked", "timeout", "network", "too_large"]


@dataclass(frozen=True)
class HttpProxy:
    """A forward proxy a request goes through: its ``http(s)://host:port`` URL and, if it asks
    for them, the username and password sent as ``Proxy-Authorization``."""

    url: str
    username: str | None = None
    password: str | None = None

    def __repr__(self) -> str:
        return f"HttpProxy(url={self.url!r})"  # never the password, should it reach a log


@dataclass(frozen=True)
class HttpRequestData:
    """One request. ``query`` pairs are appended to the URL's own query (a key may repeat);
    ``form`` sends an urlencoded body instead of ``body``; ``timeout_s`` bounds the whole
    exchange, redirects included."""

    method: str
    url: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    query: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = None
    form: list[tuple[str, str]] | None = None
    timeout_s: float = 10.0
    budget: "ByteBudget | None" = None
    """Shared with other requests: their response bodies together may not go past it."""
    proxy: HttpProxy | None = None
    """The workspace's proxy to send through (the target is still checked by the guard)."""


@dataclass(frozen=True)
class HttpResponseData:
    """The final response, after redirects: status, headers (lower-case names) and body."""

    status_code: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (undecodable bytes replaced)."""
        return self.body.decode("utf-8", errors="replace")


class HttpRequestError(Exception):
    """No response: the target was refused, the time ran out, the network failed, or the
    response was larger than the client accepts."""

    def __init__(self, kind: FailureKind, message: str) -> None:
        """``kind`` tells the cases apart; ``message`` says what happened."""
        super().__init__(message)
        self.kind: FailureKind = kind


class ByteBudget:
    """Response bytes that several requests may read together (the script fetches of one chat
    turn). Requests running at once draw on it as their bodies arrive, so their sum, not only
    each body, stays under ``limit``."""

    def __init__(self, limit: int) -> None:
        """A budget of ``limit`` bytes, none used yet."""
        self.limit = limit
        self.used = 0

    @property
    def remaining(self) -> int:
        """Bytes still allowed."""
        return max(self.limit - self.used, 0)

    def take(self, size: int) -> None:
        """Count ``size`` more bytes; raises ``HttpRequestError`` (``too_large``) past the limit."""
        self.used += size
        if self.used > self.limit:
            raise self.exceeded()

    def exceeded(self) -> HttpRequestError:
        """The error of a request that would go past the budget."""
        return HttpRequestError(
            "too_large", f"responses of this turn went past the limit of {self.limit} bytes"
        )
