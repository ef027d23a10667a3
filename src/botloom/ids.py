"""Identifiers shaped like Typebot's cuid2 ids, so imported ids and ours look alike."""

import secrets
import string

_ALPHABET = string.ascii_lowercase + string.digits
ID_LENGTH = 24


def new_id() -> str:
    """A random id: a lowercase letter then 23 base-36 characters (about 119 bits)."""
    first = secrets.choice(string.ascii_lowercase)
    return first + "".join(secrets.choice(_ALPHABET) for _ in range(ID_LENGTH - 1))
