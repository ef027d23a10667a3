"""Botloom's own starter bots and their bot tests (docs/templates.md)."""
