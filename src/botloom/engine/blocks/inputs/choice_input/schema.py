"""Buttons input: items, each possibly with its own edge and display condition.

Defaults follow Typebot's ``packages/blocks/inputs/src/choice/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase, ItemBase
from botloom.schema.conditions import DisplayCondition
from botloom.schema.model import DocModel


class ChoiceItem(ItemBase):
    """One button: the label shown (``content``) and an optional value saved instead."""

    content: str | None = None
    value: str | None = None
    display_condition: DisplayCondition | None = None


class ChoiceInputOptions(DocModel):
    """Options of the buttons input."""

    variable_id: str | None = None
    is_multiple_choice: bool = False
    button_label: str = "Send"
    dynamic_variable_id: str | None = None
    is_searchable: bool = False
    search_input_placeholder: str = "Filter the options..."
    are_initial_search_buttons_visible: bool = True


class ChoiceInputBlock(BlockBase):
    """Asks the visitor to pick one or several buttons."""

    type: Literal["choice input"]
    items: list[ChoiceItem] = []
    options: ChoiceInputOptions = Field(default_factory=ChoiceInputOptions)
