"""This server's own file URLs, read straight from the file storage rather than over HTTP.

Uploaded files are served at ``{files base URL}/files/{fileId}/{name}`` (local disk) or at
``{bucket's public URL}/public/{fileId}/{name}`` (S3). In self-hosting the first is usually a
loopback or private address, which the SSRF guard rightly refuses; reading the storage needs
no HTTP at all. Only the strict ``FileKey`` of a URL is ever looked up, so a URL can name
nothing but an uploaded file.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from botloom.store.files.base import FileKey, FileStorage, Presentation
from botloom.store.files.local import FILES_ROUTE, LocalFileStorage
from botloom.store.files.s3 import PUBLIC_PREFIX, S3FileStorage


class OwnFileError(Exception):
    """A URL under this server's own files prefix that names no uploaded file."""


@dataclass(frozen=True)
class StoredFile:
    """An uploaded file as read from the storage, with the type it is served with."""

    name: str
    content: bytes
    media_type: str


def _key_of(rest: str) -> FileKey | None:
    """The key of ``{fileId}/{name}``; nothing else (no more segments, no escapes, no dots)."""
    file_id, slash, name = rest.partition("/")
    return FileKey.parse(file_id, name) if slash else None


@dataclass(frozen=True)
class OwnFiles:
    """Recognises the URLs of files kept in ``storage`` and reads them from it.

    ``files_base_url``: the configured public URL of this server, if any. Without it, the
    names visitors reach the server by are unknown, so any URL whose path is the files route
    is looked up by its key: file ids are 24 random bytes, so a file found under one is ours;
    a key not found is left to the HTTP client (it may be another server's file)."""

    storage: FileStorage
    files_base_url: str | None = None

    @property
    def prefix(self) -> str | None:
        """The URL prefix that can only mean a file of this storage, if it is known."""
        if isinstance(self.storage, S3FileStorage):
            public = self.storage.config.public_url or self.storage.bucket_url
            return f"{public.rstrip('/')}/{PUBLIC_PREFIX}/"
        if self.files_base_url:
            return f"{self.files_base_url.rstrip('/')}{FILES_ROUTE}/"
        return None

    async def read(self, url: str, max_bytes: int) -> StoredFile | None:
        """The file ``url`` names if it is one of ours; ``None`` if the URL is not ours.
        ``OwnFileError`` if the URL is under our own prefix but names no uploaded file;
        ``FileTooLargeError`` if it has more than ``max_bytes``."""
        if self.prefix is not None and url.startswith(self.prefix):
            key = _key_of(url.removeprefix(self.prefix).partition("?")[0].partition("#")[0])
            if key is None:
                raise OwnFileError("not the URL of an uploaded file")
            content = await self.storage.read(key, max_bytes)
            if content is None:
                raise OwnFileError("no such file on this server")
            return _stored(key, content)
        key = self._files_route_key(url)
        if key is None:
            return None
        content = await self.storage.read(key, max_bytes)
        return _stored(key, content) if content is not None else None

    def _files_route_key(self, url: str) -> FileKey | None:
        """The key of a URL on any host whose path is the local files route."""
        if not isinstance(self.storage, LocalFileStorage):
            return None
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.path.startswith(f"{FILES_ROUTE}/"):
            return None
        return _key_of(parts.path.removeprefix(f"{FILES_ROUTE}/"))


def _stored(key: FileKey, content: bytes) -> StoredFile:
    return StoredFile(name=key.name, content=content, media_type=Presentation.of(key).media_type)
