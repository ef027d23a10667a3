"""File input: the visitor uploads one or several files; their URLs are saved.

Defaults follow Typebot's ``packages/blocks/inputs/src/file/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class FileVisibility(StrEnum):
    """Who may open an uploaded file's URL."""

    AUTO = "Auto"
    PUBLIC = "Public"
    PRIVATE = "Private"


class FileCaptureMode(StrEnum):
    """Which camera a phone opens to take the file."""

    ENVIRONMENT = "environment"
    USER = "user"


class FileInputSuccessLabels(DocModel):
    """What the input shows once the upload is done."""

    single: str = "File uploaded"
    multiple: str = "{total} files uploaded"


class FileInputLabels(DocModel):
    """Texts of the upload area and its buttons."""

    placeholder: str = (
        "<strong>\n      Click to upload\n    </strong> or drag and drop<br>\n"
        "    (size limit: 10MB)"
    )
    button: str = "Upload"
    clear: str = "Clear"
    skip: str = "Skip"
    success: FileInputSuccessLabels = Field(default_factory=FileInputSuccessLabels)


class AllowedFileTypes(DocModel):
    """The file extensions accepted, when the restriction is enabled."""

    is_enabled: bool | None = None
    types: list[str] = []


class FileInputOptions(DocModel):
    """Options of the file input."""

    variable_id: str | None = None
    is_required: bool = True
    is_multiple_allowed: bool = False
    labels: FileInputLabels = Field(default_factory=FileInputLabels)
    allowed_file_types: AllowedFileTypes = Field(default_factory=AllowedFileTypes)
    capture: FileCaptureMode | None = None
    visibility: FileVisibility = FileVisibility.AUTO


class FileInputBlock(BlockBase):
    """Asks the visitor to upload files."""

    type: Literal["file input"]
    options: FileInputOptions = Field(default_factory=FileInputOptions)
