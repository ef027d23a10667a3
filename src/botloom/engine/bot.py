"""A bot ready to run: the document of one published version (or draft) with its indexes.

Built once per version and cached, so a chat turn never re-reads or re-parses the graph.
"""

from dataclasses import dataclass, field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.document import TypebotDocument
from botloom.schema.graph import Edge, Group, Variable


@dataclass(frozen=True)
class BlockPosition:
    """Where a block sits: its group and its index in that group."""

    group_id: str
    index: int


@dataclass(frozen=True)
class Bot:
    """An immutable, indexed bot. ``version_id`` identifies what sessions point at."""

    version_id: str
    typebot_id: str
    document: TypebotDocument
    published_at: str | None = None
    groups_by_id: dict[str, Group] = field(init=False)
    positions: dict[str, BlockPosition] = field(init=False)
    edges_by_id: dict[str, Edge] = field(init=False)
    block_by_id: dict[str, BlockBase] = field(init=False)
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    """Facts derived from the graph once per version (see ``history``), never per turn."""

    def __post_init__(self) -> None:
        doc = self.document
        object.__setattr__(self, "groups_by_id", {g.id: g for g in doc.groups})
        object.__setattr__(
            self,
            "positions",
            {b.id: BlockPosition(g.id, i) for g in doc.groups for i, b in enumerate(g.blocks)},
        )
        object.__setattr__(self, "edges_by_id", {e.id: e for e in doc.edges})
        object.__setattr__(self, "block_by_id", {b.id: b for g in doc.groups for b in g.blocks})

    @property
    def variables(self) -> list[Variable]:
        """The variables as defined in the document, with their default values."""
        return self.document.variables

    def block(self, block_id: str) -> BlockBase | None:
        """The block with this id, if the bot has one."""
        return self.block_by_id.get(block_id)

    def group_of(self, block_id: str) -> Group | None:
        """The group holding a block."""
        position = self.positions.get(block_id)
        return None if position is None else self.groups_by_id[position.group_id]
