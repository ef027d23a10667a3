"""A bot whose runs branch: buttons with their own edges, a condition, a number."""

from typing import Any

from tests.support.bots import bot_document, edge, group, text_block


def branching_bot() -> dict[str, Any]:
    """Asks a color (Red has its own path), then an age; adults and minors part ways."""
    return bot_document(
        "Branching",
        [
            {"id": "vcolor", "name": "Color"},
            {"id": "vage", "name": "Age"},
            {"id": "vnote", "name": "Note"},
            {"id": "vsecret", "name": "Secret", "isSessionVariable": True},
        ],
        [
            group(
                "g1",
                "Color",
                [
                    text_block("b1", "Hi! Pick a color"),
                    {
                        "id": "b2",
                        "type": "choice input",
                        "options": {"variableId": "vcolor"},
                        "items": [
                            {"id": "iRed", "content": "Red", "outgoingEdgeId": "eRed"},
                            {"id": "iBlue", "content": "Blue"},
                        ],
                        "outgoingEdgeId": "e2",
                    },
                ],
            ),
            group(
                "gRed",
                "Red",
                [{**text_block("b3", "Red is warm, {{Color}}!"), "outgoingEdgeId": "eRedDone"}],
            ),
            group(
                "g3",
                "Age",
                [
                    text_block("b4", "How old are you?"),
                    {"id": "b5", "type": "number input", "options": {"variableId": "vage"}},
                    {
                        "id": "b6",
                        "type": "Condition",
                        "items": [
                            {
                                "id": "c1",
                                "content": {
                                    "logicalOperator": "AND",
                                    "comparisons": [
                                        {
                                            "id": "cmp1",
                                            "variableId": "vage",
                                            "comparisonOperator": "Greater than",
                                            "value": "17",
                                        }
                                    ],
                                },
                                "outgoingEdgeId": "eAdult",
                            }
                        ],
                        "outgoingEdgeId": "eMinor",
                    },
                ],
            ),
            group("gAdult", "Adult", [text_block("b7", "Welcome, adult {{Color}} fan")]),
            group(
                "gMinor",
                "Minor",
                [
                    text_block("b8", "Too young"),
                    {"id": "b9", "type": "text input", "options": {"variableId": "vnote"}},
                    text_block("b10", "Noted: {{Note}}"),
                ],
            ),
        ],
        [
            edge("eRed", "b2", "gRed", "iRed"),
            edge("e2", "b2", "g3"),
            edge("eRedDone", "b3", "g3"),
            edge("eAdult", "b6", "gAdult", "c1"),
            edge("eMinor", "b6", "gMinor"),
        ],
    )
