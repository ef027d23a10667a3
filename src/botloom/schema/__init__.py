"""The bot document: pydantic models of Typebot's format, import of every version, export."""
