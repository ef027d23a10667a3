"""Forge blocks: integration blocks identified by a plugin id (``openai``, ``mistral``, ...).

Every block type the catalogue does not know is read as a forge block, so that blocks from
integrations Botloom does not run yet are kept whole rather than dropped. ``SPEC`` runs them
all (the catalogue picks it for any forge block); the plugins themselves live outside the
engine, behind the ``integrations`` port.
"""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.forge.execute import execute
from botloom.engine.blocks.forge.schema import ForgeBlock

SPEC = BlockSpec(type="forge", family=BlockFamily.FORGE, model=ForgeBlock, execute=execute)
