"""Forge blocks: integration blocks identified by a plugin id (``openai``, ``mistral``, ...).

Every block type the catalogue does not know is read as a forge block, so that blocks from
integrations Botloom does not run yet are kept whole rather than dropped.
"""
