"""Reading an upload sent as a form POST (S3's presigned-POST shape, which Typebot's embed
uses): the fields, then one ``file`` part, with the whole body bounded while it streams."""

from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from starlette.datastructures import FormData, Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from botloom.domain.errors import InvalidInputError

FORM_OVERHEAD_BYTES = 16 * 1024
"""Room for boundaries, part headers and the small fields around the file."""
FIELD_MAX_BYTES = 1024
CHUNK_BYTES = 64 * 1024


class _BodyTooLargeError(MultiPartException):
    """The body went past what the file and its form may take."""


@dataclass
class UploadForm:
    """The file part of an upload form and the fields sent with it."""

    file: UploadFile
    fields: dict[str, str]

    @property
    def content_type(self) -> str | None:
        """The type announced in the form's ``Content-Type`` field, else the file part's."""
        return self.fields.get("Content-Type") or self.file.content_type

    async def chunks(self) -> AsyncIterator[bytes]:
        """The file's bytes, piece by piece."""
        while chunk := await self.file.read(CHUNK_BYTES):
            yield chunk


async def _bounded(stream: AsyncIterator[bytes], limit: int) -> AsyncGenerator[bytes, None]:
    received = 0
    async for chunk in stream:
        received += len(chunk)
        if received > limit:
            raise _BodyTooLargeError("too large")
        yield chunk


@asynccontextmanager
async def read_upload_form(
    headers: Headers, stream: AsyncIterator[bytes], max_file_bytes: int
) -> AsyncIterator[UploadForm]:
    """The parsed form, its file spooled until the block ends. Reading stops as soon as the
    body is larger than ``max_file_bytes`` and a small allowance for the form around it."""
    if not headers.get("content-type", "").startswith("multipart/form-data"):
        raise InvalidInputError.for_field(
            "Content-Type", "send the file as multipart/form-data, or PUT it"
        )
    parser = MultiPartParser(
        headers,
        _bounded(stream, max_file_bytes + FORM_OVERHEAD_BYTES),
        max_files=1,
        max_fields=10,
        max_part_size=FIELD_MAX_BYTES,
    )
    try:
        form: FormData = await parser.parse()
    except _BodyTooLargeError:
        raise InvalidInputError.for_field(
            "file", f"larger than the {max_file_bytes} bytes allowed"
        ) from None
    except MultiPartException as exc:
        raise InvalidInputError.for_field("file", exc.message) from None
    try:
        file = form.get("file")
        if not isinstance(file, UploadFile):
            raise InvalidInputError.for_field("file", "missing: send the file in a part named file")
        fields = {name: value for name, value in form.multi_items() if isinstance(value, str)}
        yield UploadForm(file=file, fields=fields)
    finally:
        await form.close()
