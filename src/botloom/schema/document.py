"""The whole bot document, as Typebot 6.1 exports it."""

from typing import Any

from pydantic import Field

from botloom.schema.graph import AnyEvent, Edge, Group, Variable
from botloom.schema.model import DocModel
from botloom.schema.settings import Settings
from botloom.schema.theme import Theme

CURRENT_VERSION = "6.1"

CONTENT_FIELDS = frozenset(
    {"version", "events", "groups", "edges", "variables", "theme", "settings"}
)
"""The keys that make up what a bot does; the rest of a document describes where it lives."""


class ResultsTablePreferences(DocModel):
    """Column order, visibility and widths of the results table."""

    columns_order: list[str] = []
    columns_visibility: dict[str, bool] = {}
    columns_width: dict[str, float] = {}


class TypebotDocument(DocModel):
    """A bot: its graph, theme and settings, plus the metadata of the row it was exported from."""

    always_exported = ("version", "events", "groups", "edges", "variables", "theme", "settings")

    version: str = CURRENT_VERSION
    id: str | None = None
    name: str = "My typebot"
    events: list[AnyEvent] = []
    groups: list[Group] = []
    edges: list[Edge] = []
    variables: list[Variable] = []
    theme: Theme = Field(default_factory=Theme)
    settings: Settings = Field(default_factory=Settings)
    selected_theme_template_id: str | None = None
    results_table_preferences: ResultsTablePreferences | None = None
    icon: str | None = None
    folder_id: str | None = None
    public_id: str | None = None
    custom_domain: str | None = None
    workspace_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    is_archived: bool | None = None
    is_closed: bool | None = None
    whats_app_credentials_id: str | None = None
    risk_level: float | None = None
    space_id: str | None = None

    def content(self) -> dict[str, Any]:
        """The JSON of what the bot does (graph, theme, settings), as stored for drafts."""
        return self.model_dump(mode="json", exclude_unset=True, include=set(CONTENT_FIELDS))
