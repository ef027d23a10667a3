"""Files on local disk, under ``data_dir/files``: the embedded mode's storage.

The browser uploads to this server (``PUT /api/v3/uploads/{token}``) and files are served from
``/files/{fileId}/{name}``.
"""

import asyncio
import contextlib
import os
import secrets
from collections.abc import AsyncIterator
from pathlib import Path

from botloom.store.files.base import FileKey, FileTooLargeError, UploadTarget
from botloom.store.files.signing import UploadSigner

UPLOAD_ROUTE = "/api/v3/uploads"
FILES_ROUTE = "/files"


class FileExistsAlreadyError(Exception):
    """Something was already uploaded at this key: a file is written once."""


class LocalFileStorage:
    """Public files in ``root/public/{fileId}/{name}``; uploads land in ``root/incoming``
    first and appear under their key only once complete."""

    def __init__(self, root: Path, signer: UploadSigner, ttl_seconds: int) -> None:
        self.root = root
        self.signer = signer
        self.ttl_seconds = ttl_seconds

    def upload_target(
        self, *, key: FileKey, content_type: str, max_bytes: int, base_url: str
    ) -> UploadTarget:
        """A signed URL on this server, valid ``ttl_seconds``: PUT the file to it, or POST it
        as a form with the returned fields (as to an S3 presigned POST)."""
        token = self.signer.grant(
            key=key, max_bytes=max_bytes, content_type=content_type, ttl=self.ttl_seconds
        )
        base = base_url.rstrip("/")
        return UploadTarget(
            presigned_url=f"{base}{UPLOAD_ROUTE}/{token}",
            file_url=f"{base}{FILES_ROUTE}/{key.path}",
            form_data={"key": key.path} | ({"Content-Type": content_type} if content_type else {}),
        )

    def path_of(self, key: FileKey) -> Path:
        """Where the file of ``key`` is (or will be) on disk."""
        return self.root / "public" / key.file_id / key.name

    async def save(self, key: FileKey, chunks: AsyncIterator[bytes], max_bytes: int) -> int:
        """Write the streamed body at ``key``, stopping as soon as it passes ``max_bytes``;
        returns its size. A key is written once, even by two uploads at the same time."""
        final = self.path_of(key)
        if final.exists():
            raise FileExistsAlreadyError(key.path)
        incoming = self.root / "incoming"
        await asyncio.to_thread(incoming.mkdir, parents=True, exist_ok=True)
        partial = incoming / secrets.token_hex(16)
        handle = await asyncio.to_thread(partial.open, "xb")
        try:
            size = 0
            with handle:
                async for chunk in chunks:
                    size += len(chunk)
                    if size > max_bytes:
                        raise FileTooLargeError(key.path)
                    await asyncio.to_thread(handle.write, chunk)
            await asyncio.to_thread(final.parent.mkdir, parents=True, exist_ok=True)
            try:
                # A hard link never replaces an existing file, unlike a rename.
                await asyncio.to_thread(os.link, partial, final)
            except FileExistsError:
                raise FileExistsAlreadyError(key.path) from None
        finally:
            await asyncio.to_thread(partial.unlink, missing_ok=True)
        return size

    def find(self, key: FileKey) -> Path | None:
        """The file of ``key`` if it was uploaded."""
        path = self.path_of(key)
        return path if path.is_file() else None

    async def read(self, key: FileKey, max_bytes: int) -> bytes | None:
        """The content of the file of ``key`` if it was uploaded, at most ``max_bytes``."""
        path = await asyncio.to_thread(self.find, key)
        if path is None:
            return None
        with await asyncio.to_thread(path.open, "rb") as handle:
            content = await asyncio.to_thread(handle.read, max_bytes + 1)
        if len(content) > max_bytes:
            raise FileTooLargeError(key.path)
        return content

    async def delete(self, key: FileKey) -> None:
        """Remove the file of ``key`` and its folder, if they are there."""
        path = self.path_of(key)
        await asyncio.to_thread(path.unlink, missing_ok=True)
        # The folder is the file's own (its random id); another name in it keeps it.
        with contextlib.suppress(OSError):
            await asyncio.to_thread(path.parent.rmdir)
