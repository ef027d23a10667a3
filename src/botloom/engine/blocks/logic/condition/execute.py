"""Runs the condition block: the first item whose condition holds picks the path
(docs/engine.md §4)."""

from botloom.engine.blocks.logic.condition.schema import ConditionBlock
from botloom.engine.conditions import evaluate_condition
from botloom.engine.runtime import BlockResult, TurnContext
from botloom.engine.templating import TemplateContext


async def execute(block: ConditionBlock, ctx: TurnContext) -> BlockResult:
    """The first matching item's edge (``None``, ending the path, when it is unconnected);
    no match goes on by the block's own edge, the "else" path."""
    template = TemplateContext.from_store(ctx.variables)
    for item in block.items:
        if evaluate_condition(item.content, ctx.value_of, template):
            return BlockResult(outgoing_edge_id=item.outgoing_edge_id)
    return BlockResult()
