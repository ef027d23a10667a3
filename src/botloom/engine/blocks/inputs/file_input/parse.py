"""Reading a reply to the file input: the URLs of the uploaded files."""

import mimetypes
import posixpath
from fnmatch import fnmatch
from urllib.parse import urlsplit

from botloom.engine.blocks.inputs.common import accept, is_url
from botloom.engine.blocks.inputs.file_input.schema import AllowedFileTypes, FileInputBlock
from botloom.engine.runtime import InvalidReply, ParsedReply, Reply, TurnContext


async def parse_reply(
    block: FileInputBlock, reply: Reply, ctx: TurnContext
) -> ParsedReply | InvalidReply:
    """The uploaded files' URLs, joined ", ". Valid when one of them is a URL and every file
    has an allowed type; an empty reply skips an optional input. With a single file allowed,
    only the first URL is kept."""
    options = block.options
    urls = reply.attached_file_urls or [u.strip() for u in reply.text.split(",") if u.strip()]
    if not urls:
        return InvalidReply() if options.is_required else ParsedReply(content="", skip=True)
    if not any(is_url(url) for url in urls):
        return InvalidReply()
    if not all(is_allowed(url, options.allowed_file_types) for url in urls):
        return InvalidReply()
    kept = urls if options.is_multiple_allowed else urls[:1]
    return accept(reply, ", ".join(kept))


def is_allowed(url: str, allowed: AllowedFileTypes) -> bool:
    """Whether the file at ``url`` has one of the allowed types: extensions (".pdf") or MIME
    types, wildcards allowed ("image/*"). Any type is allowed when the check is off."""
    if not allowed.is_enabled or not allowed.types:
        return True
    extension = posixpath.splitext(urlsplit(url).path)[1].lower()
    mime_type = mimetypes.guess_type(f"file{extension}")[0] or ""
    for allowed_type in (t.strip().lower() for t in allowed.types):
        if "/" in allowed_type:
            if mime_type and fnmatch(mime_type, allowed_type):
                return True
        elif extension and extension == "." + allowed_type.lstrip("."):
            return True
    return False
