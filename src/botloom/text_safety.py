"""Text that every store and every JSON encoder accepts: no U+0000, no lone UTF-16 surrogates.

JSON lets a client write both (``"\\u0000"``, ``"\\ud800"``) and Python decodes them, but
PostgreSQL refuses U+0000 in text and JSONB, and UTF-8 has no form for a lone surrogate, so a
value holding either fails later, far from where it came in. Values are mended where they enter.
"""

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def mend_text(text: str) -> str:
    """``text`` without U+0000, each lone surrogate replaced by U+FFFD (pairs are joined)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if _SURROGATE.search(text):
        # A high and low surrogate written as two escapes are one character in UTF-16.
        joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        text = _SURROGATE.sub("\ufffd", joined)
    return text


def mend_tree(value: Any) -> Any:
    """A decoded JSON value with every string (keys too) mended by :func:`mend_text`."""
    if isinstance(value, str):
        return mend_text(value)
    if isinstance(value, list | tuple):
        return [mend_tree(item) for item in value]
    if isinstance(value, dict):
        return {mend_text(k): mend_tree(v) for k, v in value.items()}
    return value


def may_need_mending(raw: bytes) -> bool:
    """Whether a JSON document's bytes could decode to text :func:`mend_text` changes: only an
    escape can write U+0000 or a surrogate in valid UTF-8 JSON, so most bodies are skipped."""
    return b"\\u" in raw
