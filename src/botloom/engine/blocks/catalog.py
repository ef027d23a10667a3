"""The block registry: one line per block type, and the ``AnyBlock`` union built from it."""

from typing import TYPE_CHECKING, Annotated, Any, Union

from pydantic import Discriminator, Tag

from botloom.engine.blocks.base import BlockBase, BlockSpec
from botloom.engine.blocks.bubbles import text
from botloom.engine.blocks.forge.schema import ForgeBlock
from botloom.engine.blocks.inputs import choice_input

SPECS: tuple[BlockSpec, ...] = (
    text.SPEC,
    choice_input.SPEC,
)

SPECS_BY_TYPE: dict[str, BlockSpec] = {spec.type: spec for spec in SPECS}

_FORGE_TAG = "forge"


def _block_tag(value: Any) -> str:
    """Pick the model for a block: its ``type`` if registered, else the generic forge block."""
    block_type = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    if isinstance(block_type, str) and block_type in SPECS_BY_TYPE:
        return block_type
    return _FORGE_TAG


if TYPE_CHECKING:
    AnyBlock = BlockBase
else:
    AnyBlock = Annotated[
        Union[  # noqa: UP007 - built at run time from the registry
            tuple(Annotated[spec.model, Tag(spec.type)] for spec in SPECS)
            + (Annotated[ForgeBlock, Tag(_FORGE_TAG)],)
        ],
        Discriminator(_block_tag),
    ]

BLOCK_UNION_TAGS = frozenset(SPECS_BY_TYPE) | {_FORGE_TAG}
