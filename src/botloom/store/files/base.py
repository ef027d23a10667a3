"""What every file storage adapter offers, and the names files are stored under."""

import base64
import hashlib
import mimetypes
import posixpath
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from typing import Protocol

FILE_ID_LENGTH = 32
FILE_ID = re.compile(r"^[A-Za-z0-9_-]{32}$")
"""The random, unguessable folder of one uploaded file (24 random bytes, base64url)."""
FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")
"""A stored file name: plain ASCII, no separators, never starting with a dot."""
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME_LENGTH = 120


class FileTooLargeError(Exception):
    """The file (being uploaded, or read) went past the number of bytes it was allowed."""


@dataclass(frozen=True)
class FileKey:
    """Where a public file lives: ``{file_id}/{name}``, both checked against strict patterns,
    so a key can never point outside its storage."""

    file_id: str
    name: str

    def __post_init__(self) -> None:
        if not FILE_ID.match(self.file_id) or not FILE_NAME.match(self.name):
            raise ValueError("not a file key")

    @classmethod
    def new(cls, file_name: str, owner: str | None = None) -> "FileKey":
        """A fresh key for a file the visitor called ``file_name``. With an ``owner`` (the
        result the file answers for), the id starts with the owner's tag, so deleting the
        result finds exactly its own files (144 random bits remain)."""
        tag = owner_tag(owner) if owner is not None else ""
        random_part = secrets.token_urlsafe(24)[: FILE_ID_LENGTH - len(tag)]
        return cls(file_id=tag + random_part, name=safe_file_name(file_name))

    @classmethod
    def parse(cls, file_id: str, name: str) -> "FileKey | None":
        """The key of a URL's two last segments, or ``None`` if they are not one."""
        try:
            return cls(file_id=file_id, name=name)
        except ValueError:
            return None

    @property
    def path(self) -> str:
        """The key as a relative path (and the end of the file's URL)."""
        return f"{self.file_id}/{self.name}"


def owner_tag(owner: str) -> str:
    """The 8 characters that start the file ids of an owner's uploads."""
    return base64.urlsafe_b64encode(hashlib.sha256(owner.encode()).digest()[:6]).decode()


def safe_file_name(file_name: str) -> str:
    """A visitor's file name made safe to store and to put in a URL or a header: the last path
    segment, accents dropped, anything but letters, digits, ``.``, ``_`` and ``-`` replaced,
    no leading dot, at most ``MAX_NAME_LENGTH`` characters with the extension kept."""
    base = re.split(r"[/\\]", file_name)[-1]
    ascii_name = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("_", ascii_name).lstrip("._-")
    stem, extension = posixpath.splitext(cleaned)
    if len(extension) > 20:
        stem, extension = cleaned, ""
    stem = stem[: MAX_NAME_LENGTH - len(extension)] or "file"
    return f"{stem}{extension}"


INLINE_TYPES = frozenset(
    {
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "image/avif",
        "image/bmp",
        "text/plain",
    }
)
"""Types a browser may show in the tab: none of them runs script. Anything else (HTML, SVG,
XML, scripts, PDF, unknown types) is served as a download."""


@dataclass(frozen=True)
class Presentation:
    """How a stored file is served: its type (from its name, never from the uploader) and
    whether the browser shows it or downloads it."""

    media_type: str
    inline: bool

    @classmethod
    def of(cls, key: FileKey) -> "Presentation":
        """The presentation of the file at ``key``."""
        media_type = mimetypes.guess_type(key.name)[0] or "application/octet-stream"
        inline = media_type in INLINE_TYPES or media_type.startswith(("audio/", "video/"))
        return cls(media_type=media_type, inline=inline)

    def content_disposition(self, key: FileKey) -> str:
        """The ``Content-Disposition`` header (stored names need no quoting)."""
        return f'{"inline" if self.inline else "attachment"}; filename="{key.name}"'


@dataclass(frozen=True)
class UploadTarget:
    """Where the browser sends a file: a PUT of the body to ``presigned_url``, or a form POST
    with ``form_data`` and the file when there are fields; then the file is at ``file_url``."""

    presigned_url: str
    file_url: str
    form_data: dict[str, str] = field(default_factory=dict)


class FileStorage(Protocol):
    """A place for uploaded files. Adapters sign the browser's upload themselves (a token on
    our own server for local disk, a presigned request for S3-compatible stores)."""

    def upload_target(
        self, *, key: FileKey, content_type: str, max_bytes: int, base_url: str
    ) -> UploadTarget:
        """A short-lived permission to upload at most ``max_bytes`` of ``content_type`` at
        ``key``, and the public URL the file will have. ``base_url``: this server's URL."""
        ...

    async def read(self, key: FileKey, max_bytes: int) -> bytes | None:
        """The content of the file at ``key``, ``None`` if there is none there;
        ``FileTooLargeError`` if it has more than ``max_bytes``."""
        ...

    async def delete(self, key: FileKey) -> None:
        """Remove the file at ``key``; nothing happens if there is none."""
        ...
