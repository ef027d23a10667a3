"""Adapters behind the engine's ports: JavaScript workers, later HTTP, mail, LLMs..."""
