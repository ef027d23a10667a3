"""Dependencies shared by routes, declared once as ``Annotated`` aliases."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from botloom.domain.auth.actions import do_record_token_use
from botloom.domain.auth.queries import get_token_and_user
from botloom.domain.chat.bots import BotCache
from botloom.domain.chat.service import ChatRuntime
from botloom.domain.errors import UnauthorizedError
from botloom.settings import Settings
from botloom.store.files.base import FileStorage
from botloom.store.files.factory import file_storage_from_settings
from botloom.store.models import User

_bearer = HTTPBearer(auto_error=False, description="An API token (`botloom token create`)")


async def get_db(request: Request) -> AsyncIterator[AsyncSession]:
    """A database session for one request."""
    factory: async_sessionmaker[AsyncSession] = request.app.state.session_factory
    async with factory() as session:
        yield session


DbDep = Annotated[AsyncSession, Depends(get_db)]


async def get_engine(request: Request) -> AsyncEngine:
    """The process's database engine, for work that needs no ORM session."""
    engine: AsyncEngine = request.app.state.engine
    return engine


EngineDep = Annotated[AsyncEngine, Depends(get_engine)]


async def get_current_user(
    db: DbDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    """The caller, from ``Authorization: Bearer <api token>``."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise UnauthorizedError("Missing API token: send Authorization: Bearer <token>")
    token, user = await get_token_and_user(db=db, token=credentials.credentials)
    await do_record_token_use(db=db, token=token)
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_runtime(request: Request) -> ChatRuntime:
    """The process's chat runtime."""
    runtime: ChatRuntime = request.app.state.chat_runtime
    return runtime


RuntimeDep = Annotated[ChatRuntime, Depends(get_runtime)]


async def get_bot_cache(runtime: RuntimeDep) -> BotCache:
    """The process's cache of parsed bots, shared with the chat runtime."""
    return runtime.cache


BotCacheDep = Annotated[BotCache, Depends(get_bot_cache)]


async def get_app_settings(request: Request) -> Settings:
    """The settings the app was made with."""
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


async def get_file_storage(request: Request, settings: SettingsDep) -> FileStorage:
    """The app's file storage, made on first use (it may create the install's secret)."""
    storage: FileStorage | None = getattr(request.app.state, "file_storage", None)
    if storage is None:
        storage = file_storage_from_settings(settings)
        request.app.state.file_storage = storage
    return storage


FileStorageDep = Annotated[FileStorage, Depends(get_file_storage)]
