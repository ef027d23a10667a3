"""The bot's theme (``packages/theme/src/schemas.ts``). Defaults live in the widget."""

from typing import Any

from pydantic import Field

from botloom.schema.model import DocModel


class Background(DocModel):
    """Page background: a color, an image URL or none."""

    type: str | None = None
    content: str | None = None


class GeneralTheme(DocModel):
    """Font, background and progress bar."""

    font: str | dict[str, Any] | None = None
    background: Background | None = None
    progress_bar: dict[str, Any] | None = None


class Avatar(DocModel):
    """A host or guest avatar."""

    is_enabled: bool | None = None
    url: str | None = None


class ChatTheme(DocModel):
    """Container, avatars, bubbles, buttons and inputs."""

    container: dict[str, Any] | None = None
    host_avatar: Avatar | None = None
    guest_avatar: Avatar | None = None
    host_bubbles: dict[str, Any] | None = None
    guest_bubbles: dict[str, Any] | None = None
    buttons: dict[str, Any] | None = None
    inputs: dict[str, Any] | None = None
    button_label: str | None = None


class Theme(DocModel):
    """The whole theme."""

    general: GeneralTheme = Field(default_factory=GeneralTheme)
    chat: ChatTheme = Field(default_factory=ChatTheme)
    custom_css: str | None = None
