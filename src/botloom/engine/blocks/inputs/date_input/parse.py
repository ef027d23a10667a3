"""Reading a reply to the date input, and the date parsing and formatting the time input
shares."""

import re
from datetime import UTC, datetime, timedelta

from dateutil import parser as dateutil_parser  # type: ignore[import-untyped]

from botloom.engine.blocks.inputs.common import accept
from botloom.engine.blocks.inputs.date_input.schema import DateInputBlock
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext

_RELATIVE_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Words joining the two ends of a range besides the input's separator (hyphen, en and em dash).
_RANGE_WORDS = ("to", "-", "\u2013", "\u2014")
_TOKEN = re.compile(r"'(?:[^']|'')*'|do|([A-Za-z])\1*")
_ORDINAL_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


async def parse_reply(
    block: DateInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """A date (or a range "start to end") read from ISO or written dates, day first when the
    format starts with "dd", and saved in the input's format; outside min/max is refused."""
    options = block.options
    day_first = options.effective_format.startswith("dd")
    now = ctx.ports.now()
    parts = split_range(reply.text, options.labels.separator)
    dates = [parse_datetime(part, day_first=day_first, now=now) for part in parts]
    start = dates[0]
    end = dates[1] if options.is_range and len(dates) > 1 else None
    if start is None or (options.is_range and end is None):
        return InvalidReply()
    low = parse_datetime(await ctx.substitute(options.min), day_first=day_first, now=now)
    high = parse_datetime(await ctx.substitute(options.max), day_first=day_first, now=now)
    if (low is not None and start < low) or (high is not None and (end or start) > high):
        return InvalidReply()
    content = format_datetime(start, options.effective_format)
    if end is not None:
        content += f" {options.labels.separator} {format_datetime(end, options.effective_format)}"
    return accept(reply, content)


def split_range(text: str, separator: str) -> list[str]:
    """The two ends of "start {separator} end" (or "start to/- end"), else the whole text."""
    words = "|".join(re.escape(word) for word in dict.fromkeys((separator, *_RANGE_WORDS)))
    return re.split(rf"\s+(?:{words})\s+", text.strip(), maxsplit=1, flags=re.IGNORECASE)


def parse_datetime(text: str, *, day_first: bool, now: datetime) -> datetime | None:
    """A date and time read from text as a visitor may write it: ISO 8601, "15/01/2024",
    "January 15, 2024 3pm", "today", "tomorrow"... ``None`` when it is not a date.
    Offsets are converted to UTC; the result has no time zone."""
    text = text.strip()
    if not text:
        return None
    local_now = now.astimezone(UTC).replace(tzinfo=None) if now.tzinfo else now
    if text.lower() == "now":
        return local_now
    if text.lower() in _RELATIVE_DAYS:
        midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight + timedelta(days=_RELATIVE_DAYS[text.lower()])
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = dateutil_parser.parse(
                text,
                dayfirst=day_first,
                default=local_now.replace(hour=0, minute=0, second=0, microsecond=0),
            )
        except (ValueError, OverflowError):
            return None
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def format_datetime(moment: datetime, pattern: str) -> str:
    """Write a date with a date-fns (Unicode TR35) pattern: years, months, days, ordinal days,
    weekdays, hours, minutes, seconds, AM/PM and 'quoted text'; other letters are written as
    they are."""

    def replace(match: re.Match[str]) -> str:
        token = match[0]
        if token.startswith("'"):
            return token[1:-1].replace("''", "'") if token != "''" else "'"
        return _format_token(moment, token)

    return _TOKEN.sub(replace, pattern)


def _format_token(moment: datetime, token: str) -> str:
    if token == "do":
        return _ordinal(moment.day)
    letter, width = token[0], len(token)
    hour12 = moment.hour % 12 or 12
    numbers = {
        "y": moment.year % 100 if width == 2 else moment.year,
        "d": moment.day,
        "H": moment.hour,
        "h": hour12,
        "m": moment.minute,
        "s": moment.second,
    }
    if letter in numbers:
        return str(numbers[letter]).zfill(width)
    if letter in "ML":
        return _month(moment.month, width)
    if letter in "Eeci":
        name = _WEEKDAYS[moment.weekday()]
        return name if width == 4 else name[:3]
    if letter == "a":
        meridiem = "AM" if moment.hour < 12 else "PM"
        return meridiem.lower() if width == 3 else meridiem
    if letter == "S":
        return str(moment.microsecond // 1000).zfill(3)[:width]
    return token


def _ordinal(number: int) -> str:
    suffix = "th" if 11 <= number % 100 <= 13 else _ORDINAL_SUFFIXES.get(number % 10, "th")
    return f"{number}{suffix}"


def _month(month: int, width: int) -> str:
    if width >= 4:
        return _MONTHS[month - 1]
    if width == 3:
        return _MONTHS[month - 1][:3]
    return str(month).zfill(width)
