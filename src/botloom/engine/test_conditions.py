"""Tests of condition evaluation against docs/engine.md §4 and conditions from real Typebot bots."""

from collections.abc import Mapping
from typing import Any

import pytest

from botloom.engine.conditions import evaluate_condition
from botloom.engine.templating import TemplateContext
from botloom.engine.variables import VariableValue
from botloom.schema.conditions import (
    Comparison,
    ComparisonOperator,
    Condition,
    LogicalOperator,
)

Op = ComparisonOperator
LEFT_ID = "v-left"
OTHER_ID = "v-other"
NAMES = {"Left": LEFT_ID, "Other": OTHER_ID}
Case = tuple[VariableValue, str | None, bool]


def evaluate(
    condition: Condition, variables: Mapping[str, VariableValue], names: Mapping[str, str]
) -> bool:
    """Evaluate with variable values by id and variable ids by name."""

    def value_of_name(name: str) -> VariableValue:
        return variables.get(names.get(name, ""))

    ctx = TemplateContext(value_of_name=value_of_name, id_of_name=names.get)
    return evaluate_condition(condition, variables.get, ctx)


def check(
    left: VariableValue,
    operator: ComparisonOperator,
    right: str | None,
    other: VariableValue = None,
) -> bool:
    """Evaluate one comparison of variable "Left"; "Other" can be used in the right value."""
    comparison = Comparison(id="c", variable_id=LEFT_ID, comparison_operator=operator, value=right)
    condition = Condition(comparisons=[comparison])
    return evaluate(condition, {LEFT_ID: left, OTHER_ID: other}, NAMES)


EQUAL: list[Case] = [
    ("a", "a", True),
    ("a", "A", False),
    ("a", " a", False),
    ("e\u0301", "\u00e9", True),
    (None, "null", True),
    (None, "undefined", True),
    ("null", "null", False),
    (None, "", False),
    (None, None, False),
    (["a", "a"], "a", True),
    (["a", "b"], "a", False),
    ([], "a", True),
    ([None], "null", True),
]


@pytest.mark.parametrize(("left", "right", "expected"), EQUAL)
def test_equal(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.EQUAL, right) is expected


NOT_EQUAL: list[Case] = [
    ("a", "b", True),
    ("a", "A", True),
    ("a", "a", False),
    ("\u00e9", "e\u0301", False),
    (None, "null", False),
    (None, "a", True),
    (["a", "b"], "c", True),
    (["a", "b"], "a", False),
]


@pytest.mark.parametrize(("left", "right", "expected"), NOT_EQUAL)
def test_not_equal(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.NOT_EQUAL, right) is expected


CONTAINS: list[Case] = [
    ("Hello World", "world", True),
    ("  Hello  ", "  ELL ", True),
    ("Hello", "xyz", False),
    ("Hello", "", False),
    ("Hello", "null", False),
    (None, "a", False),
    ("Caf\u00e9 au lait", "cafe\u0301", True),
    (["Chocolate", "Vanilla"], "Vanilla", True),
    (["Chocolate", "Vanilla"], "vanilla", False),
    (["Chocolate chip"], "Chocolate", False),
    ([None, "x"], "x", True),
]


@pytest.mark.parametrize(("left", "right", "expected"), CONTAINS)
def test_contains(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.CONTAINS, right) is expected


NOT_CONTAINS: list[Case] = [
    ("Hello", "xyz", True),
    ("Hello", "ELL", False),
    ("  Hello", " he ", False),
    ("Hello", "", True),
    ("Hello", "undefined", True),
    (None, "a", True),
    (["a", "b"], "c", True),
    (["a", "b"], "a", False),
    (["Ab"], "ab", True),
]


@pytest.mark.parametrize(("left", "right", "expected"), NOT_CONTAINS)
def test_not_contains(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.NOT_CONTAINS, right) is expected


GREATER: list[Case] = [
    ("10", "9", True),
    ("9", "10", False),
    ("2.5", "2.25", True),
    ("1e3", "999", True),
    (" 42 ", "41", True),
    ("-1", "0", False),
    (".5", "0.4", True),
    ("0x10", "15", True),
    ("+5", "4", False),
    ("+5", "1", True),
    ("abc", "2", True),
    ("abc", "3", False),
    ("2024-03-01", "2024-02-28", True),
    ("2024-01-01T10:00:00Z", "2024-01-01T09:00:00Z", True),
    ("2024-01-01T10:00:00+02:00", "2024-01-01T09:00:00Z", False),
    ("2024-01-01", "1000", True),
    (None, "1", False),
    ("1", "null", False),
    (["a", "b", "c"], "2", True),
    (["a", "b"], "2", False),
    (["a", "b"], "+1", True),
    (["a"], "abc", False),
]


@pytest.mark.parametrize(("left", "right", "expected"), GREATER)
def test_greater_than(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.GREATER, right) is expected


GREATER_OR_EQUAL: list[Case] = [
    ("10", "10", True),
    ("10.0", "10", True),
    ("9", "10", False),
    ("abc", "xyz", True),
    (["a", "b"], "2", True),
    (None, "null", False),
]


@pytest.mark.parametrize(("left", "right", "expected"), GREATER_OR_EQUAL)
def test_greater_or_equal(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.GREATER_OR_EQUAL, right) is expected


LESS: list[Case] = [
    ("9", "10", True),
    ("10", "9", False),
    ("abc", "abcd", True),
    ("  ", "1", False),
    ("2023-12-31", "2024-01-01", True),
    (["a"], "2", True),
    (None, "5", False),
]


@pytest.mark.parametrize(("left", "right", "expected"), LESS)
def test_less_than(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.LESS, right) is expected


LESS_OR_EQUAL: list[Case] = [
    ("20", "20", True),
    ("21", "20", False),
    ("-3", "-2.5", True),
    (["a", "b"], "2", True),
    ("1", "undefined", False),
]


@pytest.mark.parametrize(("left", "right", "expected"), LESS_OR_EQUAL)
def test_less_or_equal(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.LESS_OR_EQUAL, right) is expected


@pytest.mark.parametrize(
    ("operator", "left", "other", "expected"),
    [
        (Op.GREATER, "3", ["a", "b"], True),
        (Op.GREATER, "2", ["a", "b"], False),
        (Op.GREATER, "x", ["a", "b"], False),
        (Op.GREATER_OR_EQUAL, "+2", ["a", "b"], True),
        (Op.LESS, "1", ["a", "b"], True),
        (Op.GREATER, ["a", "b"], ["a"], True),
        (Op.LESS_OR_EQUAL, ["a", "b"], ["a"], False),
        (Op.GREATER, "5", "4", True),
        # An unset lone variable is "", whose length is 0.
        (Op.GREATER, "5", None, True),
        (Op.GREATER, "-1", None, False),
    ],
)
def test_ordering_with_variable_on_the_right(
    operator: ComparisonOperator, left: VariableValue, other: VariableValue, expected: bool
) -> None:
    assert check(left, operator, "{{Other}}", other) is expected


@pytest.mark.parametrize(
    ("left", "expected"),
    [("a", True), ("", False), (None, False), (["a"], True), ([], False), ([None], True)],
)
def test_is_set(left: VariableValue, expected: bool) -> None:
    assert check(left, Op.IS_SET, None) is expected


@pytest.mark.parametrize(
    ("left", "expected"),
    [(None, True), ("", True), ([], True), ("a", False), (" ", False), (["a"], False)],
)
def test_is_empty(left: VariableValue, expected: bool) -> None:
    assert check(left, Op.IS_EMPTY, None) is expected


STARTS_WITH: list[Case] = [
    ("Hello world", "hello", True),
    ("  Hello", "HE ", True),
    ("Hello", "world", False),
    ("Hello", "", False),
    (None, "a", False),
    (["apple", "avocado"], "a", True),
    (["apple", "banana"], "a", False),
    ("\u00e9clair", "e\u0301", True),
]


@pytest.mark.parametrize(("left", "right", "expected"), STARTS_WITH)
def test_starts_with(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.STARTS_WITH, right) is expected


ENDS_WITH: list[Case] = [
    ("Hello World", "WORLD", True),
    ("Hello world  ", "world", True),
    ("Hello", "Hell", False),
    ("Hello", "", False),
    (None, "o", False),
    (["hello", "bravo"], "O", True),
    (["hello", "world"], "o", False),
]


@pytest.mark.parametrize(("left", "right", "expected"), ENDS_WITH)
def test_ends_with(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.ENDS_WITH, right) is expected


MATCHES_REGEX: list[Case] = [
    ("abc123", r"\d+", True),
    ("abc", r"^\d+$", False),
    ("ABC", "/abc/i", True),
    ("ABC", "/abc/", False),
    ("ABC", "abc", False),
    ("abc", "/b/g", True),
    ("line1\nline2", "/^line2$/m", True),
    ("line1\nline2", "^line2$", False),
    ("abc\n", "abc$", False),
    ("a\nb", "/a.b/s", True),
    ("a\nb", "a.b", False),
    ("a\rb", "a.b", False),
    ("2024-05-01", r"/(?<year>\d{4})-\d{2}/", True),
    ("abab", r"/^(?<x>ab)\k<x>$/", True),
    ("\u0661\u0662", r"^\d+$", False),
    ("caf\u00e9", r"^\w+$", False),
    ("caf\u00e9", r"^[\w\u00e9]+$", True),
    ("a]", r"[^]]", True),
    ("x", "[]", False),
    ("\U0001f600", r"/^\u{1F600}$/u", True),
    ("\u00c9T\u00c9", "/\u00e9t\u00e9/i", True),
    ("xabc", "/abc/y", False),
    ("abcx", "/abc/y", True),
    ("abc", "(", False),
    ("abc", "/abc/q", False),
    ("/usr/bin/env", "/usr/bin", True),
    ("abc", "/abc/ii", False),
    ("abc", "", False),
    ("abc", "//", False),
    ("", "a*", False),
    (None, "a*", False),
    (["x", "a1"], r"\d", True),
    (["x", "y"], r"\d", False),
    ("a" * 9_999 + "b", "b", True),
    ("a" * 10_000 + "b", "b", False),
]


@pytest.mark.parametrize(("left", "right", "expected"), MATCHES_REGEX)
def test_matches_regex(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.MATCHES_REGEX, right) is expected


NOT_MATCH_REGEX: list[Case] = [
    ("abc", r"\d", True),
    ("abc1", r"\d", False),
    ("ABC", "/abc/i", False),
    ("ABC", "/abc/", True),
    ("abc", "(", False),
    ("abc", "", False),
    (None, "a", False),
    (["a", "b"], r"\d", True),
    (["a", "1"], r"\d", False),
]


@pytest.mark.parametrize(("left", "right", "expected"), NOT_MATCH_REGEX)
def test_does_not_match_regex(left: VariableValue, right: str | None, expected: bool) -> None:
    assert check(left, Op.NOT_MATCH_REGEX, right) is expected


@pytest.mark.parametrize(
    ("operator", "left", "right", "other", "expected"),
    [
        (Op.EQUAL, "x", "{{Other}}", "x", True),
        (Op.EQUAL, "Hi Bob!", "Hi {{Other}}!", "Bob", True),
        (Op.EQUAL, "Hi !", "Hi {{Other}}!", None, True),
        (Op.EQUAL, None, "{{Other}}", None, False),
        (Op.EQUAL, "", "{{Missing}}", None, True),
        (Op.EQUAL, "x", "{{ Other }}", "x", False),
        (Op.EQUAL, '["a","b"]!', "{{Other}}!", ["a", "b"], True),
        (Op.EQUAL, "a", "{{Other}}", ["a", "a"], True),
        (Op.EQUAL, "a", "{{Other}}", ["a", "b"], False),
        (Op.EQUAL, ["a", "a"], "{{Other}}", ["a"], True),
        (Op.EQUAL, ["a", "b"], "{{Other}}", ["a", "b"], False),
        (Op.NOT_EQUAL, ["a", "b"], "{{Other}}", ["c", "d"], True),
        (Op.NOT_EQUAL, ["a", "b"], "{{Other}}", ["c", "a"], False),
        (Op.CONTAINS, "I like nuts", "{{Other}}", ["coffee", "NUTS"], True),
        (Op.CONTAINS, "I like nuts", "{{Other}}", ["coffee", "tea"], False),
        (Op.CONTAINS, ["a", "b"], "{{Other}}", ["c", "b"], True),
        (Op.CONTAINS, ["a", "b"], "{{Other}}", ["c", "d"], False),
        (Op.NOT_CONTAINS, "red and blue", "{{Other}}", ["green", "yellow"], True),
        (Op.NOT_CONTAINS, "red and blue", "{{Other}}", ["green", "blue"], False),
        (Op.NOT_CONTAINS, ["a", "b"], "{{Other}}", ["c", "d"], True),
        (Op.NOT_CONTAINS, ["a", "b"], "{{Other}}", ["c", "b"], False),
        (Op.STARTS_WITH, "Hello", "{{Other}}", ["he", "hel"], True),
        (Op.STARTS_WITH, "Hello", "{{Other}}", ["he", "lo"], False),
        (Op.MATCHES_REGEX, "abc", "{{Other}}", ["x", "^a"], True),
        (Op.NOT_MATCH_REGEX, "abc", "{{Other}}", ["x", "^a"], False),
        (Op.MATCHES_REGEX, "abc", "/{{Other}}/i", "B", True),
    ],
)
def test_variables_in_the_right_value(
    operator: ComparisonOperator,
    left: VariableValue,
    right: str,
    other: VariableValue,
    expected: bool,
) -> None:
    assert check(left, operator, right, other) is expected


def make_condition(
    comparisons: list[tuple[ComparisonOperator | None, str | None]],
    logical_operator: LogicalOperator = LogicalOperator.AND,
) -> Condition:
    """A condition whose comparisons all read variable "Left"."""
    return Condition(
        logical_operator=logical_operator,
        comparisons=[
            Comparison(id=f"c{i}", variable_id=LEFT_ID, comparison_operator=op, value=value)
            for i, (op, value) in enumerate(comparisons)
        ],
    )


TRUE = (Op.EQUAL, "x")
FALSE = (Op.EQUAL, "y")
NO_OPERATOR = (None, "x")


@pytest.mark.parametrize(
    ("logical_operator", "comparisons", "expected"),
    [
        (LogicalOperator.AND, [TRUE, TRUE], True),
        (LogicalOperator.AND, [TRUE, FALSE], False),
        (LogicalOperator.OR, [TRUE, FALSE], True),
        (LogicalOperator.OR, [FALSE, FALSE], False),
        (LogicalOperator.AND, [NO_OPERATOR], False),
        (LogicalOperator.AND, [TRUE, NO_OPERATOR], False),
        (LogicalOperator.OR, [NO_OPERATOR, TRUE], True),
        (LogicalOperator.AND, [], False),
        (LogicalOperator.OR, [], False),
    ],
)
def test_logical_operators(
    logical_operator: LogicalOperator,
    comparisons: list[tuple[ComparisonOperator | None, str | None]],
    expected: bool,
) -> None:
    condition = make_condition(comparisons, logical_operator)
    assert evaluate(condition, {LEFT_ID: "x"}, NAMES) is expected


def test_and_is_the_default() -> None:
    condition = Condition.model_validate(
        {
            "comparisons": [
                {"id": "a", "variableId": LEFT_ID, "comparisonOperator": "Is set"},
                {"id": "b", "variableId": LEFT_ID, "comparisonOperator": "Is empty"},
            ]
        }
    )
    assert evaluate(condition, {LEFT_ID: "x"}, NAMES) is False


@pytest.mark.parametrize("variable_id", [None, ""])
def test_comparison_without_variable_is_false(variable_id: str | None) -> None:
    comparison = Comparison(id="c", variable_id=variable_id, comparison_operator=Op.IS_EMPTY)
    condition = Condition(comparisons=[comparison])
    assert evaluate(condition, {}, {}) is False


def test_unknown_variable_is_unset() -> None:
    comparison = Comparison(id="c", variable_id="gone", comparison_operator=Op.IS_EMPTY)
    assert evaluate(Condition(comparisons=[comparison]), {}, {}) is True


# viewer/condition.json: items "Age > 80" then "Age > 20" in one block; "Age <= 20" in another.
AGE_ID = "iDJzzyzAY2jrapm3NwhGMz"
VIEWER_CONDITIONS: list[dict[str, Any]] = [
    {
        "logicalOperator": "AND",
        "comparisons": [
            {
                "id": "wxWqL7JuZhy9uwCZNPDJjM",
                "variableId": AGE_ID,
                "comparisonOperator": "Greater than",
                "value": "80",
            }
        ],
    },
    {
        "logicalOperator": "AND",
        "comparisons": [
            {
                "id": "3di6P3ypWf3XusgBLLHYBE",
                "variableId": AGE_ID,
                "comparisonOperator": "Greater than",
                "value": "20",
            }
        ],
    },
    {
        "comparisons": [
            {
                "id": "h0b65xgim4jkbzfu8jxdcci3",
                "variableId": AGE_ID,
                "comparisonOperator": "Less or equal to",
                "value": "20",
            }
        ],
    },
]


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        ("81", [True, True, False]),
        ("21", [False, True, False]),
        ("20", [False, False, True]),
        ("5", [False, False, True]),
        ("100", [True, True, False]),
        (None, [False, False, False]),
    ],
)
def test_viewer_condition_bot(age: str | None, expected: list[bool]) -> None:
    conditions = [Condition.model_validate(c) for c in VIEWER_CONDITIONS]
    results = [evaluate(c, {AGE_ID: age}, {"Age": AGE_ID}) for c in conditions]
    assert results == expected


# templates/lead-scoring.json: one of its comparisons has no operator and never holds.
LEAD_SCORE_ID = "vcl1sezzln002b2e6e6ssxh9bf"
TEAM_SIZE_ID = "vcl1sf1ko5002g2e6egjmyb16v"
COUNTRY_ID = "vcl1sf525q00362e6eoyosycte"
LEAD_SCORING_NAMES = {"Lead Score": LEAD_SCORE_ID, "Team size": TEAM_SIZE_ID, "Country": COUNTRY_ID}


def lead_scoring_condition(variable_id: str, operator: str | None, value: str) -> Condition:
    comparison: dict[str, Any] = {"id": "cl1sf1y2a002l2e6eum6kcapg", "variableId": variable_id}
    if operator is not None:
        comparison["comparisonOperator"] = operator
    comparison["value"] = value
    return Condition.model_validate({"comparisons": [comparison]})


@pytest.mark.parametrize(
    ("variable_id", "operator", "value", "current", "expected"),
    [
        (TEAM_SIZE_ID, "Greater than", "30", "31", True),
        (TEAM_SIZE_ID, "Greater than", "30", "100", True),
        (TEAM_SIZE_ID, "Greater than", "30", "4", False),
        (TEAM_SIZE_ID, None, "10", "10", False),
        (COUNTRY_ID, "Equal to", "United States", "United States", True),
        (COUNTRY_ID, "Equal to", "United States", "united states", False),
        (LEAD_SCORE_ID, "Greater than", "20", "25", True),
        (LEAD_SCORE_ID, "Greater than", "20", None, False),
    ],
)
def test_lead_scoring_bot(
    variable_id: str, operator: str | None, value: str, current: str | None, expected: bool
) -> None:
    condition = lead_scoring_condition(variable_id, operator, value)
    assert evaluate(condition, {variable_id: current}, LEAD_SCORING_NAMES) is expected


# templates/product-recommendation.json: a multiple-choice answer must name all six flavours.
FLAVOUR_ID = "vhbd5800sc98l1lk8wf7fe742"
ALL_FLAVOURS = ["Chocolate", "Berries", "Caramel", "Nuts", "Coffee", "Vanilla"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Chocolate, Vanilla, Berries, Caramel, Nuts, Coffee", True),
        ("Chocolate, Vanilla, Berries, Caramel, Nuts", False),
        (["Chocolate", "Vanilla", "Berries", "Caramel", "Nuts", "Coffee"], True),
        (["Chocolate", "Chocolate"], False),
    ],
)
def test_product_recommendation_bot(answer: VariableValue, expected: bool) -> None:
    condition = Condition.model_validate(
        {
            "comparisons": [
                {
                    "id": f"c{i}",
                    "variableId": FLAVOUR_ID,
                    "comparisonOperator": "Contains",
                    "value": v,
                }
                for i, v in enumerate(ALL_FLAVOURS)
            ]
        }
    )
    assert evaluate(condition, {FLAVOUR_ID: answer}, {"Flavour": FLAVOUR_ID}) is expected
