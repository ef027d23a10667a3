"""Request and response shapes of the typebots routes (Typebot's builder OpenAPI)."""

from typing import Any, Literal

from pydantic import Field

from botloom.domain.schemas import ApiModel, Timestamp

AccessRight = Literal["read", "write", "guest"]

_DOC = "A Typebot document (any version for imports; partial for create and update)"


class TypebotCreate(ApiModel):
    """Create a bot in a workspace, optionally from a partial document."""

    workspace_id: str
    typebot: dict[str, Any] = Field(default_factory=dict, description=_DOC)


class TypebotImport(ApiModel):
    """Import a Typebot export into a workspace."""

    workspace_id: str
    typebot: dict[str, Any] = Field(description=_DOC)
    folder_id: str | None = None
    typebot_id: str | None = Field(
        default=None,
        description="Replace the draft of this bot of the workspace (one you can edit) "
        "instead of creating a bot; its id, public id and published versions stay",
    )


class TypebotUpdate(ApiModel):
    """Changes to a draft; ``typebot.updatedAt`` is the version the caller loaded."""

    typebot: dict[str, Any] = Field(description=_DOC)
    overwrite: bool = False


class TypebotResponse(ApiModel):
    """One bot, as a whole document."""

    typebot: dict[str, Any]


class DocumentWarning(ApiModel):
    """Something repaired while importing, at a JSON path."""

    path: str
    message: str


class TypebotImportResponse(TypebotResponse):
    """The imported bot, and what had to be repaired in the file."""

    warnings: list[DocumentWarning] = []


class TypebotWithModeResponse(TypebotResponse):
    """One bot and what the caller may do with it."""

    current_user_mode: AccessRight


class TypebotSummary(ApiModel):
    """A bot in a list."""

    id: str
    name: str
    icon: str | None
    space_id: str | None = None
    created_at: Timestamp
    published_typebot_id: str | None = None
    access_right: AccessRight


class TypebotListResponse(ApiModel):
    """Bots of a folder."""

    typebots: list[TypebotSummary]


class PublishedTypebotResponse(ApiModel):
    """The live version, or ``null`` when the bot is not published."""

    published_typebot: dict[str, Any] | None


class LinkedTypebot(ApiModel):
    """What a builder needs of a linked bot to offer its groups and variables."""

    id: str
    name: str
    version: str | None = None
    groups: list[dict[str, Any]]
    variables: list[dict[str, Any]]


class LinkedTypebotsResponse(ApiModel):
    """The bots a bot's typebot-link blocks go to."""

    typebots: list[LinkedTypebot]
