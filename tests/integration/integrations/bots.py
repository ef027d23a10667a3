"""Bots for integration tests: one block under test between a question and a reply."""

from typing import Any

from tests.support.bots import text_block, text_input, two_group_bot

VARIABLES = [
    {"id": "vname", "name": "Name"},
    {"id": "vemail", "name": "Email"},
    {"id": "vfiles", "name": "Files"},
    {"id": "vout", "name": "Out"},
]


def looping_bot(block: dict[str, Any], after: str = "Done {{Name}}") -> dict[str, Any]:
    """Asks a name, runs ``block``, says ``after``, then asks again and loops to the block."""
    return two_group_bot(
        "Integration",
        VARIABLES,
        first=("Ask", [text_block("b1", "Name?"), text_input("b2", "vname", "e1")]),
        second=("Run", [block, text_block("b4", after), text_input("b5", "vname", "e2")]),
        loop_from="b5",
    )
