"""Import of every Typebot document version into the current one (docs/engine.md §1).

Each step is a pure function from the raw JSON of one version to the next, so that each can be
tested on a hand-made document of its version. ``migrate_to_current`` chains them.
"""

import json
import secrets
from collections.abc import Callable
from typing import Any

from botloom.schema.document import CURRENT_VERSION
from botloom.schema.errors import DocumentError, Problem

Doc = dict[str, Any]

HTTP_LIKE_BLOCK_TYPES = frozenset({"Webhook", "Zapier", "Make.com", "Pabbly"})


def is_steps_era(doc: Doc) -> bool:
    """Documents from before June 2022 call groups "blocks" and blocks "steps"."""
    if "groups" in doc:
        return False
    old_groups = doc.get("blocks")
    return isinstance(old_groups, list) and any(
        isinstance(g, dict) and "steps" in g for g in old_groups
    )


def rename_steps_era(doc: Doc) -> Doc:
    """Replay the textual renames of Typebot's SQL migration, then rename the top-level key.

    The replacements run on compact JSON text, where a key is always ``"name":``; inside string
    values quotes are escaped, so a value can never match.
    """
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    for old, new in (('"blockId":', '"groupId":'), ('"steps":', '"blocks":')):
        text = text.replace(old, new)
    text = text.replace('"stepId":', '"blockId":')
    renamed: Doc = json.loads(text)
    renamed["groups"] = renamed.pop("blocks")
    return renamed


def _is_valid_edge(edge: Any) -> bool:
    if not isinstance(edge, dict) or not isinstance(edge.get("id"), str):
        return False
    source, target = edge.get("from"), edge.get("to")
    return (
        isinstance(target, dict)
        and isinstance(target.get("groupId"), str)
        and isinstance(source, dict)
        and (isinstance(source.get("blockId"), str) or isinstance(source.get("eventId"), str))
    )


def normalize_pre_v5(doc: Doc) -> Doc:
    """Versions before 5 were loosely typed: fill missing lists and drop unreadable edges."""
    out = dict(doc)
    groups = out.get("groups")
    if not isinstance(groups, list):
        groups = []
    out["groups"] = [
        {**g, "blocks": g.get("blocks") if isinstance(g.get("blocks"), list) else []}
        for g in groups
        if isinstance(g, dict)
    ]
    out["edges"] = [e for e in out.get("edges") or [] if _is_valid_edge(e)]
    out["events"] = None
    return out


def v3_to_v4(doc: Doc) -> Doc:
    """Inline webhooks: HTTP-like blocks pointed to a Webhook row by ``webhookId``.

    The row itself is not part of an export, so only its id and Typebot's default method survive.
    """
    out = dict(doc)
    out["groups"] = [
        {**g, "blocks": [_inline_webhook(b) for b in g["blocks"]]} for g in doc["groups"]
    ]
    out["version"] = "4"
    return out


def _inline_webhook(block: Doc) -> Doc:
    if block.get("type") not in HTTP_LIKE_BLOCK_TYPES or "webhookId" not in block:
        return block
    inlined = {k: v for k, v in block.items() if k != "webhookId"}
    options = dict(inlined.get("options") or {})
    options.setdefault("webhook", {"id": block["webhookId"], "method": "POST"})
    inlined["options"] = options
    return inlined


def v5_to_v6(doc: Doc) -> Doc:
    """Turn the start block into the start event and drop fields version 6 no longer has."""
    out = dict(doc)
    start_group, start_block = _find_start_block(doc)
    if start_group is None or start_block is None:
        raise DocumentError([Problem("events", "start event is missing")])
    groups: list[Doc] = []
    for group in doc["groups"]:
        blocks = [_v6_block(b) for b in group["blocks"] if b.get("type") != "start"]
        if blocks or not any(b.get("type") == "start" for b in group["blocks"]):
            groups.append({**group, "blocks": blocks})
    start_event: Doc = {
        "id": start_group["id"],
        "type": "start",
        "graphCoordinates": start_group.get("graphCoordinates", {"x": 0, "y": 0}),
    }
    if start_block.get("outgoingEdgeId"):
        start_event["outgoingEdgeId"] = start_block["outgoingEdgeId"]
    out["groups"] = groups
    out["events"] = [start_event]
    out["edges"] = [_v6_edge(e, start_block, start_event) for e in doc.get("edges") or []]
    out["version"] = "6"
    return out


def _find_start_block(doc: Doc) -> tuple[Doc | None, Doc | None]:
    for group in doc["groups"]:
        for block in group["blocks"]:
            if block.get("type") == "start":
                return group, block
    return None, None


def _v6_edge(edge: Doc, start_block: Doc, start_event: Doc) -> Doc:
    source = edge["from"]
    if source.get("blockId") == start_block["id"]:
        return {**edge, "from": {"eventId": start_event["id"]}}
    return {**edge, "from": {k: v for k, v in source.items() if k != "groupId"}}


def _v6_block(block: Doc) -> Doc:
    out = {k: v for k, v in block.items() if k != "groupId"}
    if isinstance(out.get("items"), list):
        out["items"] = [
            {k: v for k, v in item.items() if k != "blockId"} if isinstance(item, dict) else item
            for item in out["items"]
        ]
    options = out.get("options")
    if not isinstance(options, dict):
        return out
    options = dict(options)
    if out.get("type") == "file input":
        options.pop("sizeLimit", None)
    if isinstance(options.get("webhook"), dict):
        options["webhook"] = {k: v for k, v in options["webhook"].items() if k != "id"}
    reference_cell = options.pop("referenceCell", None)
    if out.get("type") == "Google Sheets" and isinstance(reference_cell, dict):
        options["filter"] = {
            "comparisons": [
                {
                    "id": secrets.token_hex(12),
                    "column": reference_cell.get("column"),
                    "comparisonOperator": "Equal to",
                    "value": reference_cell.get("value"),
                }
            ]
        }
    elif reference_cell is not None:
        options["referenceCell"] = reference_cell
    out["options"] = options
    return out


def v6_to_v61(doc: Doc) -> Doc:
    """6.1 changed only the theme's defaults, which live in code: just the version moves."""
    return {**doc, "version": CURRENT_VERSION}


Step = Callable[[Doc], Doc]


def _steps_for(version: str) -> list[Step]:
    chain: dict[str, list[Step]] = {
        "3": [normalize_pre_v5, v3_to_v4, v5_to_v6, v6_to_v61],
        "4": [normalize_pre_v5, v5_to_v6, v6_to_v61],
        "5": [v5_to_v6, v6_to_v61],
        "6": [v6_to_v61],
        CURRENT_VERSION: [],
    }
    if version not in chain:
        known = ", ".join(sorted(chain))
        raise DocumentError([Problem("version", f"unknown version {version!r} (known: {known})")])
    return chain[version]


def migrate_to_current(doc: Doc) -> Doc:
    """Bring a document of any Typebot version, from the steps era on, to the current version."""
    if is_steps_era(doc):
        doc = rename_steps_era(doc)
    version = doc.get("version")
    version = "3" if version is None else str(version)
    for step in _steps_for(version):
        doc = step(doc)
    return doc
