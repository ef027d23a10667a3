"""Which results a listing or an export covers, and where a page starts (the cursor)."""

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from botloom.domain.analytics.time_filter import TimeFilter, parse_time_zone, time_window
from botloom.domain.errors import InvalidInputError


@dataclass(frozen=True)
class ResultFilters:
    """Conditions on results: a creation range (``since`` inclusive, ``until`` exclusive),
    completion, and a case-insensitive text to find in one of the answers (``text_matches``:
    the results that have one, when ``find_text`` found few)."""

    since: datetime | None = None
    until: datetime | None = None
    completed: bool | None = None
    text: str | None = None
    text_matches: tuple[str, ...] | None = None


def _zone(name: str | None) -> ZoneInfo:
    try:
        return parse_time_zone(name)
    except ValueError as exc:
        raise InvalidInputError.for_field("timeZone", str(exc)) from None


def parse_instant(field: str, value: str | None) -> datetime | None:
    """An ISO 8601 date or datetime (UTC when it has no offset); 400 naming ``field``."""
    if value is None or value == "":
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInputError.for_field(field, "not an ISO 8601 date or datetime") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def build_filters(
    *,
    time_filter: TimeFilter,
    zone_name: str | None,
    since: str | None,
    until: str | None,
    completed: bool | None,
    text: str | None,
    now: datetime,
) -> ResultFilters:
    """Filters from query parameters: the time filter's range narrowed by ``from``/``to``."""
    window = time_window(time_filter, _zone(zone_name), now)
    explicit_since = parse_instant("from", since)
    explicit_until = parse_instant("to", until)
    if explicit_since and explicit_until and explicit_since >= explicit_until:
        raise InvalidInputError.for_field("to", "must be after from")
    return ResultFilters(
        since=max(filter(None, (window.start, explicit_since)), default=None),
        until=min(filter(None, (window.end, explicit_until)), default=None),
        completed=completed,
        text=text or None,
    )


@dataclass(frozen=True)
class Cursor:
    """The last result of a page: the next page starts strictly after it, newest first."""

    created_at: datetime
    result_id: str

    def encode(self) -> str:
        """An opaque URL-safe string."""
        raw = json.dumps([self.created_at.isoformat(), self.result_id]).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, value: str) -> "Cursor":
        """Read a cursor given back by a client; 400 naming ``cursor`` if it is not one."""
        try:
            raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
            created_at, result_id = json.loads(raw)
            instant = datetime.fromisoformat(created_at)
        except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
            raise InvalidInputError.for_field(
                "cursor", "not a cursor returned by this API"
            ) from None
        if not isinstance(result_id, str) or instant.tzinfo is None:
            raise InvalidInputError.for_field("cursor", "not a cursor returned by this API")
        return cls(created_at=instant.astimezone(UTC), result_id=result_id)
