"""Outgoing HTTP for bots: the SSRF guard (``guard``) and the guarded client (``client``)."""
