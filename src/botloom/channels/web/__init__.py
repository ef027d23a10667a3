"""Typebot's public chat API (v1 routes), as Typebot's own embed uses it."""
