"""Text input: free text, optionally with a voice message or attached files.

Defaults follow Typebot's ``packages/blocks/inputs/src/text/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.engine.blocks.inputs.file_input.schema import FileVisibility
from botloom.schema.model import DocModel


class InputMode(StrEnum):
    """The HTML ``inputmode`` hint, which picks the keyboard shown on phones."""

    TEXT = "text"
    DECIMAL = "decimal"
    NUMERIC = "numeric"
    TEL = "tel"
    SEARCH = "search"
    EMAIL = "email"
    URL = "url"


class TextInputLabels(DocModel):
    """Placeholder of the field and label of its send button."""

    placeholder: str = "Type your answer..."
    button: str = "Send"


class TextInputMediaOption(DocModel):
    """Whether the visitor may send a voice clip (or attach files), and where its URL goes."""

    is_enabled: bool = False
    save_variable_id: str | None = None
    visibility: FileVisibility = FileVisibility.AUTO


class TextInputOptions(DocModel):
    """Options of the text input."""

    variable_id: str | None = None
    labels: TextInputLabels = Field(default_factory=TextInputLabels)
    is_long: bool = False
    input_mode: InputMode | None = None
    audio_clip: TextInputMediaOption = Field(default_factory=TextInputMediaOption)
    attachments: TextInputMediaOption = Field(default_factory=TextInputMediaOption)


class TextInputBlock(BlockBase):
    """Asks the visitor for some text."""

    type: Literal["text input"]
    options: TextInputOptions = Field(default_factory=TextInputOptions)
