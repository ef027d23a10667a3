"""Bots (Typebot calls them typebots): drafts, import, export and publishing."""
