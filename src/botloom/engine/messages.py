"""Reading chat messages back: the plain text of a text bubble."""

from typing import Any


def plain_text(message: dict[str, Any]) -> str:
    """A text message as plain text: each top-level node's leaves, nodes joined by newlines."""
    content = message.get("content") or {}
    if content.get("type") == "markdown":
        return str(content.get("markdown", ""))
    return "\n".join(_leaves(node) for node in content.get("richText") or [])


def _leaves(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    if "text" in node and "children" not in node:
        return str(node["text"])
    return "".join(_leaves(child) for child in node.get("children") or [])
