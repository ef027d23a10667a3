"""What every block type declares: its document model and its family."""

import builtins
from dataclasses import dataclass
from enum import StrEnum

from botloom.schema.model import DocModel


class BlockFamily(StrEnum):
    """The families of Typebot's block catalogue; the engine treats each family alike."""

    START = "start"
    BUBBLE = "bubble"
    INPUT = "input"
    LOGIC = "logic"
    INTEGRATION = "integration"
    FORGE = "forge"


class BlockBase(DocModel):
    """Fields every block has, whatever its type."""

    id: str
    type: str
    outgoing_edge_id: str | None = None


class ItemBase(DocModel):
    """An item of a block that has items (buttons, conditions, A/B paths, cards)."""

    id: str
    outgoing_edge_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class BlockSpec:
    """The registration of one block type: its ``type`` string, family and document model."""

    type: str
    family: BlockFamily
    model: builtins.type[BlockBase]
