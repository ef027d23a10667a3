"""Typebot's condition evaluation: pure functions, no I/O (docs/engine.md §4 "Conditions").

A condition joins comparisons with AND (the default) or OR. Each comparison reads one variable
(the left side) and compares it with the comparison's value (the right side), in which
``{{Name}}`` is replaced by variable values.
"""

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import lru_cache

from botloom.engine.templating import TemplateContext, is_single_variable, substitute
from botloom.engine.variables import JS_WHITESPACE, VariableValue, js_number
from botloom.schema.conditions import (
    Comparison,
    ComparisonOperator,
    Condition,
    LogicalOperator,
)

Scalar = str | None
ScalarCheck = Callable[[Scalar, Scalar], bool]
OperatorCheck = Callable[[VariableValue, VariableValue], bool]

REGEX_SUBJECT_LIMIT = 10_000
"""Only this many characters of a value are tested against a regex.

A regex comes from the bot author and the value from the chat user; capping the value bounds the
work one comparison can take. It does not defeat every catastrophic pattern.
"""

_NULL_VALUES = frozenset({"undefined", "null"})


# Only JavaScript's flag letters make a "/pattern/flags" literal, so "/usr/bin" stays a raw pattern.
_REGEX_LITERAL = re.compile(r"/(.*)/([dgimsuvy]*)", re.DOTALL)
_JS_LINE_TERMINATORS = r"\n\r\u2028\u2029"


def evaluate_condition(
    condition: Condition, value_of: Callable[[str], VariableValue], ctx: TemplateContext
) -> bool:
    """Tell whether a condition holds.

    ``value_of`` gives a variable's current value by id (the left sides); ``ctx`` resolves
    ``{{Name}}`` and inline code in comparison values. A condition without comparisons is false.
    """
    if not condition.comparisons:
        return False
    results = (_evaluate_comparison(c, value_of, ctx) for c in condition.comparisons)
    if condition.logical_operator == LogicalOperator.OR:
        return any(results)
    return all(results)


def _evaluate_comparison(
    comparison: Comparison, value_of: Callable[[str], VariableValue], ctx: TemplateContext
) -> bool:
    """Evaluate one comparison; one without a variable or an operator is false."""
    operator = comparison.comparison_operator
    if not comparison.variable_id or operator is None:
        return False
    left = _normalize(value_of(comparison.variable_id))
    right = _normalize(_resolve_right(comparison.value, ctx))
    return _OPERATORS[operator](left, right)


def _resolve_right(text: str | None, ctx: TemplateContext) -> VariableValue:
    """The right side: null, a lone variable's raw value (maybe a list), or substituted text."""
    if text in _NULL_VALUES:
        return None
    if text is None:
        # A missing value is the empty text, as if substituted.
        return ""
    name = is_single_variable(text)
    if name is not None:
        value = ctx.value_of_name(name)
        # An unset lone variable falls back to substitution, which gives "".
        if value is not None:
            return value
    return substitute(text, ctx)


def _normalize(value: VariableValue) -> VariableValue:
    """NFC-normalize a value's strings, so that composed and decomposed accents compare equal."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [None if item is None else unicodedata.normalize("NFC", item) for item in value]
    return None


def _compare(
    check: ScalarCheck, left: VariableValue, right: VariableValue, *, some: bool = False
) -> bool:
    """Apply ``check`` to scalars; a list on either side is quantified by every (or some)."""
    quantifier: Callable[[Iterable[bool]], bool] = any if some else all
    if isinstance(left, list):
        if isinstance(right, list):
            return quantifier(quantifier(check(a, b) for b in right) for a in left)
        return quantifier(check(a, right) for a in left)
    if isinstance(right, list):
        return quantifier(check(left, b) for b in right)
    return check(left, right)


def _fold(text: str) -> str:
    """Text as compared by the case-insensitive operators: trimmed and lowercased."""
    return text.strip(JS_WHITESPACE).lower()


def _equal(left: VariableValue, right: VariableValue) -> bool:
    return _compare(lambda a, b: a == b, left, right)


def _not_equal(left: VariableValue, right: VariableValue) -> bool:
    return _compare(lambda a, b: a != b, left, right)


def _contains(left: VariableValue, right: VariableValue) -> bool:
    if isinstance(left, list):
        return _compare(lambda a, b: a == b, left, right, some=True)
    return _compare(_contains_text, left, right, some=True)


def _contains_text(text: Scalar, part: Scalar) -> bool:
    if not text or not part:
        return False
    return _fold(part) in _fold(text)


def _not_contains(left: VariableValue, right: VariableValue) -> bool:
    if isinstance(left, list):
        return _compare(lambda a, b: a != b, left, right)
    return _compare(_not_contains_text, left, right)


def _not_contains_text(text: Scalar, part: Scalar) -> bool:
    # An unset variable contains nothing, so "does not contain" holds for it.
    if not text or not part:
        return True
    return _fold(part) not in _fold(text)


def _starts_with(left: VariableValue, right: VariableValue) -> bool:
    return _compare(_starts_with_text, left, right)


def _starts_with_text(text: Scalar, prefix: Scalar) -> bool:
    if not text or not prefix:
        return False
    return _fold(text).startswith(_fold(prefix))


def _ends_with(left: VariableValue, right: VariableValue) -> bool:
    return _compare(_ends_with_text, left, right)


def _ends_with_text(text: Scalar, suffix: Scalar) -> bool:
    if not text or not suffix:
        return False
    return _fold(text).endswith(_fold(suffix))


def _is_set(left: VariableValue, right: VariableValue) -> bool:
    return left is not None and len(left) > 0


def _is_empty(left: VariableValue, right: VariableValue) -> bool:
    return left is None or len(left) == 0


def _ordered(left: VariableValue, right: VariableValue) -> tuple[float, float] | None:
    """Both sides as numbers for the ordering operators, None when either side is null."""
    if left is None or right is None:
        return None
    if isinstance(left, str):
        if isinstance(right, str):
            return _to_comparable(left), _to_comparable(right)
        return _js_number(left), float(len(right))
    if isinstance(right, str):
        return float(len(left)), _js_number(right)
    return float(len(left)), float(len(right))


def _ordering(test: Callable[[float, float], bool]) -> OperatorCheck:
    def operator(left: VariableValue, right: VariableValue) -> bool:
        pair = _ordered(left, right)
        # NaN (text that is not a number, beside a list) compares false, as in JavaScript.
        return pair is not None and test(*pair)

    return operator


def _to_comparable(text: str) -> float:
    """A string as the ordering operators see it: a number, else a date (ms), else its length.

    Unlike JavaScript's ``Number()``, text starting with "+" is not a number, and neither is
    blank text (``Number("  ")`` is 0; here it is its length).
    """
    trimmed = text.strip(JS_WHITESPACE)
    if trimmed and not trimmed.startswith("+"):
        number = _js_number(trimmed)
        if not math.isnan(number):
            return number
    timestamp = _parse_date(trimmed)
    if timestamp is not None:
        return timestamp
    return float(len(text))


def _js_number(text: str) -> float:
    """JavaScript's ``Number(text)``, NaN included (every comparison with NaN is false)."""
    number = js_number(text)
    return math.nan if number is None else number


def _parse_date(text: str) -> float | None:
    """Milliseconds since the epoch of an ISO 8601 date or date-time, None if not one.

    A date-time without an offset is taken as UTC (JavaScript would use the server's zone).
    """
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp() * 1000


def _matches_regex(left: VariableValue, right: VariableValue) -> bool:
    return _compare(_matches_text, left, right, some=True)


def _matches_text(text: Scalar, source: Scalar) -> bool:
    if not text or not source:
        return False
    regex = _compile_js_regex(source)
    return regex is not None and regex.search(text[:REGEX_SUBJECT_LIMIT]) is not None


def _not_matches_regex(left: VariableValue, right: VariableValue) -> bool:
    return _compare(_not_matches_text, left, right)


def _not_matches_text(text: Scalar, source: Scalar) -> bool:
    if not text or not source:
        return False
    regex = _compile_js_regex(source)
    # Typebot throws here on an invalid regex; a broken regex in a bot must not crash the chat,
    # so it is false, like "Matches regex".
    return regex is not None and regex.search(text[:REGEX_SUBJECT_LIMIT]) is None


@lru_cache(maxsize=256)
def _compile_js_regex(source: str) -> re.Pattern[str] | None:
    """Compile ``/pattern/flags`` or a raw pattern, None if empty or invalid."""
    literal = _REGEX_LITERAL.fullmatch(source)
    pattern, flags = (literal.group(1), literal.group(2)) if literal else (source, "")
    if not pattern or len(set(flags)) != len(flags):
        return None
    translated = _translate_js_regex(pattern, flags)
    options = re.IGNORECASE if "i" in flags else 0
    options |= re.MULTILINE if "m" in flags else 0
    options |= re.DOTALL if "s" in flags else 0
    try:
        return re.compile(translated, options)
    except (re.error, OverflowError, RecursionError):
        return None


def _translate_js_regex(pattern: str, flags: str) -> str:
    r"""Rewrite a JavaScript regex body into Python ``re`` syntax, as far as reasonable.

    Handles named groups and back-references, ASCII ``\d``/``\w``, ``$`` (end of input only
    without the m flag), ``.`` (no line terminators without the s flag), ``[^]``, ``[]``,
    ``\u{...}`` and the sticky flag. Anything else is passed through.
    """
    unicode_mode = "u" in flags or "v" in flags
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            token, i = _translate_escape(pattern, i, in_class=in_class, unicode_mode=unicode_mode)
            out.append(token)
            continue
        if in_class:
            if char == "]":
                in_class = False
            # Python warns about "[", "&&", "||" and "~~" in a set; JavaScript means them literally.
            out.append("\\" + char if char in "[&|~" else char)
        elif char == "[":
            if pattern.startswith("[^]", i):
                out.append(r"[\s\S]")
                i += 3
                continue
            if pattern.startswith("[]", i):
                out.append("(?!)")
                i += 2
                continue
            in_class = True
            opening = "[^" if pattern.startswith("[^", i) else "["
            out.append(opening)
            i += len(opening)
            continue
        elif char == "(" and pattern.startswith("(?<", i) and pattern[i + 3 : i + 4] not in "=!":
            out.append("(?P<")
            i += 3
            continue
        elif char == "$":
            out.append("$" if "m" in flags else r"\Z")
        elif char == ".":
            out.append("." if "s" in flags else f"[^{_JS_LINE_TERMINATORS}]")
        else:
            out.append(char)
        i += 1
    body = "".join(out)
    # Sticky (y) with lastIndex 0 only matches at the start of the input.
    return rf"\A(?:{body})" if "y" in flags else body


_CLASS_ESCAPES = {"d": "0-9", "w": "A-Za-z0-9_"}
_ESCAPES = {"d": "[0-9]", "D": "[^0-9]", "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]"}
_NAMED_BACKREFERENCE = re.compile(r"\\k<([A-Za-z_][A-Za-z0-9_]*)>")
_CODE_POINT_ESCAPE = re.compile(r"\\u\{([0-9A-Fa-f]{1,6})\}")


def _translate_escape(
    pattern: str, start: int, *, in_class: bool, unicode_mode: bool
) -> tuple[str, int]:
    """Translate the escape at ``pattern[start]``; return it and the index after it."""
    letter = pattern[start + 1 : start + 2]
    if in_class and letter in _CLASS_ESCAPES:
        return _CLASS_ESCAPES[letter], start + 2
    if not in_class and letter in _ESCAPES:
        return _ESCAPES[letter], start + 2
    backreference = _NAMED_BACKREFERENCE.match(pattern, start)
    if backreference and not in_class:
        return f"(?P={backreference.group(1)})", backreference.end()
    code_point = _CODE_POINT_ESCAPE.match(pattern, start)
    if code_point and unicode_mode:
        return f"\\U{int(code_point.group(1), 16):08x}", code_point.end()
    return pattern[start : start + 2], start + 2


_OPERATORS: dict[ComparisonOperator, OperatorCheck] = {
    ComparisonOperator.EQUAL: _equal,
    ComparisonOperator.NOT_EQUAL: _not_equal,
    ComparisonOperator.CONTAINS: _contains,
    ComparisonOperator.NOT_CONTAINS: _not_contains,
    ComparisonOperator.GREATER: _ordering(lambda a, b: a > b),
    ComparisonOperator.GREATER_OR_EQUAL: _ordering(lambda a, b: a >= b),
    ComparisonOperator.LESS: _ordering(lambda a, b: a < b),
    ComparisonOperator.LESS_OR_EQUAL: _ordering(lambda a, b: a <= b),
    ComparisonOperator.IS_SET: _is_set,
    ComparisonOperator.IS_EMPTY: _is_empty,
    ComparisonOperator.STARTS_WITH: _starts_with,
    ComparisonOperator.ENDS_WITH: _ends_with,
    ComparisonOperator.MATCHES_REGEX: _matches_regex,
    ComparisonOperator.NOT_MATCH_REGEX: _not_matches_regex,
}
