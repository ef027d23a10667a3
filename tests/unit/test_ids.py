"""Ids look like Typebot's cuid2 ids and do not repeat."""

import re

from botloom.ids import ID_LENGTH, new_id


def test_shape_and_uniqueness() -> None:
    ids = [new_id() for _ in range(20_000)]
    assert all(re.fullmatch(rf"[a-z][a-z0-9]{{{ID_LENGTH - 1}}}", i) for i in ids)
    assert len(set(ids)) == len(ids)
    assert len({i[0] for i in ids}) > 20, "the first letter varies"
    assert len({i[-1] for i in ids}) > 30, "the last character varies"
