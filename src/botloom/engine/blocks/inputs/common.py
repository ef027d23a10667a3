"""Helpers shared by input blocks: the chat API shape of an input, reply outcomes, JavaScript
number parsing, URL checks, display conditions, list variables and choice matching."""

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from botloom.engine.blocks.base import BlockBase
from botloom.engine.conditions import evaluate_condition
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext
from botloom.engine.templating import TemplateContext
from botloom.engine.variables import JS_DECIMAL, VariableValue, json_stringify
from botloom.schema.conditions import DisplayCondition
from botloom.schema.model import DocModel

_URL = re.compile(
    r"""
    (?:(?:https?|ftp)://)?                       # protocol, optional
    (?:[^\s/?#@:]+(?::[^\s/?#@]*)?@)?            # user:password@
    (?:
        (?:[^\W_](?:[\w-]*[^\W_])?\.)+           # labels
        (?:[^\W\d_]{2,}|xn--[a-z0-9-]+)          # top-level domain
      | (?:\d{1,3}\.){3}\d{1,3}                  # IPv4
    )
    (?::\d{1,5})?                                # port
    (?:[/?#]\S*)?                                # path, query, fragment
    """,
    re.VERBOSE | re.IGNORECASE,
)

T = TypeVar("T", bound=DocModel)


# Replies ------------------------------------------------------------------------------------


def accept(reply: Reply, content: str, **fields: Any) -> ParsedReply:
    """A valid reply; the visitor's bubble is rewritten when ``content`` differs from the
    text sent."""
    new_format = content if reply.type == "text" and content != reply.text else None
    return ParsedReply(content=content, new_format=new_format, **fields)


def stored_retry_message(options: DocModel) -> InvalidReply:
    """A refusal with the input's ``retryMessageContent`` only when the document sets one;
    otherwise the bot's invalid-message text applies (docs/engine.md §2 "Inputs")."""
    text = getattr(options, "retry_message_content", None)
    is_set = "retry_message_content" in options.model_fields_set
    return InvalidReply(retry_message=text if is_set and text else None)


# Numbers and URLs ---------------------------------------------------------------------------


def js_parse_float(text: str) -> float | None:
    """JavaScript's ``parseFloat``: the longest number at the start of the text, ``None`` for
    NaN."""
    match = JS_DECIMAL.match(text.lstrip())
    return None if match is None else float(match[0].replace("Infinity", "inf"))


def js_number(text: str) -> float | None:
    """JavaScript's ``Number`` for decimal text, except that blank text is not a number."""
    trimmed = text.strip()
    if not JS_DECIMAL.fullmatch(trimmed):
        return None
    return float(trimmed.replace("Infinity", "inf"))


def js_number_text(number: float) -> str:
    """A number as JavaScript's ``String(number)`` writes it."""
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    return json_stringify(number)


def is_url(text: str) -> bool:
    """Whether the text is a web address; the protocol may be left out (validator's
    ``isURL``)."""
    return len(text) <= 2083 and _URL.fullmatch(text) is not None


# Variables and display conditions ----------------------------------------------------------


def list_values(value: VariableValue) -> list[str | None]:
    """A variable's value as a list: lists as they are, a JSON array text parsed, other
    text as a one-item list, nothing as an empty list."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if value.startswith("["):
        try:
            parsed = json.loads(value)
        except ValueError:
            return [value]
        if isinstance(parsed, list):
            return [None if item is None else _text_of(item) for item in parsed]
    return [value]


def _text_of(item: object) -> str:
    return item if isinstance(item, str) else json_stringify(item)


def is_displayed(display_condition: DisplayCondition | None, ctx: TurnContext) -> bool:
    """Whether an item with this display condition is shown (no enabled condition: shown)."""
    if display_condition is None or not display_condition.is_enabled:
        return True
    if display_condition.condition is None:
        return True
    template_ctx = TemplateContext.from_store(ctx.variables)
    return evaluate_condition(display_condition.condition, ctx.value_of, template_ctx)


# Chat API shape -----------------------------------------------------------------------------


class _HasVariable(Protocol):
    variable_id: str | None


async def format_input(block: BlockBase, ctx: TurnContext) -> dict[str, Any]:
    """The input as the chat API sends it: the stored block with every string of its options
    and items substituted."""
    data = block.model_dump(mode="json", exclude_unset=True)
    for key in ("options", "items"):
        if key in data:
            data[key] = await ctx.deep_substitute(data[key])
    return data


async def format_input_with_prefill(block: BlockBase, ctx: TurnContext) -> dict[str, Any]:
    """:func:`format_input` plus ``prefilledValue``, the input variable's text value if any,
    unless the bot's ``settings.general.isInputPrefillEnabled`` is ``false``."""
    data = await format_input(block, ctx)
    if ctx.bot.document.settings.general.is_input_prefill_enabled is False:
        return data
    options: _HasVariable | None = getattr(block, "options", None)
    value = ctx.value_of(options.variable_id) if options is not None else None
    if isinstance(value, str):
        data["prefilledValue"] = value
    return data


async def substitute_items(items: Sequence[Any], model: type[T], ctx: TurnContext) -> list[T]:
    """Items with every string substituted, as models of ``model``."""
    dumped = [item.model_dump(mode="json", exclude_unset=True) for item in items]
    return [model.model_validate(item) for item in await ctx.deep_substitute(dumped)]


# Choices --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """An item the visitor may pick, whatever the input: its id, the text shown, the value
    saved instead of that text, and its own edge."""

    id: str
    label: str
    value: str | None = None
    edge_id: str | None = None


def parse_choice_reply(
    choices: Sequence[Choice], reply: Reply, *, is_multiple: bool
) -> ParsedReply | InvalidReply:
    """Match a reply against shown items: one item (with its edge), or several joined ", "."""
    if is_multiple:
        matches = match_multiple_choices(choices, reply.text)
        if not matches:
            return InvalidReply()
        content = ", ".join(c.value if c.value is not None else c.label for c in matches)
        return accept(reply, content)
    choice = match_single_choice(choices, reply)
    if choice is None:
        return InvalidReply()
    return accept(reply, choice.value or choice.label, edge_id=choice.edge_id)


def match_single_choice(choices: Sequence[Choice], reply: Reply) -> Choice | None:
    """The item the reply names by id (reply id or text), value (trimmed) or label (exact),
    trying items with the longest label first."""
    text = reply.text
    for choice in sorted(choices, key=lambda c: len(c.label), reverse=True):
        if (
            choice.id in (reply.reply_id, text)
            or (choice.value is not None and choice.value.strip() == text.strip())
            or choice.label == text
        ):
            return choice
    return None


_MATCH_KEYS: tuple[Callable[[Choice], str | None], ...] = (
    lambda c: c.id,
    lambda c: c.value,
    lambda c: c.label,
)


def match_multiple_choices(choices: Sequence[Choice], text: str) -> list[Choice]:
    """The items the text names, in item order: by id, value or label as whole phrases
    (case-insensitive, on Unicode word boundaries), then by 1-based position. A phrase found
    is taken out of the text so that it cannot match again as part of another."""
    matched: set[int] = set()
    remaining = text
    for key in _MATCH_KEYS:
        candidates = [(i, key(c)) for i, c in enumerate(choices) if key(c)]
        for index, phrase in sorted(candidates, key=lambda pair: len(pair[1] or ""), reverse=True):
            assert phrase is not None
            pattern = re.compile(rf"(?<!\w){re.escape(phrase.strip())}(?!\w)", re.IGNORECASE)
            if index not in matched and pattern.search(remaining):
                matched.add(index)
                remaining = pattern.sub(" ", remaining)
    for number in re.findall(r"(?<!\w)\d+(?!\w)", remaining):
        position = int(number) - 1
        if 0 <= position < len(choices):
            matched.add(position)
    return [choice for i, choice in enumerate(choices) if i in matched]
