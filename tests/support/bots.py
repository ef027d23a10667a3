"""Small hand-made bots for chat tests."""

from typing import Any


def text_block(block_id: str, text: str) -> dict[str, Any]:
    """A text bubble with one paragraph."""
    return {
        "id": block_id,
        "type": "text",
        "content": {"richText": [{"type": "p", "children": [{"text": text}]}]},
    }


def text_input(block_id: str, variable_id: str, edge_id: str | None = None) -> dict[str, Any]:
    """A text input saving into a variable."""
    block: dict[str, Any] = {
        "id": block_id,
        "type": "text input",
        "options": {"variableId": variable_id},
    }
    if edge_id:
        block["outgoingEdgeId"] = edge_id
    return block


def two_questions_bot(settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Asks a name, then a city, then says goodbye with both."""
    return {
        "version": "6.1",
        "name": "Two questions",
        "events": [
            {
                "id": "start",
                "type": "start",
                "outgoingEdgeId": "e0",
                "graphCoordinates": {"x": 0, "y": 0},
            }
        ],
        "variables": [{"id": "vname", "name": "Name"}, {"id": "vcity", "name": "City"}],
        "groups": [
            {
                "id": "g1",
                "title": "Ask",
                "graphCoordinates": {"x": 0, "y": 0},
                "blocks": [
                    text_block("b1", "Hello! What's your name?"),
                    text_input("b2", "vname"),
                    text_block("b3", "Nice to meet you {{Name}}. Where do you live?"),
                    text_input("b4", "vcity", "e1"),
                ],
            },
            {
                "id": "g2",
                "title": "Bye",
                "graphCoordinates": {"x": 0, "y": 0},
                "blocks": [text_block("b5", "Bye {{Name}} from {{City}}")],
            },
        ],
        "edges": [
            {"id": "e0", "from": {"eventId": "start"}, "to": {"groupId": "g1"}},
            {"id": "e1", "from": {"blockId": "b4"}, "to": {"groupId": "g2"}},
        ],
        "theme": {"general": {"font": {"type": "Custom"}}},
        "settings": settings or {},
    }
