"""Generated bots of any size, for the builder's benchmark and its browser tests.

``grid_bot(groups, blocks_per_group)`` lays groups out on a grid, each a text bubble, inputs
saving to variables and, last, a choice input whose buttons lead to the next groups: the
shape of a large real bot (many edges, items with their own handles) at any scale.
"""

from typing import Any

GROUP_SPACING = (420, 640)
GRID_COLUMNS = 10


def _text(block_id: str, text: str) -> dict[str, Any]:
    return {
        "id": block_id,
        "type": "text",
        "content": {"richText": [{"type": "p", "children": [{"text": text}]}]},
    }


def _input(block_id: str, variable_id: str, placeholder: str) -> dict[str, Any]:
    return {
        "id": block_id,
        "type": "text input",
        "options": {"variableId": variable_id, "labels": {"placeholder": placeholder}},
    }


def grid_bot(groups: int, blocks_per_group: int, bot_id: str = "gen") -> dict[str, Any]:
    """A valid Typebot 6.1 bot of ``groups`` times ``blocks_per_group`` blocks (at least 2 a group).

    Group ``i`` holds a text bubble, text inputs, and a choice input with two buttons: one to
    group ``i + 1``, one to group ``i + GRID_COLUMNS`` (the group below), so edges run both
    along and across the grid. The start event leads to the first group.
    """
    per_group = max(2, blocks_per_group)
    variables = [{"id": f"{bot_id}v{i}", "name": f"Answer {i + 1}"} for i in range(groups)]
    edges: list[dict[str, Any]] = [
        {
            "id": f"{bot_id}e-start",
            "from": {"eventId": f"{bot_id}ev"},
            "to": {"groupId": f"{bot_id}g0"},
        }
    ]
    bot_groups = []
    for i in range(groups):
        blocks = [_text(f"{bot_id}t{i}", f"Step {i + 1}: tell me more.")]
        for j in range(per_group - 2):
            blocks.append(_input(f"{bot_id}i{i}-{j}", variables[i]["id"], f"Answer {j + 1}"))
        items = []
        for k, target in enumerate((i + 1, i + GRID_COLUMNS)):
            item: dict[str, Any] = {"id": f"{bot_id}c{i}-{k}", "content": f"Go to {target + 1}"}
            if target < groups:
                edge_id = f"{bot_id}e{i}-{k}"
                item["outgoingEdgeId"] = edge_id
                edges.append(
                    {
                        "id": edge_id,
                        "from": {"blockId": f"{bot_id}c{i}", "itemId": item["id"]},
                        "to": {"groupId": f"{bot_id}g{target}"},
                    }
                )
            items.append(item)
        blocks.append(
            {"id": f"{bot_id}c{i}", "type": "choice input", "options": {}, "items": items}
        )
        bot_groups.append(
            {
                "id": f"{bot_id}g{i}",
                "title": f"Group {i + 1}",
                "graphCoordinates": {
                    "x": 300 + GROUP_SPACING[0] * (i % GRID_COLUMNS),
                    "y": GROUP_SPACING[1] * (i // GRID_COLUMNS),
                },
                "blocks": blocks,
            }
        )
    return {
        "version": "6.1",
        "id": bot_id,
        "name": f"Generated bot of {groups * per_group} blocks",
        "events": [
            {
                "id": f"{bot_id}ev",
                "type": "start",
                "graphCoordinates": {"x": 0, "y": 0},
                "outgoingEdgeId": f"{bot_id}e-start",
            }
        ],
        "groups": bot_groups,
        "edges": edges,
        "variables": variables,
        "theme": {},
        "settings": {},
    }
