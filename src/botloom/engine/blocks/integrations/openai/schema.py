"""Legacy OpenAI block: chat completion, image or speech, one options model for all tasks.

Defaults follow Typebot's ``packages/blocks/integrations/src/openai/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class OpenAITask(StrEnum):
    """What the block asks OpenAI for."""

    CREATE_CHAT_COMPLETION = "Create chat completion"
    CREATE_SPEECH = "Create speech"
    CREATE_IMAGE = "Create image"


class ChatMessageRole(StrEnum):
    """Who a prompt message is from; the last two expand list variables into messages."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    MESSAGES_SEQUENCE = "Messages sequence ✨"
    DIALOGUE = "Dialogue"


class DialogueStarter(StrEnum):
    """Who speaks first in a ``Dialogue`` variable."""

    USER = "user"
    ASSISTANT = "assistant"


class MessagesSequence(DocModel):
    """The list variables alternated by a ``Messages sequence ✨`` message."""

    assistant_messages_variable_id: str | None = None
    user_messages_variable_id: str | None = None


class ChatMessage(DocModel):
    """A prompt message: text for native roles, a sequence or a dialogue variable otherwise."""

    id: str
    role: ChatMessageRole | None = None
    content: str | MessagesSequence | None = None
    name: str | None = None
    dialogue_variable_id: str | None = None
    starts_by: DialogueStarter | None = None


class ChatAdvancedSettings(DocModel):
    """Sampling settings; ``temperature`` is a number or ``{{variable}}`` text."""

    temperature: float | str | None = None


class ImageAdvancedOptions(DocModel):
    """Size of the generated image, such as ``1024x1024``."""

    size: str | None = None


class OpenAIResponseMapping(DocModel):
    """Saves one value of the response (message content, token counts, image URL)."""

    id: str
    value_to_extract: str = "Message content"
    variable_id: str | None = None


class OpenAIOptions(DocModel):
    """Options of the legacy OpenAI block, all tasks together."""

    task: OpenAITask | None = None
    credentials_id: str | None = None
    base_url: str = "https://api.openai.com/v1"
    api_version: str | None = None
    model: str | None = None
    messages: list[ChatMessage] = []
    advanced_settings: ChatAdvancedSettings = Field(default_factory=ChatAdvancedSettings)
    response_mapping: list[OpenAIResponseMapping] = []
    prompt: str | None = None
    advanced_options: ImageAdvancedOptions = Field(default_factory=ImageAdvancedOptions)
    input: str | None = None
    voice: str | None = None
    save_url_in_variable_id: str | None = None


class OpenAIBlock(BlockBase):
    """Calls OpenAI and saves the answer into variables."""

    type: Literal["OpenAI"]
    options: OpenAIOptions = Field(default_factory=OpenAIOptions)
