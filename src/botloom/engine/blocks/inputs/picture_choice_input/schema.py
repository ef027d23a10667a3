"""Picture choice input: pictures to pick, fixed items or built from list variables.

Defaults follow Typebot's ``packages/blocks/inputs/src/pictureChoice/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase, ItemBase
from botloom.schema.conditions import DisplayCondition
from botloom.schema.model import DocModel


class PictureChoiceItem(ItemBase):
    """One picture: its source, captions and an optional value saved instead of the title."""

    picture_src: str | None = None
    title: str | None = None
    description: str | None = None
    value: str | None = None
    display_condition: DisplayCondition | None = None


class PictureChoiceDynamicItems(DocModel):
    """List variables the pictures are built from, when enabled."""

    is_enabled: bool = False
    titles_variable_id: str | None = None
    descriptions_variable_id: str | None = None
    picture_srcs_variable_id: str | None = None


class PictureChoiceInputOptions(DocModel):
    """Options of the picture choice input."""

    variable_id: str | None = None
    is_multiple_choice: bool = False
    is_searchable: bool = False
    button_label: str = "Send"
    search_input_placeholder: str = "Filter the options..."
    dynamic_items: PictureChoiceDynamicItems = Field(default_factory=PictureChoiceDynamicItems)


class PictureChoiceInputBlock(BlockBase):
    """Asks the visitor to pick one or several pictures."""

    type: Literal["picture choice input"]
    items: list[PictureChoiceItem] = []
    options: PictureChoiceInputOptions = Field(default_factory=PictureChoiceInputOptions)
