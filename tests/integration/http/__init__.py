"""Outgoing HTTP of bots: the guarded client, the HTTP request block, fetch in scripts."""
