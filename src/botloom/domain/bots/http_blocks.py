"""HTTP request blocks inside a stored document (draft or published content)."""

import copy
from collections.abc import Mapping
from typing import Any

HTTP_BLOCK_TYPES = frozenset({"Webhook", "Zapier", "Make.com", "Pabbly"})
"""Block types that send an HTTP request, as the document names them."""


def find_http_block(content: Mapping[str, Any], block_id: str) -> dict[str, Any] | None:
    """The HTTP request block ``block_id`` of a document, if it has one."""
    for group in content.get("groups") or []:
        for block in group.get("blocks") or []:
            if block.get("id") == block_id and block.get("type") in HTTP_BLOCK_TYPES:
                found: dict[str, Any] = block
                return found
    return None


def with_block_url(
    content: Mapping[str, Any], block_id: str, url: str | None
) -> dict[str, Any] | None:
    """A copy of ``content`` whose block ``block_id`` sends its request to ``url`` (none when
    ``None``); ``None`` if the document has no such HTTP request block."""
    changed = copy.deepcopy(dict(content))
    block = find_http_block(changed, block_id)
    if block is None:
        return None
    options = block.setdefault("options", {})
    webhook = options.setdefault("webhook", {})
    if url is None:
        webhook.pop("url", None)
    else:
        webhook["url"] = url
        webhook.setdefault("method", "POST")
    return changed
