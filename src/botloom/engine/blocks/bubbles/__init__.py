"""Bubble blocks: what the bot says."""
