"""Runs the A/B test block: a random draw picks path "a" or path "b"."""

from botloom.engine.blocks.logic.ab_test.schema import AbTestBlock
from botloom.engine.runtime import CONTINUE, BlockResult, TurnContext


async def execute(block: AbTestBlock, ctx: TurnContext) -> BlockResult:
    """Path "a" when a draw in [0, 100) falls under ``aPercent``, else path "b"; a path
    without an edge goes on by the block's own edge."""
    path = "a" if ctx.ports.random() * 100 < block.options.a_percent else "b"
    item = next((i for i in block.items if i.path == path), None)
    edge = item.outgoing_edge_id if item is not None else None
    return BlockResult(outgoing_edge_id=edge or CONTINUE)
