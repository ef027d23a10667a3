"""File uploads of the chat: Typebot's ``generate-upload-url``, the upload URL it hands out
(local-disk storage; PUT or form POST), and the uploaded files themselves."""

from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.responses import FileResponse

from botloom.api.deps import DbDep, FileStorageDep, RuntimeDep, SettingsDep, bearer, get_caller
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.channels.web.routes import request_origin
from botloom.channels.web.upload_forms import read_upload_form
from botloom.domain.errors import NotFoundError
from botloom.domain.schemas import SuccessResponse
from botloom.domain.uploads import service
from botloom.domain.uploads.budget import UploadBudget
from botloom.domain.uploads.schemas import GenerateUploadUrlBody, UploadUrl
from botloom.store.files.base import FileKey, Presentation
from botloom.store.files.local import FILES_ROUTE, UPLOAD_ROUTE, LocalFileStorage

router = api_router(tags=["chat"])

FILE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "public, max-age=86400",
}


async def get_local_storage(storage: FileStorageDep) -> LocalFileStorage:
    """The local-disk storage; its routes do not exist when files go to an S3 bucket."""
    if not isinstance(storage, LocalFileStorage):
        raise NotFoundError("Files are kept in the S3 bucket, not on this server.")
    return storage


LocalStorageDep = Annotated[LocalFileStorage, Depends(get_local_storage)]


@router.post(
    "/api/v3/generate-upload-url", responses=ERROR_RESPONSES, response_model_exclude_none=True
)
async def generate_upload_url(
    body: GenerateUploadUrlBody,
    request: Request,
    db: DbDep,
    runtime: RuntimeDep,
    storage: FileStorageDep,
    settings: SettingsDep,
) -> UploadUrl:
    """A short-lived URL to upload one file answering the session's current input; or, for a
    signed-in caller who may edit the bot ``typebotId``, a picture of its theme."""
    if body.typebot_id is not None:
        caller = await get_caller(request, db, settings, await bearer(request))
        return await service.generate_theme_upload_url(
            db=db,
            actor=caller.user,
            storage=storage,
            body=body,
            max_bytes=settings.upload_max_bytes,
            base_url=settings.files_base_url or str(request.base_url),
        )
    return await service.generate_upload_url(
        db=db,
        runtime=runtime,
        storage=storage,
        body=body,
        origin=request_origin(request),
        max_bytes=settings.upload_max_bytes,
        budget=UploadBudget(
            max_files=settings.upload_max_files_per_input,
            max_bytes=settings.upload_session_max_bytes,
        ),
        base_url=settings.files_base_url or str(request.base_url),
    )


UPLOAD_RESPONSES = {
    **ERROR_RESPONSES,
    403: {"description": "The upload token is invalid or has expired"},
    409: {"description": "A file was already uploaded there"},
}


@router.put(UPLOAD_ROUTE + "/{token}", responses=UPLOAD_RESPONSES)
async def put_file(token: str, request: Request, storage: LocalStorageDep) -> SuccessResponse:
    """Upload the file as the request body; the token comes from ``generate-upload-url``."""
    grant = service.check_upload_token(storage=storage, token=token)
    await service.store_upload(
        storage=storage,
        grant=grant,
        content_type=request.headers.get("content-type"),
        chunks=request.stream(),
    )
    return SuccessResponse(message="File uploaded.")


@router.post(UPLOAD_ROUTE + "/{token}", responses=UPLOAD_RESPONSES)
async def post_file(token: str, request: Request, storage: LocalStorageDep) -> SuccessResponse:
    """Upload the file as a form: the fields ``generate-upload-url`` gave, then ``file``."""
    grant = service.check_upload_token(storage=storage, token=token)
    async with read_upload_form(request.headers, request.stream(), grant.max_bytes) as form:
        await service.store_upload(
            storage=storage,
            grant=grant,
            content_type=form.content_type,
            chunks=form.chunks(),
            announced_key=form.fields.get("key"),
        )
    return SuccessResponse(message="File uploaded.")


@router.get(
    FILES_ROUTE + "/{fileId}/{fileName}",
    response_class=FileResponse,
    responses={404: {"description": "No such file"}},
)
# HEAD answers like GET; one documented operation is enough.
@router.head(FILES_ROUTE + "/{fileId}/{fileName}", include_in_schema=False)
async def get_file(
    file_id: Annotated[str, Path(alias="fileId")],
    file_name: Annotated[str, Path(alias="fileName")],
    storage: LocalStorageDep,
) -> FileResponse:
    """An uploaded file. Types that could run script in our origin are only downloaded."""
    key = FileKey.parse(file_id, file_name)
    path = storage.find(key) if key is not None else None
    if key is None or path is None:
        raise NotFoundError("File not found.")
    presentation = Presentation.of(key)
    return FileResponse(
        path,
        media_type=presentation.media_type,
        headers=FILE_HEADERS | {"Content-Disposition": presentation.content_disposition(key)},
    )
