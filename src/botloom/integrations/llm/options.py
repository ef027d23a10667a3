"""The options and credentials of Typebot's AI blocks (forge ``openai``, ``mistral``,
``anthropic``...), as its documents store them. Values arrive with variables substituted."""

from enum import StrEnum

from pydantic import Field, field_validator

from botloom.schema.model import DocModel


class LlmCredentials(DocModel):
    """The decrypted data of an AI provider's credentials; ``baseUrl`` points the block at
    another server (a proxy, Azure, or a self-hosted model behind vLLM or Ollama)."""

    api_key: str = ""
    base_url: str | None = None


class PromptRole(StrEnum):
    """Who a prompt message is from; ``Dialogue`` expands a list variable into messages."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    DIALOGUE = "Dialogue"


class PromptMessage(DocModel):
    """A prompt message: text for native roles, a list variable for ``Dialogue``."""

    role: PromptRole = PromptRole.USER
    content: str | None = None
    dialogue_variable_id: str | None = None
    starts_by: PromptRole = PromptRole.USER


class ResponseItem(StrEnum):
    """What a response mapping saves."""

    MESSAGE_CONTENT = "Message content"
    TOTAL_TOKENS = "Total tokens"
    PROMPT_TOKENS = "Prompt tokens"
    COMPLETION_TOKENS = "Completion tokens"


class ResponseMapping(DocModel):
    """Saves one value of the answer into a variable (the message content by default)."""

    item: ResponseItem = ResponseItem.MESSAGE_CONTENT
    variable_id: str | None = None

    @field_validator("item", mode="before")
    @classmethod
    def _legacy_capitalisation(cls, value: object) -> object:
        # Old Anthropic blocks wrote "Message Content".
        return ResponseItem.MESSAGE_CONTENT if value == "Message Content" else value


def number_or_none(value: object) -> object:
    """Numbers may be typed as text or come from a variable; an unreadable one is unset."""
    if isinstance(value, str):
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            return None
        return int(number) if number.is_integer() else number
    return value


class ParameterType(StrEnum):
    """The type of a function's parameter."""

    STRING = "string"
    NUMBER = "number"
    BOOLEAN = "boolean"
    ENUM = "enum"


class FunctionParameter(DocModel):
    """One parameter of a function: its name, type and description, and for ``enum`` the
    values it may take."""

    type: ParameterType | None = None
    name: str | None = None
    description: str | None = None
    required: bool = False
    values: list[str] = []


class BlockFunction(DocModel):
    """A function of a block (an item of ``tools`` or of ``functions``)."""

    type: str | None = None
    name: str | None = None
    description: str | None = None
    parameters: list[FunctionParameter] = []
    code: str | None = None


class ChatCompletionOptions(DocModel):
    """Options of "Create chat completion" (and Anthropic's "Create Chat Message")."""

    model: str | None = None
    messages: list[PromptMessage] = []
    system_message: str | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    response_mapping: list[ResponseMapping] = []
    tools: list[BlockFunction] = []
    base_url: str | None = None
    api_version: str | None = None

    @field_validator("temperature", "max_tokens", mode="before")
    @classmethod
    def _numbers(cls, value: object) -> object:
        return number_or_none(value)

    def stream_variable_id(self) -> str | None:
        """The variable a streamed answer goes to: the first message-content mapping's."""
        return next(
            (
                m.variable_id
                for m in self.response_mapping
                if m.item == ResponseItem.MESSAGE_CONTENT and m.variable_id
            ),
            None,
        )


class ExtractedType(StrEnum):
    """The type of a value "Generate variables" extracts."""

    STRING = "string"
    NUMBER = "number"
    BOOLEAN = "boolean"
    ARRAY = "array"
    ENUM = "enum"


class VariableToExtract(DocModel):
    """A variable "Generate variables" fills, with its type and description."""

    variable_id: str | None = None
    type: ExtractedType = ExtractedType.STRING
    description: str | None = None
    is_required: bool = True
    values: list[str] = []


class GenerateVariablesOptions(DocModel):
    """Options of "Generate variables"."""

    model: str | None = None
    prompt: str | None = None
    variables_to_extract: list[VariableToExtract] = Field(default_factory=list)
    base_url: str | None = None
    api_version: str | None = None
