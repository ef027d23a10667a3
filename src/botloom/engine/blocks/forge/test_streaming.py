"""Tests of when a forge block streams its answer instead of running in the turn."""

from typing import Any

import pytest

from botloom.engine.blocks.forge.schema import ForgeBlock
from botloom.engine.blocks.forge.streaming import streamable_variable_id
from botloom.engine.blocks.testing import make_context


def _text(block_id: str, text: str) -> dict[str, Any]:
    return {
        "id": block_id,
        "type": "text",
        "content": {"richText": [{"type": "p", "children": [{"text": text}]}]},
    }


AI = {"id": "ai", "type": "openai", "options": {"action": "Create chat completion"}}


def _document(blocks: list[dict[str, Any]], *, edge: bool = False) -> dict[str, Any]:
    ai = AI | ({"outgoingEdgeId": "e1"} if edge else {})
    groups = [{"id": "g1", "title": "A", "blocks": [ai, *([] if edge else blocks)]}]
    edges = []
    if edge:
        groups.append({"id": "g2", "title": "B", "blocks": blocks})
        edges = [{"id": "e1", "from": {"blockId": "ai"}, "to": {"groupId": "g2"}}]
    return {
        "version": "6.1",
        "events": [{"id": "s", "type": "start", "outgoingEdgeId": None}],
        "variables": [{"id": "vans", "name": "Answer"}, {"id": "vq", "name": "Q"}],
        "groups": groups,
        "edges": edges,
    }


@pytest.mark.parametrize(
    ("blocks", "edge", "stream", "expected"),
    [
        ([_text("t", "{{Answer}}")], False, True, "vans"),
        ([_text("t", "{{Answer}} and more")], False, True, "vans"),
        ([_text("t", "{{Answer}}")], True, True, "vans"),
        ([_text("t", "{{Answer}}")], False, False, None),
        ([_text("t", "Here: {{Answer}}")], False, True, None),
        ([_text("t", "{{Unknown}}")], False, True, None),
        ([{"id": "i", "type": "text input"}, _text("t", "{{Answer}}")], False, True, None),
        ([], False, True, None),
    ],
)
def test_streams_only_into_a_bubble_that_starts_with_a_variable(
    blocks: list[dict[str, Any]], edge: bool, stream: bool, expected: str | None
) -> None:
    ctx = make_context(_document(blocks, edge=edge))
    ctx.state.is_stream_enabled = stream
    block = ctx.bot.block("ai")
    assert isinstance(block, ForgeBlock)
    assert streamable_variable_id(block, ctx) == expected
