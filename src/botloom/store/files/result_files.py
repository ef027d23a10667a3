"""The uploaded files of results: found in what the results keep, and removed with them.

An upload's file id starts with the tag of the result it was uploaded for (``FileKey.new``),
so only the files of the very results being deleted are ever picked: a URL a visitor typed in,
or another result's file, never matches.
"""

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from botloom.store.files.base import FileKey, FileStorage, owner_tag

logger = logging.getLogger(__name__)

_URL = re.compile(r"https?://[^\s,;\"'<>()\[\]{}]+")


def _strings(value: Any) -> Iterable[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _key_of_url(url: str) -> FileKey | None:
    segments = urlsplit(url).path.split("/")
    return FileKey.parse(segments[-2], segments[-1]) if len(segments) >= 3 else None


def result_file_keys(result_id: str, values: Iterable[Any]) -> set[FileKey]:
    """The keys of the files uploaded for ``result_id`` named by URLs in ``values`` (answers,
    attached file URLs, variables: any JSON)."""
    tag = owner_tag(result_id)
    keys: set[FileKey] = set()
    for value in values:
        for text in _strings(value):
            for url in _URL.findall(text):
                key = _key_of_url(url)
                if key is not None and key.file_id.startswith(tag):
                    keys.add(key)
    return keys


async def delete_files(storage: FileStorage, keys: Iterable[FileKey]) -> None:
    """Remove these files; a failure is logged (the results are already gone), never raised."""
    for key in keys:
        try:
            await storage.delete(key)
        except Exception:  # one unreachable file must not keep the others
            logger.exception("Could not delete the uploaded file %s", key.path)
