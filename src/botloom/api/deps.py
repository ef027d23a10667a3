"""Dependencies shared by routes, declared once as ``Annotated`` aliases."""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from botloom.api.web_session import SAFE_METHODS, SESSION_COOKIE, check_csrf
from botloom.domain.auth.actions import do_record_token_use
from botloom.domain.auth.providers import IdentityProviders
from botloom.domain.auth.queries import get_token_and_user
from botloom.domain.auth.sessions import SessionPolicy, get_session_user
from botloom.domain.chat.bots import BotCache
from botloom.domain.chat.service import ChatRuntime
from botloom.domain.custom_domains.dns import NameServerResolver, TxtResolver
from botloom.domain.errors import UnauthorizedError
from botloom.settings import Settings
from botloom.store.files.base import FileStorage
from botloom.store.files.factory import file_storage_from_settings
from botloom.store.models import AuthSession, User

bearer = HTTPBearer(
    auto_error=False,
    description="An API token (`botloom token create`, or /api/v1/users/me/api-tokens)",
)


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


@dataclass(frozen=True)
class Caller:
    """Who is calling, and how: a browser session (``session`` and its ``session_id``), or an
    API token (both None)."""

    user: User
    session: AuthSession | None = None
    session_id: str | None = None


async def get_caller(
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Caller:
    """The caller, from ``Authorization: Bearer <api token>`` or else the session cookie.
    Cookie-authenticated writes must pass the CSRF check; Bearer requests need none, as no
    browser adds that header on its own."""
    if credentials is not None and credentials.scheme.lower() == "bearer":
        token, user = await get_token_and_user(db=db, token=credentials.credentials)
        await do_record_token_use(db=db, token=token)
        return Caller(user=user)
    session_id = request.cookies.get(SESSION_COOKIE)
    if not session_id:
        raise UnauthorizedError("Not signed in: sign in, or send Authorization: Bearer <API token>")
    if request.method not in SAFE_METHODS:
        check_csrf(request, settings, session_id)
    session, user = await get_session_user(
        db=db, session_id=session_id, policy=SessionPolicy.from_settings(settings)
    )
    return Caller(user=user, session=session, session_id=session_id)


CallerDep = Annotated[Caller, Depends(get_caller)]


async def get_current_user(caller: CallerDep) -> User:
    """The calling user, however they authenticated."""
    return caller.user


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_identity_providers(request: Request, settings: SettingsDep) -> IdentityProviders:
    """The configured identity providers, made on first use (their clients then keep each
    provider's metadata and keys for the life of the process)."""
    providers: IdentityProviders | None = getattr(request.app.state, "identity_providers", None)
    if providers is None:
        providers = IdentityProviders.from_settings(settings)
        request.app.state.identity_providers = providers
    return providers


IdentityProvidersDep = Annotated[IdentityProviders, Depends(get_identity_providers)]


async def get_file_storage(request: Request, settings: SettingsDep) -> FileStorage:
    """The app's file storage, made on first use (it may create the install's secret)."""
    storage: FileStorage | None = getattr(request.app.state, "file_storage", None)
    if storage is None:
        storage = file_storage_from_settings(settings)
        request.app.state.file_storage = storage
    return storage


FileStorageDep = Annotated[FileStorage, Depends(get_file_storage)]


async def get_dns_resolver(request: Request, settings: SettingsDep) -> TxtResolver:
    """The DNS resolver of custom-domain checks, made on first use."""
    resolver: TxtResolver | None = getattr(request.app.state, "dns_resolver", None)
    if resolver is None:
        resolver = NameServerResolver.from_settings(settings)
        request.app.state.dns_resolver = resolver
    return resolver


DnsResolverDep = Annotated[TxtResolver, Depends(get_dns_resolver)]
