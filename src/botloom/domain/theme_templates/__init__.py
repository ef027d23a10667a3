"""Workspace themes: themes saved in a workspace, applied to its bots from the theme editor."""
