"""The generic document model of a forge block (``packages/forge/repository/src/schemas.ts``)."""

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel

FORGE_BLOCK_IDS = frozenset(
    {
        "openai",
        "cal-com",
        "chat-node",
        "qr-code",
        "dify-ai",
        "mistral",
        "elevenlabs",
        "anthropic",
        "together-ai",
        "open-router",
        "groq",
        "perplexity",
        "deepseek",
        "nocodb",
        "segment",
        "posthog",
        "zendesk",
        "blink",
        "gmail",
    }
)


class ForgeOptions(DocModel):
    """The options every forge block shares; each action's own options are kept as extra keys."""

    credentials_id: str | None = None
    action: str | None = None


class ForgeBlock(BlockBase):
    """A block of a forge integration, or of any block type this version does not know."""

    options: ForgeOptions = Field(default_factory=ForgeOptions)
