"""Folders of bots."""
