"""The block registry: one line per block type, and the ``AnyBlock`` union built from it."""

from typing import TYPE_CHECKING, Annotated, Any, Union

from pydantic import Discriminator, Tag

from botloom.engine.blocks import forge
from botloom.engine.blocks.base import BlockBase, BlockFamily, BlockSpec
from botloom.engine.blocks.bubbles import audio, embed, image, text, video
from botloom.engine.blocks.forge.schema import ForgeBlock
from botloom.engine.blocks.inputs import (
    cards,
    choice_input,
    date_input,
    email_input,
    file_input,
    number_input,
    payment_input,
    phone_number_input,
    picture_choice_input,
    rating_input,
    text_input,
    time_input,
    url_input,
)
from botloom.engine.blocks.integrations import (
    chatwoot,
    email,
    google_analytics,
    google_sheets,
    http_request,
    make_com,
    openai,
    pabbly,
    pixel,
    zapier,
)
from botloom.engine.blocks.logic import (
    ab_test,
    condition,
    jump,
    redirect,
    return_,
    script,
    set_variable,
    typebot_link,
    wait,
    webhook,
)

SPECS: tuple[BlockSpec, ...] = (
    text.SPEC,
    image.SPEC,
    video.SPEC,
    embed.SPEC,
    audio.SPEC,
    text_input.SPEC,
    email_input.SPEC,
    number_input.SPEC,
    url_input.SPEC,
    phone_number_input.SPEC,
    date_input.SPEC,
    time_input.SPEC,
    payment_input.SPEC,
    rating_input.SPEC,
    cards.SPEC,
    choice_input.SPEC,
    file_input.SPEC,
    picture_choice_input.SPEC,
    script.SPEC,
    redirect.SPEC,
    set_variable.SPEC,
    typebot_link.SPEC,
    wait.SPEC,
    jump.SPEC,
    return_.SPEC,
    condition.SPEC,
    ab_test.SPEC,
    webhook.SPEC,
    chatwoot.SPEC,
    google_analytics.SPEC,
    openai.SPEC,
    email.SPEC,
    pixel.SPEC,
    google_sheets.SPEC,
    make_com.SPEC,
    pabbly.SPEC,
    http_request.SPEC,
    zapier.SPEC,
)

SPECS_BY_TYPE: dict[str, BlockSpec] = {spec.type: spec for spec in SPECS}


def spec_for(block: BlockBase) -> BlockSpec | None:
    """What runs a block: its type's spec, or the forge runner for any forge block."""
    spec = SPECS_BY_TYPE.get(block.type)
    if spec is None and isinstance(block, ForgeBlock):
        return forge.SPEC
    return spec


def is_input_type(block_type: str) -> bool:
    """Whether blocks of this type wait for the visitor's answer (forge blocks never do)."""
    spec = SPECS_BY_TYPE.get(block_type)
    return spec is not None and spec.family == BlockFamily.INPUT


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
        Union[
            (
                *(Annotated[spec.model, Tag(spec.type)] for spec in SPECS),
                Annotated[ForgeBlock, Tag(_FORGE_TAG)],
            )
        ],
        Discriminator(_block_tag),
    ]

BLOCK_UNION_TAGS = frozenset(SPECS_BY_TYPE) | {_FORGE_TAG}
