"""Cards input: cards with an image, a title, a description and buttons, each its own path.

Types follow Typebot's ``packages/blocks/inputs/src/cards/{schema,constants}.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase, ItemBase
from botloom.schema.conditions import DisplayCondition
from botloom.schema.model import DocModel


class CardField(StrEnum):
    """The parts of the chosen card that can be saved into a variable."""

    IMAGE_URL = "Image URL"
    TITLE = "Title"
    DESCRIPTION = "Description"
    BUTTON = "Button"
    INTERNAL_VALUE = "Internal Value"


class CardPath(DocModel):
    """A button of a card, with its own outgoing edge."""

    id: str
    text: str | None = None
    outgoing_edge_id: str | None = None


class CardItemOptions(DocModel):
    """When the card is shown, and a value saved instead of what the visitor sees."""

    display_condition: DisplayCondition | None = None
    internal_value: str | None = None


class CardsItem(ItemBase):
    """One card; its texts may hold ``{{variables}}`` (a list variable expands the card)."""

    image_url: str | None = None
    title: str | None = None
    description: str | None = None
    options: CardItemOptions = Field(default_factory=CardItemOptions)
    paths: list[CardPath] = []


class CardSaveResponseMapping(DocModel):
    """Saves one part of the chosen card into a variable."""

    id: str | None = None
    field: CardField | None = None
    variable_id: str | None = None


class CardsOptions(DocModel):
    """Options of the cards input."""

    variable_id: str | None = None
    save_response_mapping: list[CardSaveResponseMapping] = []


class CardsBlock(BlockBase):
    """Asks the visitor to pick a button of one of the cards."""

    type: Literal["cards"]
    items: list[CardsItem] = []
    options: CardsOptions = Field(default_factory=CardsOptions)
