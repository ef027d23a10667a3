"""Shared test helper: pieces of hand-made bot documents for the engine's tests."""

from typing import Any

GC = {"x": 0, "y": 0}
"""Graph coordinates (where a group stands in the builder; the engine ignores them)."""


def text(block_id: str, value: str, edge: str | None = None) -> dict[str, Any]:
    """A text bubble of one paragraph, leading through ``edge`` if given."""
    block: dict[str, Any] = {
        "id": block_id,
        "type": "text",
        "content": {"richText": [{"type": "p", "children": [{"text": value}]}]},
    }
    return block | ({"outgoingEdgeId": edge} if edge else {})


def group(group_id: str, *blocks: dict[str, Any], title: str | None = None) -> dict[str, Any]:
    """A group of ``blocks``, titled by its id unless ``title`` is given."""
    return {
        "id": group_id,
        "title": title or group_id,
        "graphCoordinates": GC,
        "blocks": list(blocks),
    }


def edge(edge_id: str, group_id: str, block_id: str | None = None) -> dict[str, Any]:
    """An edge to a group (or one of its blocks); where it starts does not matter here."""
    target = {"groupId": group_id} | ({"blockId": block_id} if block_id else {})
    return {"id": edge_id, "from": {"blockId": "x"}, "to": target}
