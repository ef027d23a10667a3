"""The base model every part of the bot document derives from."""

from typing import Annotated, ClassVar, Self

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator
from pydantic.alias_generators import to_camel

MAX_GRAPH_ID_CHARS = 64
GraphId = Annotated[str, StringConstraints(max_length=MAX_GRAPH_ID_CHARS)]
"""The id of a group, block, item, edge, event or variable. Typebot's are about 25 characters;
results store them (and session-made edges join two of them), so they are bounded."""


class DocModel(BaseModel):
    """A part of the bot document.

    Python code uses snake_case names; JSON keeps Typebot's camelCase. Unknown keys are kept
    (``extra="allow"``) so that nothing a user made is lost on import, and export writes only
    what was set, because Typebot keeps defaults in code, not in the stored document.
    """

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",
    )

    always_exported: ClassVar[tuple[str, ...]] = ()
    """Fields Typebot requires in a document, written on export even when left at default."""

    @model_validator(mode="after")
    def _mark_always_exported(self) -> Self:
        self.model_fields_set.update(self.always_exported)
        return self


class GraphCoordinates(DocModel):
    """Where a group or an event sits on the builder's canvas."""

    x: float = 0
    y: float = 0
