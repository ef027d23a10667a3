"""The base of request and response models of the management API."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, PlainSerializer
from pydantic.alias_generators import to_camel


def iso(value: datetime) -> str:
    """A timestamp as JavaScript writes it (``2026-11-25T10:00:00.123Z``)."""
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


Timestamp = Annotated[datetime, PlainSerializer(iso, return_type=str, when_used="json")]
"""A UTC datetime written the way Typebot's clients read and echo it back."""


class ApiModel(BaseModel):
    """camelCase on the wire, snake_case in Python, as Typebot's API."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )


class SuccessResponse(ApiModel):
    """The answer of an action that returns nothing else."""

    message: str = "success"
