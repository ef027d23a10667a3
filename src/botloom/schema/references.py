"""Checks that ids a document refers to exist: groups, blocks, edges and variables.

Typebot's builder leaves dangling references behind (deleting a variable leaves the blocks that
saved into it pointing nowhere; some of its own templates ship that way), and its runtime treats
such a reference as absent. So imports repair them (removing the reference changes nothing at run
time) and report each one as a warning, while documents written through the API must be clean.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from botloom.schema.errors import Problem, format_path

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Dangling:
    """A reference to something missing, at ``loc``; repaired by removing what is at ``loc``."""

    loc: Loc
    message: str

    def problem(self) -> Problem:
        """The reference as a user-facing problem."""
        return Problem(format_path(self.loc), self.message)


def _is_variable_key(key: str) -> bool:
    return key == "variableId" or key.endswith("VariableId")


def _walk(node: Any, loc: Loc) -> Iterator[tuple[Loc, str, Any]]:
    """Every ``(loc, key, value)`` below ``node``, depth first."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*loc, key), key, value
            yield from _walk(value, (*loc, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*loc, index))


def duplicate_ids(doc: dict[str, Any]) -> list[Problem]:
    """Ids used twice among groups, blocks, edges, variables or events: never repairable."""
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()

    def check(kind: str, loc: Loc, node: Any) -> None:
        node_id = node.get("id") if isinstance(node, dict) else None
        if not isinstance(node_id, str):
            return
        if (kind, node_id) in seen:
            problems.append(Problem(format_path((*loc, "id")), f"duplicate {kind} id {node_id!r}"))
        seen.add((kind, node_id))

    for i, group in enumerate(doc.get("groups", [])):
        check("group", ("groups", i), group)
        for j, block in enumerate(group.get("blocks", [])):
            check("block", ("groups", i, "blocks", j), block)
    for kind, key in (("edge", "edges"), ("variable", "variables"), ("event", "events")):
        for i, node in enumerate(doc.get(key, [])):
            check(kind, (key, i), node)
    return problems


def dangling_references(doc: dict[str, Any]) -> list[Dangling]:
    """References to groups, blocks, edges or variables that the document does not define.

    Edges to unknown groups come first: repairing them removes edges, which can leave further
    ``outgoingEdgeId`` references dangling, and those are then reported too.
    """
    blocks_by_group = {
        g["id"]: {b["id"] for b in g.get("blocks", [])} for g in doc.get("groups", [])
    }
    found: list[Dangling] = []
    removed_edges: set[str] = set()
    for i, edge in enumerate(doc.get("edges", [])):
        target = edge.get("to", {})
        group_id = target.get("groupId")
        if group_id not in blocks_by_group:
            found.append(Dangling(("edges", i), f"edge leads to unknown group {group_id!r}"))
            removed_edges.add(edge["id"])
        elif target.get("blockId") and target["blockId"] not in blocks_by_group[group_id]:
            found.append(Dangling(("edges", i, "to", "blockId"), "unknown block in that group"))
    edge_ids = {e["id"] for e in doc.get("edges", [])} - removed_edges
    variable_ids = {v["id"] for v in doc.get("variables", [])}
    for root in ("events", "groups"):
        for loc, key, value in _walk(doc.get(root, []), (root,)):
            if key == "outgoingEdgeId" and value and value not in edge_ids:
                found.append(Dangling(loc, "unknown edge"))
            elif (
                _is_variable_key(key)
                and isinstance(value, str)
                and value
                and value not in variable_ids
            ):
                found.append(Dangling(loc, "unknown variable"))
    return found


def remove_dangling(doc: dict[str, Any], dangling: list[Dangling]) -> None:
    """Remove each dangling reference in place (list entries last to first, keeping indexes)."""
    for ref in sorted(dangling, key=lambda d: d.loc, reverse=True):
        parent: Any = doc
        for part in ref.loc[:-1]:
            parent = parent[part]
        del parent[ref.loc[-1]]
