"""Request and response shapes of the theme templates routes (Typebot's ``/v1/themeTemplates``)."""

from typing import Any

from pydantic import Field

from botloom.domain.schemas import ApiModel, Timestamp
from botloom.schema.theme import Theme

THEME_TEMPLATE_ID = r"^[0-9A-Za-z_-]+$"


class ThemeTemplateChanges(ApiModel):
    """A workspace theme's name and theme, as saved."""

    name: str = Field(min_length=1, max_length=200, pattern=r"\S")
    theme: Theme


class ThemeTemplateSave(ApiModel):
    """Create or replace a workspace theme."""

    workspace_id: str = Field(min_length=1, max_length=64)
    theme_template: ThemeTemplateChanges


class ThemeTemplateRead(ApiModel):
    """A workspace theme."""

    id: str
    name: str
    theme: dict[str, Any] = Field(description="The theme as saved (Typebot's theme format)")
    workspace_id: str
    created_at: Timestamp
    updated_at: Timestamp


class ThemeTemplateResponse(ApiModel):
    """One workspace theme."""

    theme_template: ThemeTemplateRead


class ThemeTemplateListResponse(ApiModel):
    """The workspace's themes, newest first."""

    theme_templates: list[ThemeTemplateRead]
