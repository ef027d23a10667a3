"""Which variables a result's set-variable history keeps (docs/engine.md §5).

Only variables that show up in what the visitor sees (text bubbles, media URLs) or that steer
the path (condition comparisons) are kept, so transcripts can replay a run without storing every
write.
"""

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only for annotations: the runtime imports this module, and the bot module imports the
    # block catalogue, whose runners import the runtime.
    from botloom.engine.bot import Bot

_REFERENCE = re.compile(r"{{([^{}]+)}}")
_MEDIA_TYPES = frozenset({"image", "video", "audio", "embed"})


def history_variable_ids(bot: "Bot") -> set[str]:
    """Ids of the variables whose writes are recorded for ``bot`` (computed once per version)."""
    cached = bot.memo.get("history_variable_ids")
    if cached is None:
        cached = bot.memo["history_variable_ids"] = _history_variable_ids(bot)
    assert isinstance(cached, set)
    return cached


def _history_variable_ids(bot: "Bot") -> set[str]:
    ids_by_name = {v.name: v.id for v in bot.variables}
    names: set[str] = set()
    ids: set[str] = set()
    for group in bot.document.groups:
        for block in group.blocks:
            if block.type == "text" or block.type in _MEDIA_TYPES:
                content = block.model_dump(mode="json", exclude_unset=True).get("content", {})
                names.update(_REFERENCE.findall(json.dumps(content, ensure_ascii=False)))
            elif block.type == "Condition":
                for item in block.model_dump(mode="json", exclude_unset=True).get("items", []):
                    for comparison in item.get("content", {}).get("comparisons", []):
                        if comparison.get("variableId"):
                            ids.add(comparison["variableId"])
                        names.update(_REFERENCE.findall(comparison.get("value") or ""))
    return ids | {ids_by_name[n] for n in names if n in ids_by_name}


def uses_transcript(bot: "Bot") -> bool:
    """Whether a Set variable block of ``bot`` builds a transcript, so the session keeps one."""
    cached = bot.memo.get("uses_transcript")
    if cached is None:
        cached = bot.memo["uses_transcript"] = _uses_transcript(bot)
    return bool(cached)


def _uses_transcript(bot: "Bot") -> bool:
    return any(
        block.type == "Set variable"
        and getattr(getattr(block, "options", None), "type", None) == "Transcript"
        for group in bot.document.groups
        for block in group.blocks
    )
