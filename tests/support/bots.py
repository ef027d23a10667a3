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


def group(group_id: str, title: str, blocks: list[dict[str, Any]]) -> dict[str, Any]:
    """A group of blocks."""
    return {"id": group_id, "title": title, "graphCoordinates": {"x": 0, "y": 0}, "blocks": blocks}


def edge(edge_id: str, block_id: str, group_id: str, item_id: str | None = None) -> dict[str, Any]:
    """An edge from a block (or one of its items) to a group."""
    source: dict[str, Any] = {"blockId": block_id}
    if item_id:
        source["itemId"] = item_id
    return {"id": edge_id, "from": source, "to": {"groupId": group_id}}


def bot_document(
    name: str,
    variables: list[dict[str, Any]],
    groups: list[dict[str, Any]],
    edges: list[dict[str, Any]] | None = None,
    *,
    theme: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A bot whose start leads to the first of ``groups`` (edge ``e0``); ``edges`` are the
    others."""
    return {
        "version": "6.1",
        "name": name,
        "events": [
            {
                "id": "start",
                "type": "start",
                "outgoingEdgeId": "e0",
                "graphCoordinates": {"x": 0, "y": 0},
            }
        ],
        "variables": variables,
        "groups": groups,
        "edges": [
            {"id": "e0", "from": {"eventId": "start"}, "to": {"groupId": groups[0]["id"]}},
            *(edges or []),
        ],
        "theme": theme or {},
        "settings": {},
    }


def two_group_bot(
    name: str,
    variables: list[dict[str, Any]],
    *,
    first: tuple[str, list[dict[str, Any]]],
    second: tuple[str, list[dict[str, Any]]],
    loop_from: str | None = None,
    theme: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A bot of two groups, each a ``(title, blocks)``: the start leads to the first, whose
    last block (an input with edge ``e1``) leads to the second; ``loop_from`` names an input
    (with edge ``e2``) that leads back to the second."""
    edges = [edge("e1", first[1][-1]["id"], "g2")]
    if loop_from is not None:
        edges.append(edge("e2", loop_from, "g2"))
    groups = [group("g1", *first), group("g2", *second)]
    return bot_document(name, variables, groups, edges, theme=theme)


def webhook_bot() -> dict[str, Any]:
    """Says it waits, listens for a webhook that saves ``data.order.id`` into Order, then
    confirms the order and asks for a name."""
    return bot_document(
        "Webhook",
        [{"id": "vorder", "name": "Order"}, {"id": "vname", "name": "Name"}],
        [
            group(
                "g1",
                "Wait",
                [
                    text_block("b1", "Waiting for your payment"),
                    {
                        "id": "wh",
                        "type": "webhook",
                        "options": {
                            "responseVariableMapping": [
                                {"id": "m1", "variableId": "vorder", "bodyPath": "data.order.id"}
                            ]
                        },
                    },
                    text_block("b2", "Order {{Order}} received"),
                    text_input("b3", "vname"),
                    text_block("b4", "Thanks {{Name}} for order {{Order}}"),
                ],
            )
        ],
    )
