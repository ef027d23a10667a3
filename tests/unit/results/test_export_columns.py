"""CSV columns and cells of results: Typebot's rules (docs/engine.md §7, "CSV")."""

from datetime import UTC, datetime
from typing import Any

import pytest

from botloom.domain.results.export import result_columns, result_row, safe_cell
from botloom.domain.results.queries import StoredAnswer


def _input(
    block_id: str, variable_id: str | None = None, kind: str = "text input"
) -> dict[str, Any]:
    return {
        "id": block_id,
        "type": kind,
        "options": {"variableId": variable_id} if variable_id else {},
    }


DOCUMENT: dict[str, Any] = {
    "groups": [
        {
            "id": "g1",
            "title": "Contact",
            "blocks": [
                {"id": "t1", "type": "text", "content": {"richText": []}},
                _input("name1", "vname"),
                _input("free1"),
                _input("mail", "vmail", "email input"),
            ],
        },
        {
            "id": "g2",
            "title": "Contact",
            "blocks": [
                _input("free2"),
                _input("name2", "vname"),
                _input("pick", None, "choice input"),
            ],
        },
    ],
    "variables": [
        {"id": "vname", "name": "Name"},
        {"id": "vmail", "name": "Email"},
        {"id": "vscore", "name": "Score"},
        {"id": "vtoken", "name": "Token", "isSessionVariable": True},
    ],
}


def _labels(**kwargs: Any) -> list[str]:
    columns = result_columns(DOCUMENT, answered_block_ids=kwargs.pop("answered", []), **kwargs)
    return [c.label for c in columns]


def test_one_column_per_input_then_variables_then_deleted_blocks() -> None:
    assert _labels(answered=["name1", "gone", "free2", "gone"], preferences=None) == [
        "Submitted at",
        "Name",  # name1 and name2 save into Name: one column
        "Contact",  # no variable: the group's title...
        "Email",
        "Contact (2)",  # ...numbered when repeated
        "Contact (3)",
        "Score",  # a variable no input saves into; session variables are left out
        "gone (deleted block)",
    ]


def test_the_bots_preferences_order_and_hide_columns() -> None:
    preferences = {
        "columnsOrder": ["vscore", "unknown", "mail", "date"],
        "columnsVisibility": {"free1": False, "name1": True},
    }
    assert _labels(preferences=preferences) == [
        "Score",
        "Email",
        "Submitted at",
        "Name",
        "Contact (2)",
        "Contact (3)",
    ]


def test_cells_prefer_the_kept_variable_and_the_latest_answer() -> None:
    columns = result_columns(DOCUMENT, answered_block_ids=["gone"], preferences=None)
    created = datetime(2026, 3, 4, 5, 6, 7, 890000, tzinfo=UTC)
    variables = [
        {"id": "vname", "name": "Name", "value": ["Ada", None, "Grace"]},
        {"id": "vscore", "name": "Score", "value": "12"},
    ]
    answers = [
        StoredAnswer("name1", "Ada", None),
        StoredAnswer("free1", "first", None),
        StoredAnswer("free1", "second", None),
        StoredAnswer("mail", "=cmd|' /C calc'!A0", None),
        StoredAnswer("gone", "+1", None),
    ]
    assert result_row(created, variables, answers, columns) == [
        "2026-03-04T05:06:07.890Z",
        "Ada, , Grace",
        "second",
        "'=cmd|' /C calc'!A0",
        "",
        "",
        "12",
        "'+1",
    ]


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r", "\n", "\n=", "\r\n+"])
def test_formula_prefixes_get_an_apostrophe(prefix: str) -> None:
    assert safe_cell(f"{prefix}SUM(A1)") == f"'{prefix}SUM(A1)"


@pytest.mark.parametrize("text", ["", "Ada", " =1", "a=b", "'quoted"])
def test_other_cells_are_kept(text: str) -> None:
    assert safe_cell(text) == text
