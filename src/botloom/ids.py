"""Identifiers shaped like Typebot's cuid2 ids, so imported ids and ours look alike."""

import secrets
import string

_ALPHABET = string.ascii_lowercase + string.digits
ID_LENGTH = 24


_LETTERS = len(string.ascii_lowercase)
_TAIL_SPACE = len(_ALPHABET) ** (ID_LENGTH - 1)


def new_id() -> str:
    """A random id: a lowercase letter then 23 base-36 characters (about 123 bits)."""
    number = secrets.randbelow(_LETTERS * _TAIL_SPACE)
    first, number = divmod(number, _TAIL_SPACE)
    tail = []
    for _ in range(ID_LENGTH - 1):
        number, digit = divmod(number, len(_ALPHABET))
        tail.append(_ALPHABET[digit])
    return string.ascii_lowercase[first] + "".join(tail)
