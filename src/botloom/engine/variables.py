"""Variable values as Typebot stores them: write rules, JSON text, guessed JS types, the store.

Every value a block writes goes through :func:`normalize_value`, so the store only ever holds
``str``, lists of ``str | None``, or ``None``, like Typebot's session state.
"""

import enum
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Self

from botloom.schema.variables import Variable, VariableValue

__all__ = ["Variable", "VariableValue"]


class Undefined(enum.Enum):
    """JavaScript's ``undefined``, distinct from ``None``, which stands for ``null``."""

    UNDEFINED = "undefined"


UNDEFINED = Undefined.UNDEFINED

GuessedValue = str | bool | int | float | None | Undefined

_MAX_SAFE_INTEGER = 2**53 - 1
_MAX_ARRAY_INDEX = 2**32 - 2

_SURROGATE = re.compile("[\ud800-\udfff]")
# A backslash that does not start one of these pairs would break JSON parsing downstream.
_LONE_BACKSLASH = re.compile(r"""\\(?![\\ntbrf"'u])""")
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")
JS_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"  # noqa: E501
JS_DECIMAL = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_JS_NON_DECIMAL = re.compile(r"0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)")
_JS_BASES = {"x": 16, "o": 8, "b": 2}
_JS_LITERALS: dict[str, GuessedValue] = {
    "true": True,
    "false": False,
    "null": None,
    "undefined": UNDEFINED,
}


def normalize_value(value: object) -> VariableValue:
    """Convert a value to what Typebot stores when a variable is written.

    Strings are kept; numbers, booleans, dicts and nested lists become their
    ``JSON.stringify`` text (see :func:`json_stringify`); a list or tuple is converted item by
    item. Then, for the value and for each list item: an empty string becomes ``None``, a lone
    UTF-16 surrogate becomes U+FFFD, and a backslash that does not start one of the pairs
    ``\\\\ \\n \\t \\b \\r \\f \\" \\' \\u`` is doubled. The lookahead is one character, as in
    Typebot: in ``\\\\x`` the first backslash starts a pair and the second, followed by ``x``,
    is doubled, giving three.

    Raises:
        TypeError: for a value JSON cannot represent (see :func:`json_stringify`).
    """
    if isinstance(value, list | tuple):
        return [_normalize_scalar(item) for item in value]
    return _normalize_scalar(value)


def _normalize_scalar(value: object) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else json_stringify(value)
    return _sanitize(text) if text else None


def _sanitize(text: str) -> str:
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", _pair_surrogates(text))
    return _LONE_BACKSLASH.sub(lambda _: "\\\\", text)


def _pair_surrogates(text: str) -> str:
    """Join high/low surrogate pairs into one code point, as UTF-16 (JavaScript) sees them."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def json_stringify(value: object) -> str:
    """Serialize like JavaScript's ``JSON.stringify``, compactly.

    Floats print as JavaScript numbers (``1.0`` → ``1``, ``1e21`` → ``1e+21``, ``-0.0`` →
    ``0``, NaN and infinities → ``null``); ints print exactly, even beyond 2**53 where
    JavaScript would round. Dict keys print as JavaScript property names, and, as in a
    JavaScript object, array-index keys (``"0"``, ``"1"``…) come first in ascending order.
    Lone surrogates print as ``\\udxxx`` escapes. Tuples are arrays.

    Raises:
        TypeError: for anything but ``None``, bool, int, float, str, list, tuple or a mapping
            whose keys are str, int, float, bool or ``None``.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _js_number_text(value) if math.isfinite(value) else "null"
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join(json_stringify(item) for item in value) + "]"
    if isinstance(value, Mapping):
        return _json_object(value)
    raise TypeError(f"cannot store a {type(value).__name__} in a variable")


def _json_string(text: str) -> str:
    encoded = json.dumps(_pair_surrogates(text), ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def _json_object(mapping: Mapping[object, object]) -> str:
    entries = {_property_key(key): value for key, value in mapping.items()}
    indices = sorted((key for key in entries if _is_array_index(key)), key=int)
    others = [key for key in entries if not _is_array_index(key)]
    members = (f"{_json_string(key)}:{json_stringify(entries[key])}" for key in indices + others)
    return "{" + ",".join(members) + "}"


def _property_key(key: object) -> str:
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, bool):
        return json_stringify(key)
    if isinstance(key, int):
        return str(key)
    if isinstance(key, float):
        return _js_number_text(key)
    raise TypeError(f"cannot use a {type(key).__name__} as a JSON object key")


def _is_array_index(key: str) -> bool:
    return _ARRAY_INDEX.fullmatch(key) is not None and int(key) <= _MAX_ARRAY_INDEX


def _js_number_text(number: float) -> str:
    """Format a float as JavaScript's ``String(number)`` does."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    digits, point = _shortest_digits(abs(number))
    return sign + _place_point(digits, point)


def _shortest_digits(number: float) -> tuple[str, int]:
    """Return ``(digits, n)`` with ``number == 0.digits * 10**n``, digits as short as possible."""
    mantissa, _, exponent = repr(number).partition("e")
    whole, _, fraction = mantissa.partition(".")
    all_digits = whole + fraction
    significant = all_digits.lstrip("0")
    point = len(whole) + int(exponent or "0") - (len(all_digits) - len(significant))
    return significant.rstrip("0"), point


def _place_point(digits: str, point: int) -> str:
    """Lay out ``0.digits * 10**point`` by ECMAScript's Number::toString rules."""
    count = len(digits)
    if count <= point <= 21:
        return digits + "0" * (point - count)
    if 0 < point <= 21:
        return f"{digits[:point]}.{digits[point:]}"
    if -6 < point <= 0:
        return "0." + "0" * -point + digits
    exponent = point - 1
    mantissa = digits[0] + (f".{digits[1:]}" if count > 1 else "")
    return f"{mantissa}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"


def guess_js_type(value: str) -> GuessedValue:
    """Guess the JavaScript value a variable's text stands for, as Typebot does for JS globals.

    ``"true"``/``"false"`` → bool, ``"null"`` → ``None``, ``"undefined"`` → :data:`UNDEFINED`,
    and text JavaScript's ``Number()`` accepts → a number (an int when integral, a float
    otherwise, ``-0.0`` kept). Stays a string: text starting with ``"0"`` other than ``"0"``
    itself and ``"0.…"`` (phone numbers, zip codes), text starting with ``"+"``, and integers
    beyond ±(2**53 - 1), which a JavaScript number could not hold exactly (current Typebot
    rule). As ``Number()`` does, surrounding whitespace is ignored and blank text is ``0``.
    """
    if value.startswith("+") or (
        value.startswith("0") and not value.startswith("0.") and len(value) > 1
    ):
        return value
    if value in _JS_LITERALS:
        return _JS_LITERALS[value]
    number = js_number(value)
    if number is None:
        return value
    if math.isfinite(number) and number.is_integer():
        if abs(number) > _MAX_SAFE_INTEGER:
            return value
        if number or math.copysign(1.0, number) > 0:
            return int(number)
    return number


def js_number(text: str) -> float | None:
    """Parse text as JavaScript's ``Number()`` does; ``None`` where it would give NaN."""
    text = text.strip(JS_WHITESPACE)
    if not text:
        return 0.0
    if JS_DECIMAL.fullmatch(text):
        return float(text.replace("Infinity", "inf"))
    if not _JS_NON_DECIMAL.fullmatch(text):
        return None
    try:
        return float(int(text[2:], _JS_BASES[text[1].lower()]))
    except OverflowError:
        return math.inf


@dataclass(frozen=True, slots=True)
class VariableStore:
    """A bot's variables in Typebot's session order; every change returns a new store.

    Writes normalize the value (:func:`normalize_value`) and move the written variables to the
    end of the order, as Typebot's session does; :meth:`to_json` keeps that order.
    """

    variables: tuple[Variable, ...]
    _by_id: dict[str, Variable] | None = field(default=None, repr=False, compare=False)
    _by_name: dict[str, Variable] | None = field(default=None, repr=False, compare=False)
    _valued_by_name: dict[str, VariableValue] | None = field(
        default=None, repr=False, compare=False
    )

    def _ids(self) -> dict[str, Variable]:
        # Lookups are built once per store (bots can have hundreds of variables, read many
        # times a turn); ``reversed`` makes the first of duplicate keys win.
        if self._by_id is None:
            object.__setattr__(self, "_by_id", {v.id: v for v in reversed(self.variables)})
        assert self._by_id is not None
        return self._by_id

    def _names(self) -> dict[str, Variable]:
        if self._by_name is None:
            object.__setattr__(self, "_by_name", {v.name: v for v in reversed(self.variables)})
        assert self._by_name is not None
        return self._by_name

    def _valued_names(self) -> dict[str, VariableValue]:
        if self._valued_by_name is None:
            valued = {v.name: v.value for v in reversed(self.variables) if v.value is not None}
            object.__setattr__(self, "_valued_by_name", valued)
        assert self._valued_by_name is not None
        return self._valued_by_name

    @classmethod
    def of(cls, variables: Iterable[Variable]) -> Self:
        """Make a store from a document's variables, values taken as they are."""
        return cls(tuple(variables))

    def get(self, variable_id: str) -> Variable | None:
        """Return the variable with this id, if any."""
        return self._ids().get(variable_id)

    def get_by_name(self, name: str) -> Variable | None:
        """Return the first variable with exactly this name, whatever its value."""
        return self._names().get(name)

    def value_of(self, variable_id: str) -> VariableValue:
        """Return the value of the variable with this id; ``None`` if unset or unknown."""
        variable = self.get(variable_id)
        return None if variable is None else variable.value

    def value_of_name(self, name: str) -> VariableValue:
        """Return the value of the first variable with this name that has one.

        This is the ``{{Name}}`` lookup: when names repeat, an unset variable does not hide a
        later one that is set.
        """
        return self._valued_names().get(name)

    def set(self, variable_id: str, value: object) -> Self:
        """Write one variable; see :meth:`set_many`."""
        return self.set_many({variable_id: value})

    def set_many(self, values: Mapping[str, object]) -> Self:
        """Write several variables (by id) at once; they move to the end in the given order.

        Raises:
            KeyError: for an id that is not one of the store's variables.
            TypeError: for a value :func:`normalize_value` cannot convert.
        """
        updated = [self._require(variable_id) for variable_id in values]
        written = tuple(
            v.model_copy(update={"value": normalize_value(values[v.id])}) for v in updated
        )
        kept = tuple(v for v in self.variables if v.id not in values)
        store = type(self)(kept + written)
        # Ids are unique in a store, so its id lookup follows from this one's.
        object.__setattr__(store, "_by_id", {**self._ids(), **{v.id: v for v in written}})
        return store

    def append(self, variable_id: str, item: object) -> Self:
        """Add one item to a variable, Typebot's "Append value(s)".

        An unset variable becomes ``[item]``, a single value ``[value, item]``, and a list gets
        the item at its end. The item is one item even if it is a list (stored as JSON text).

        Raises:
            KeyError: for an id that is not one of the store's variables.
        """
        current = self._require(variable_id).value
        items: list[object] = []
        if isinstance(current, list):
            items.extend(current)
        elif current is not None:
            items.append(current)
        return self.set(variable_id, [*items, item])

    def to_json(self) -> list[dict[str, object]]:
        """Return the variables as Typebot JSON objects (camelCase), in the store's order."""
        return [v.model_dump(mode="json", exclude_unset=True) for v in self.variables]

    def _require(self, variable_id: str) -> Variable:
        variable = self.get(variable_id)
        if variable is None:
            raise KeyError(variable_id)
        return variable
