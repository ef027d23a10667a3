"""Chats: loading published bots, running turns through the engine, saving what they produce."""
