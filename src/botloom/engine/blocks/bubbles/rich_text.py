"""Rich text (Plate/Slate nodes) in text bubbles: variables, markdown values, markdown output.

A node is an element ``{type, children, ...}`` (``p``, ``a`` with ``url``, ``ul``, ``ol``,
``li``, ``lic``...) or a leaf ``{text, bold?, italic?, underline?}``. Variable values are read as
a small, safe subset of markdown: one paragraph per line, ``-``/``*``/``+`` and ``1.`` lists,
``#`` headings (as bold paragraphs), ``**bold**``, ``*italic*``/``_italic_`` and
``[links](https://...)`` (http, https, mailto and tel only); anything else stays literal text.
"""

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from botloom.engine.runtime import TurnContext

Node = dict[str, Any]

_TOKEN = re.compile("\\{\\{=[^\n\r\u2028\u2029]+?=\\}\\}|\\{\\{[^{}]+\\}\\}")
# Emphasis must not touch a letter or digit outside ("2*3*4", "my_file_name" stay text).
_INLINE = re.compile(
    r"\[(?P<label>[^\[\]\n]+)\]\((?P<url>[^()\s]+)\)"
    r"|(?<![\w*])\*\*\*(?P<bold_italic>[^*\s](?:[^\n]*?[^*\s])?)\*\*\*(?![\w*])"
    r"|(?<![\w*])\*\*(?P<bold>[^*\s](?:[^\n]*?\S)?)\*\*(?![\w*])"
    r"|(?<!\w)__(?P<bold_u>[^_\s](?:[^\n]*?\S)?)__(?!\w)"
    r"|(?<![\w*])\*(?P<italic>[^*\s](?:[^*\n]*?[^*\s])?)\*(?![\w*])"
    r"|(?<!\w)_(?P<italic_u>[^_\s](?:[^_\n]*?[^_\s])?)_(?!\w)"
)
_MARKS_OF_GROUP = {
    "bold_italic": ("bold", "italic"),
    "bold": ("bold",),
    "bold_u": ("bold",),
    "italic": ("italic",),
    "italic_u": ("italic",),
}
_SAFE_URL = re.compile(r"(?:https?:|mailto:|tel:)\S+", re.IGNORECASE)
_BULLET = re.compile(r"\s*[-*+]\s+(.*)")
_NUMBERED = re.compile(r"\s*\d{1,9}[.)]\s+(.*)")
_HEADING = re.compile(r"\s*#{1,6}\s+(.*)")


def is_leaf(node: Mapping[str, Any]) -> bool:
    """Whether a node is a text leaf (it has no ``children``)."""
    return "children" not in node


def plain_text(nodes: list[Node]) -> str:
    """All leaf texts, in order, with nothing between them."""
    return "".join(
        str(node.get("text", "")) if is_leaf(node) else plain_text(node["children"])
        for node in nodes
    )


# Markdown → nodes ------------------------------------------------------------------------------


def markdown_to_inline(
    markdown: str, style: Mapping[str, Any], *, links: bool = True
) -> list[Node]:
    """Inline nodes for ``markdown``; every leaf keeps ``style``'s marks (its ``text`` aside).

    With ``links=False`` (text already inside a link) link syntax gives its label only.
    """
    nodes: list[Node] = []
    position = 0
    for match in _INLINE.finditer(markdown):
        nodes += _leaves(markdown[position : match.start()], style)
        nodes += _inline_match(match, style, links=links)
        position = match.end()
    nodes += _leaves(markdown[position:], style)
    return nodes


def _inline_match(match: re.Match[str], style: Mapping[str, Any], *, links: bool) -> list[Node]:
    if match["label"] is not None:
        if not _SAFE_URL.fullmatch(match["url"]):
            return _leaves(match[0], style)
        label = markdown_to_inline(match["label"], style, links=False)
        return [{"type": "a", "url": match["url"], "children": label}] if links else label
    group = next(name for name in _MARKS_OF_GROUP if match[name] is not None)
    marked = {**style, **dict.fromkeys(_MARKS_OF_GROUP[group], True)}
    return markdown_to_inline(match[group], marked, links=links)


def _leaves(text: str, style: Mapping[str, Any]) -> list[Node]:
    return [{"text": text, **style}] if text else []


def markdown_to_blocks(markdown: str, style: Mapping[str, Any]) -> list[Node]:
    """Block nodes for ``markdown``: a paragraph per line (blank lines give empty paragraphs),
    list lines grouped into ``ul``/``ol``, headings as bold paragraphs."""
    blocks: list[Node] = []
    for line in markdown.replace("\r\n", "\n").split("\n"):
        list_type, item = _list_line(line)
        if list_type is None:
            blocks.append(_text_block("p", _paragraph_inline(line, style)))
            continue
        if not blocks or blocks[-1]["type"] != list_type:
            blocks.append({"type": list_type, "children": []})
        content = _text_block("lic", markdown_to_inline(item, style))
        blocks[-1]["children"].append({"type": "li", "children": [content]})
    return blocks


def _list_line(line: str) -> tuple[str | None, str]:
    for list_type, pattern in (("ul", _BULLET), ("ol", _NUMBERED)):
        match = pattern.fullmatch(line)
        if match:
            return list_type, match[1]
    return None, line


def _paragraph_inline(line: str, style: Mapping[str, Any]) -> list[Node]:
    heading = _HEADING.fullmatch(line)
    if heading:
        return markdown_to_inline(heading[1], {**style, "bold": True})
    return markdown_to_inline(line, style)


def _text_block(element_type: str, children: list[Node]) -> Node:
    return {"type": element_type, "children": merge_leaves(children) or [{"text": ""}]}


def merge_leaves(nodes: list[Node]) -> list[Node]:
    """Join neighbouring leaves that have the same marks, as Slate normalizes them."""
    merged: list[Node] = []
    for node in nodes:
        previous = merged[-1] if merged else None
        if previous and is_leaf(previous) and is_leaf(node) and _style(previous) == _style(node):
            merged[-1] = {**previous, "text": previous.get("text", "") + node.get("text", "")}
        else:
            merged.append(node)
    return merged


def _style(leaf: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in leaf.items() if key != "text"}


# Variables in rich text ------------------------------------------------------------------------


async def substitute_rich_text(nodes: list[Node], ctx: "TurnContext") -> list[Node]:
    """``nodes`` with ``{{Variables}}`` and ``{{= code =}}`` replaced in every leaf and link URL.

    Values are read as markdown and keep the marks of the leaf they are in. A paragraph that
    holds only one reference is replaced by the value's blocks (paragraphs and lists).
    """
    out: list[Node] = []
    for node in nodes:
        out += await _substitute_node(node, ctx, in_link=False)
    return merge_leaves(out)


async def _substitute_node(node: Node, ctx: "TurnContext", *, in_link: bool) -> list[Node]:
    if is_leaf(node):
        return await _substitute_leaf(node, ctx, in_link=in_link)
    lone = _lone_reference(node)
    if lone is not None:
        return markdown_to_blocks(await ctx.substitute(lone["text"].strip()), _style(lone))
    is_link = node.get("type") == "a"
    children: list[Node] = []
    for child in node["children"]:
        children += await _substitute_node(child, ctx, in_link=in_link or is_link)
    element = {**node, "children": merge_leaves(children)}
    if is_link and isinstance(node.get("url"), str):
        element["url"] = await ctx.substitute(node["url"])
    return [element]


def _lone_reference(element: Node) -> Node | None:
    """The leaf of a paragraph whose whole text is one ``{{reference}}``, if it is one."""
    children = element["children"]
    if element.get("type") != "p" or len(children) != 1 or not is_leaf(children[0]):
        return None
    leaf: Node = children[0]
    return leaf if _TOKEN.fullmatch(str(leaf.get("text", "")).strip()) else None


async def _substitute_leaf(leaf: Node, ctx: "TurnContext", *, in_link: bool) -> list[Node]:
    text = str(leaf.get("text", ""))
    if "{{" not in text:
        return [leaf]
    style = _style(leaf)
    nodes: list[Node] = []
    position = 0
    for match in _TOKEN.finditer(text):
        nodes += _leaves(text[position : match.start()], style)
        value = await ctx.substitute(match[0])
        nodes += markdown_to_inline(value, style, links=not in_link)
        position = match.end()
    nodes += _leaves(text[position:], style)
    return nodes or [{"text": "", **style}]


# Nodes → markdown ------------------------------------------------------------------------------


def rich_text_to_markdown(nodes: list[Node]) -> str:
    """Markdown for rich text: one line per block, ``**bold**``, ``_italic_``, ``[text](url)``,
    ``-`` and ``1.`` lists (nested ones indented). Underline has no markdown: its text is kept
    plain."""
    return "\n".join(_block_lines(nodes, depth=0))


def _block_lines(nodes: list[Node], *, depth: int) -> list[str]:
    lines: list[str] = []
    for node in nodes:
        if is_leaf(node) or node.get("type") == "a":
            lines.append(_inline_markdown([node]))
        elif node.get("type") in {"ul", "ol"}:
            lines += _list_lines(node, depth=depth)
        elif all(is_leaf(child) or child.get("type") == "a" for child in node["children"]):
            lines.append(_inline_markdown(node["children"]))
        else:
            lines += _block_lines(node["children"], depth=depth)
    return lines


def _list_lines(element: Node, *, depth: int) -> list[str]:
    lines: list[str] = []
    indent = "  " * depth
    for number, item in enumerate(element["children"], start=1):
        marker = f"{number}." if element["type"] == "ol" else "-"
        children = item.get("children", [])
        nested = [c for c in children if c.get("type") in {"ul", "ol"}]
        content = [c for c in children if c.get("type") not in {"ul", "ol"}]
        lines.append(f"{indent}{marker} " + " ".join(_block_lines(content, depth=depth + 1)))
        lines += _block_lines(nested, depth=depth + 1)
    return lines


def _inline_markdown(nodes: list[Node]) -> str:
    parts: list[str] = []
    for node in nodes:
        if is_leaf(node):
            parts.append(_leaf_markdown(node))
        else:
            parts.append(f"[{_inline_markdown(node['children'])}]({node.get('url', '')})")
    return "".join(parts)


def _leaf_markdown(leaf: Node) -> str:
    text = str(leaf.get("text", ""))
    core = text.strip()
    if not core:
        return text
    if leaf.get("italic"):
        core = f"_{core}_"
    if leaf.get("bold"):
        core = f"**{core}**"
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return text[:start] + core + text[end:]
