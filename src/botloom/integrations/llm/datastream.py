"""The data-stream format the web widget reads from ``streamMessage`` (docs/chat-api.md): one line
per text piece, ``0:`` followed by the piece as a JSON string."""

import json


def text_part(text: str) -> bytes:
    """A text piece as one data-stream line."""
    return b"0:" + json.dumps(text, ensure_ascii=False).encode() + b"\n"
