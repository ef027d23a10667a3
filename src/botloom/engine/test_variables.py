"""Tests of Typebot's variable write rules, JSON text, guessed JS types and the store."""

import math

import pytest

from botloom.engine.variables import (
    UNDEFINED,
    GuessedValue,
    VariableStore,
    VariableValue,
    guess_js_type,
    json_stringify,
    normalize_value,
)
from botloom.schema.variables import Variable


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("hello", "hello"),
        ("", None),
        (1, "1"),
        (1.0, "1"),
        (1.5, "1.5"),
        (-2.5, "-2.5"),
        (-0.0, "0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (0.000001, "0.000001"),
        (1e-7, "1e-7"),
        (1e16, "10000000000000000"),
        (123456789012345680000.0, "123456789012345680000"),
        (1e21, "1e+21"),
        (1.5e300, "1.5e+300"),
        (5e-324, "5e-324"),
        (2**64, "18446744073709551616"),
        (math.nan, "null"),
        (-math.inf, "null"),
        (True, "true"),
        (False, "false"),
        ({}, "{}"),
        (
            {"a": 1, "b": [1.0, None, True], "c": {"d": "x"}},
            '{"a":1,"b":[1,null,true],"c":{"d":"x"}}',
        ),
        ({"b": 1, "10": 2, "a": 3, "2": 4, "01": 5}, '{"2":4,"10":2,"b":1,"a":3,"01":5}'),
        ({1.5: "x", None: 2, False: 3}, '{"1.5":"x","null":2,"false":3}'),
        ({"s": 'é"\n'}, r'{"s":"é\"\n"}'),
        ({"s": "\x01"}, r'{"s":"\u0001"}'),
        ({"s": "\ud800"}, r'{"s":"\ud800"}'),
        ({"s": "a\\b"}, r'{"s":"a\\b"}'),
    ],
)
def test_normalize_scalar(value: object, expected: VariableValue) -> None:
    assert normalize_value(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ([], []),
        (
            [1, 1.5, True, None, "", "a", [1, "b"], {"k": None}, "\ud800"],
            ["1", "1.5", "true", None, None, "a", '[1,"b"]', '{"k":null}', "\ufffd"],
        ),
        (("a", 2), ["a", "2"]),
    ],
)
def test_normalize_list_item_by_item(value: object, expected: VariableValue) -> None:
    assert normalize_value(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("\ud800", "\ufffd"),
        ("a\udc00b", "a\ufffdb"),
        ("\udc00\ud800", "\ufffd\ufffd"),
        ("\ud83d\ude00", "\U0001f600"),
        ("\U0001f600", "\U0001f600"),
    ],
)
def test_lone_surrogates_become_replacement_characters(value: str, expected: str) -> None:
    assert normalize_value(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (r"C:\path", r"C:\\path"),
        (r"d\d+", r"d\\d+"),
        ("end\\", "end\\\\"),
        (r"a\nb \t \b \r \f \u00e9 \" \'", r"a\nb \t \b \r \f \u00e9 \" \'"),
        # The lookahead is one character: the second backslash of a pair is checked too.
        (r"a\\b", r"a\\b"),
        (r"a\\x", r"a\\\x"),
        ("\\\\", "\\\\\\"),
    ],
)
def test_lone_backslashes_are_doubled(value: str, expected: str) -> None:
    assert normalize_value(value) == expected


@pytest.mark.parametrize("value", [object(), {1, 2}, [b"bytes"], {(1, 2): "tuple key"}])
def test_values_json_cannot_hold_are_refused(value: object) -> None:
    with pytest.raises(TypeError):
        normalize_value(value)


def test_json_stringify_keeps_strings_quoted() -> None:
    assert json_stringify(["a", 'q"', 1.0]) == '["a","q\\"",1]'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("true", True),
        ("false", False),
        ("null", None),
        ("undefined", UNDEFINED),
        ("0", 0),
        ("42", 42),
        ("-42", -42),
        ("1.5", 1.5),
        ("0.5", 0.5),
        ("-0", -0.0),
        ("1e3", 1000),
        ("1.e3", 1000),
        (".5", 0.5),
        ("5.", 5),
        (" 12\n", 12),
        ("Infinity", math.inf),
        ("-Infinity", -math.inf),
        ("9007199254740991", 9007199254740991),
        (" 0x1A", 26),
        ("", 0),
        ("01", "01"),
        ("007", "007"),
        ("0x1A", "0x1A"),
        ("+33612345678", "+33612345678"),
        ("+1", "+1"),
        ("9007199254740992", "9007199254740992"),
        ("-12345678901234567", "-12345678901234567"),
        ("1e21", "1e21"),
        ("abc", "abc"),
        ("True", "True"),
        ("nan", "nan"),
        ("inf", "inf"),
        ("1_000", "1_000"),
        ("1,5", "1,5"),
        ("٣", "٣"),
    ],
)
def test_guess_js_type(text: str, expected: GuessedValue) -> None:
    guessed = guess_js_type(text)
    assert guessed == expected
    assert type(guessed) is type(expected)


def test_guess_js_type_keeps_the_sign_of_negative_zero() -> None:
    guessed = guess_js_type("-0")
    assert isinstance(guessed, float)
    assert math.copysign(1.0, guessed) == -1.0


def _store() -> VariableStore:
    return VariableStore.of(
        [
            Variable(id="v1", name="first", value="1"),
            Variable(id="v2", name="dup"),
            Variable(id="v3", name="dup", value="second"),
            Variable(id="v4", name="session", value=["a", None], is_session_variable=True),
        ]
    )


def test_lookups() -> None:
    store = _store()
    assert store.value_of("v1") == "1"
    assert store.value_of("missing") is None
    assert store.get("v4") == Variable(
        id="v4", name="session", value=["a", None], is_session_variable=True
    )
    assert store.get("missing") is None
    by_name = store.get_by_name("dup")
    assert by_name is not None
    assert by_name.id == "v2"
    assert store.get_by_name("missing") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [("first", "1"), ("dup", "second"), ("session", ["a", None]), ("First", None), ("", None)],
)
def test_value_of_name_takes_the_first_variable_with_a_value(
    name: str, expected: VariableValue
) -> None:
    assert _store().value_of_name(name) == expected


def test_set_normalizes_and_moves_the_variable_to_the_end() -> None:
    store = _store()
    updated = store.set("v1", 2.0)
    assert updated.to_json() == [
        {"id": "v2", "name": "dup"},
        {"id": "v3", "name": "dup", "value": "second"},
        {"id": "v4", "name": "session", "value": ["a", None], "isSessionVariable": True},
        {"id": "v1", "name": "first", "value": "2"},
    ]
    assert store.value_of("v1") == "1"


def test_set_many_moves_variables_to_the_end_in_the_given_order() -> None:
    updated = _store().set_many({"v3": "", "v1": [1, {"a": True}]})
    assert updated.to_json() == [
        {"id": "v2", "name": "dup"},
        {"id": "v4", "name": "session", "value": ["a", None], "isSessionVariable": True},
        {"id": "v3", "name": "dup", "value": None},
        {"id": "v1", "name": "first", "value": ["1", '{"a":true}']},
    ]


@pytest.mark.parametrize(
    ("variable_id", "item", "expected"),
    [
        ("v2", "x", ["x"]),
        ("v1", "x", ["1", "x"]),
        ("v4", "x", ["a", None, "x"]),
        ("v4", "", ["a", None, None]),
        ("v4", 3, ["a", None, "3"]),
        ("v4", ["b", "c"], ["a", None, '["b","c"]']),
    ],
)
def test_append(variable_id: str, item: object, expected: VariableValue) -> None:
    updated = _store().append(variable_id, item)
    assert updated.value_of(variable_id) == expected
    assert updated.variables[-1].id == variable_id


@pytest.mark.parametrize("method", ["set", "append"])
def test_writing_an_unknown_variable_raises(method: str) -> None:
    with pytest.raises(KeyError):
        getattr(_store(), method)("missing", "x")
