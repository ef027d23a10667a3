"""Uploads: who may upload what (the session's current input decides), and receiving files."""

from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.access.queries import BotRight, access_typebot
from botloom.domain.chat.bots import BotCache, load_version
from botloom.domain.chat.service import ChatRuntime, read_session
from botloom.domain.errors import ConflictError, ForbiddenError, InvalidInputError
from botloom.domain.uploads.budget import UploadBudget, save_charge
from botloom.domain.uploads.schemas import GenerateUploadUrlBody, UploadUrl
from botloom.engine.blocks.base import BlockBase
from botloom.engine.blocks.inputs.file_input.parse import is_allowed
from botloom.engine.blocks.inputs.file_input.schema import FileInputBlock
from botloom.engine.blocks.inputs.text_input.schema import TextInputBlock
from botloom.engine.state import SessionState
from botloom.store.files.base import (
    INLINE_TYPES,
    FileKey,
    FileStorage,
    FileTooLargeError,
    Presentation,
)
from botloom.store.files.local import FileExistsAlreadyError, LocalFileStorage
from botloom.store.files.signing import InvalidUploadTokenError, UploadGrant
from botloom.store.models import User

MAX_CHARGE_ATTEMPTS = 3


async def generate_upload_url(
    *,
    db: AsyncSession,
    runtime: ChatRuntime,
    storage: FileStorage,
    body: GenerateUploadUrlBody,
    origin: str | None,
    max_bytes: int,
    budget: UploadBudget,
    base_url: str,
) -> UploadUrl:
    """A signed upload URL for one file answering the input the session waits for, asked
    from ``origin`` (the bot's allowed origins apply, as to a turn), within the session's
    upload budget."""
    if body.session_id is None:
        raise InvalidInputError.for_field(
            "sessionId", "required (or typebotId, for a picture of a bot's theme)"
        )
    if body.block_id is None:
        raise InvalidInputError.for_field("blockId", "required with sessionId")
    session_id, block_id = body.session_id, body.block_id
    if body.file_size is not None and body.file_size > max_bytes:
        raise InvalidInputError.for_field("fileSize", f"larger than the {max_bytes} bytes allowed")
    size = max_bytes if body.file_size is None else body.file_size
    async with runtime.locks.hold(session_id):
        for _ in range(MAX_CHARGE_ATTEMPTS):
            stored = await read_session(runtime, session_id, origin)
            state = stored.state
            block = await _waiting_input(db, runtime.cache, state, block_id)
            key = FileKey.new(body.file_name, owner=state.frame.result_id)
            if isinstance(block, FileInputBlock) and not is_allowed(
                key.path, block.options.allowed_file_types
            ):
                raise InvalidInputError.for_field(
                    "fileName", "this type of file is not allowed here"
                )
            budget.charge(state, block_id, size)
            if await save_charge(
                runtime.engine, session_id=session_id, state=state, turn=stored.turn
            ):
                break
        else:
            raise ConflictError("The chat moved on while the upload was asked for; try again.")
    return _upload_url(storage, key, body.file_type, size, base_url)


async def generate_theme_upload_url(
    *,
    db: AsyncSession,
    actor: User,
    storage: FileStorage,
    body: GenerateUploadUrlBody,
    max_bytes: int,
    base_url: str,
) -> UploadUrl:
    """A signed upload URL for a picture of a bot's theme (an avatar, a background), for a
    caller who may edit the bot. Only pictures a browser shows safely are taken."""
    typebot_id = body.typebot_id
    if typebot_id is None:
        raise InvalidInputError.for_field("typebotId", "required for a theme picture")
    if body.session_id is not None:
        raise InvalidInputError.for_field("sessionId", "not with typebotId: a file has one purpose")
    await access_typebot(db=db, actor=actor, typebot_id=typebot_id, needed=BotRight.WRITE)
    if body.file_size is not None and body.file_size > max_bytes:
        raise InvalidInputError.for_field("fileSize", f"larger than the {max_bytes} bytes allowed")
    key = FileKey.new(body.file_name, owner=f"typebot:{typebot_id}")
    media_type = Presentation.of(key).media_type
    if not media_type.startswith("image/") or media_type not in INLINE_TYPES:
        raise InvalidInputError.for_field(
            "fileName", "a theme picture must be a PNG, JPEG, GIF, WebP, AVIF or BMP image"
        )
    size = max_bytes if body.file_size is None else body.file_size
    return _upload_url(storage, key, body.file_type, size, base_url)


def _upload_url(
    storage: FileStorage, key: FileKey, file_type: str, size: int, base_url: str
) -> UploadUrl:
    """Where the browser sends the file at ``key`` (at most ``size`` bytes of ``file_type``)."""
    target = storage.upload_target(
        key=key, content_type=file_type.lower(), max_bytes=size, base_url=base_url
    )
    return UploadUrl(
        presigned_url=target.presigned_url,
        file_url=target.file_url,
        form_data=target.form_data or None,
    )


async def _waiting_input(
    db: AsyncSession, cache: BotCache, state: SessionState, block_id: str
) -> BlockBase:
    """The input block the session waits for, if it is ``block_id`` and takes files."""
    bot = await load_version(db=db, cache=cache, version_id=state.frame.version_id)
    block = bot.block(block_id) if bot is not None else None
    if block is None or state.current_block_id != block_id:
        raise InvalidInputError.for_field("blockId", "the chat is not waiting for this input")
    takes_files = isinstance(block, FileInputBlock) or (
        isinstance(block, TextInputBlock)
        and (block.options.attachments.is_enabled or block.options.audio_clip.is_enabled)
    )
    if not takes_files:
        raise InvalidInputError.for_field("blockId", "this input does not take files")
    return block


def check_upload_token(*, storage: LocalFileStorage, token: str) -> UploadGrant:
    """What an upload URL's token allows, if it is genuine and unexpired."""
    try:
        return storage.signer.verify(token)
    except InvalidUploadTokenError as exc:
        raise ForbiddenError(str(exc)) from None


async def store_upload(
    *,
    storage: LocalFileStorage,
    grant: UploadGrant,
    content_type: str | None,
    chunks: AsyncIterator[bytes],
    announced_key: str | None = None,
) -> None:
    """Store the body of an upload ``grant`` allows; the size limit holds while streaming.
    ``announced_key``: the ``key`` field of a form upload, which must be the granted one."""
    if announced_key is not None and announced_key != grant.key.path:
        raise InvalidInputError.for_field("key", "not the key of this upload URL")
    sent_type = (content_type or "").split(";")[0].strip().lower()
    if grant.content_type and sent_type != grant.content_type:
        raise InvalidInputError.for_field(
            "Content-Type", f"must be {grant.content_type}, as announced"
        )
    try:
        await storage.save(grant.key, chunks, grant.max_bytes)
    except FileTooLargeError:
        raise InvalidInputError.for_field(
            "file", f"larger than the {grant.max_bytes} bytes allowed"
        ) from None
    except FileExistsAlreadyError:
        raise ConflictError("This file was already uploaded.") from None
