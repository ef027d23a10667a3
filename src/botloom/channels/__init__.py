"""Channels: how visitors reach bots (the web chat API; later WhatsApp, Telegram)."""
