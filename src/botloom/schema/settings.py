"""The bot's settings (``packages/settings/src/{schemas,constants}.ts``) with Typebot's defaults."""

from pydantic import Field

from botloom.schema.model import DocModel

DEFAULT_INVALID_MESSAGE = "Invalid message. Please, try again."
DEFAULT_BOT_CLOSED_MESSAGE = "This bot is now closed"


class RememberUser(DocModel):
    """Whether a returning visitor resumes their result, and where the widget keeps it."""

    is_enabled: bool = False
    storage: str | None = None


class SystemMessages(DocModel):
    """Messages the runtime itself shows."""

    invalid_message: str | None = None
    bot_closed: str | None = None
    network_error_title: str | None = None
    network_error_message: str | None = None
    popup_blocked_title: str | None = None
    popup_blocked_description: str | None = None
    popup_blocked_button_label: str | None = None
    file_upload_error: str | None = None
    file_upload_size_error: str | None = None
    what_to_do_next: str | None = None


class GeneralSettings(DocModel):
    """General behaviour of the bot."""

    is_brand_enabled: bool | None = None
    is_input_prefill_enabled: bool | None = None
    is_hide_query_params_enabled: bool | None = None
    is_new_result_on_refresh_enabled: bool | None = None
    remember_user: RememberUser | None = None
    system_messages: SystemMessages | None = None


class TypingEmulation(DocModel):
    """How the widget paces bubbles to look like someone typing."""

    enabled: bool = True
    speed: float = 400
    max_delay: float = 3
    delay_between_bubbles: float = 0
    is_disabled_on_first_message: bool = True


class Metadata(DocModel):
    """What the public page puts in its head."""

    title: str | None = None
    description: str | None = None
    image_url: str | None = None
    favicon_url: str | None = Field(default=None, alias="favIconUrl")
    custom_head_code: str | None = None
    google_tag_manager_id: str | None = None
    allow_indexing: bool | None = None


class WhatsAppSettings(DocModel):
    """Whether the bot answers on WhatsApp, and when its sessions expire."""

    is_enabled: bool | None = None
    start_condition: dict[str, object] | None = None
    session_expiry_timeout: float | None = None


class Security(DocModel):
    """Origins allowed to talk to the chat API for this bot."""

    allowed_origins: list[str] | None = None


class Settings(DocModel):
    """All settings."""

    general: GeneralSettings = Field(default_factory=GeneralSettings)
    typing_emulation: TypingEmulation = Field(default_factory=TypingEmulation)
    metadata: Metadata = Field(default_factory=Metadata)
    whats_app: WhatsAppSettings = Field(default_factory=WhatsAppSettings)
    security: Security = Field(default_factory=Security)
    public_share: dict[str, object] | None = None
