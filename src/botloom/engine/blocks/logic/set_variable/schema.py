"""Set variable block: gives a variable a computed value (docs/engine.md §3).

One options model holds the fields of every value type. Defaults follow Typebot's
``packages/blocks/logic/src/setVariable/constants.ts``; no ``type`` means ``Custom``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class SetVariableType(StrEnum):
    """Where the value comes from."""

    CUSTOM = "Custom"
    EMPTY = "Empty"
    APPEND_VALUES = "Append value(s)"
    ENVIRONMENT_NAME = "Environment name"
    DEVICE_TYPE = "Device type"
    TRANSCRIPT = "Transcript"
    USER_ID = "User ID"
    RESULT_ID = "Result ID"
    NOW = "Now"
    YESTERDAY = "Yesterday"
    TOMORROW = "Tomorrow"
    TODAY = "Today"
    RANDOM_ID = "Random ID"
    MOMENT_OF_THE_DAY = "Moment of the day"
    MAP_ITEM_WITH_SAME_INDEX = "Map item with same index"
    POP = "Pop"
    SHIFT = "Shift"
    PHONE_NUMBER = "Phone number"
    CONTACT_NAME = "Contact name"
    REFERRAL_CLICK_ID = "Referral Click ID"
    REFERRAL_SOURCE_ID = "Referral Source ID"


class MapListItemParams(DocModel):
    """For ``Map item with same index``: the base item's index in one list picks the target item."""

    base_item_variable_id: str | None = None
    base_list_variable_id: str | None = None
    target_list_variable_id: str | None = None


class SetVariableOptions(DocModel):
    """Options of the set variable block, all value types together."""

    variable_id: str | None = None
    type: SetVariableType | None = None
    is_executed_on_client: bool = False
    is_unsafe: bool | None = None
    expression_to_evaluate: str | None = None
    is_code: bool = False
    expression_description: str | None = None
    save_error_in_variable_id: str | None = None
    time_zone: str | None = None
    map_list_item_params: MapListItemParams = Field(default_factory=MapListItemParams)
    item: str | None = None
    save_item_in_variable_id: str | None = None


class SetVariableBlock(BlockBase):
    """Sets a variable."""

    type: Literal["Set variable"]
    options: SetVariableOptions = Field(default_factory=SetVariableOptions)
