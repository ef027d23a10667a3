"""The application factory."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute

from botloom.api.client_address import install_trusted_proxies
from botloom.api.errors import install_error_handlers
from botloom.api.heap import settle_heap
from botloom.api.openapi import install_openapi
from botloom.api.rate_limits import RateLimits
from botloom.api.request_guard import BodyLimits, RequestGuard
from botloom.api.routes import (
    analytics,
    auth,
    blocks,
    collaborators,
    credentials,
    credentials_kinds,
    custom_domains,
    docs,
    folders,
    health,
    http_requests,
    results,
    templates,
    theme_templates,
    typebots,
    users,
    workspaces,
)
from botloom.channels.web import routes as chat_routes
from botloom.channels.web import stream as chat_stream
from botloom.channels.web import uploads as chat_uploads
from botloom.channels.web import webhooks as chat_webhooks
from botloom.channels.web.cors import ChatCorsMiddleware
from botloom.domain.chat.persistence import TurnWriter
from botloom.domain.chat.service import ChatRuntime
from botloom.domain.integrations.runtime import IntegrationsRuntime
from botloom.domain.results.retention import periodic_retention
from botloom.integrations.http.client import GuardedHttpClient
from botloom.integrations.http.guard import SsrfPolicy
from botloom.integrations.js_workers import JsWorkerPool
from botloom.settings import Settings, get_settings
from botloom.store.db import create_engine, session_factory
from botloom.store.files.factory import file_storage_from_settings
from botloom.store.files.s3 import close_file_storage
from botloom.web import pages
from botloom.web.custom_domain_hosts import CustomDomainPages

ROUTERS = (
    # The chat API first: requests are matched against routes in order, and chat turns are
    # most of the traffic. Its paths end in fixed words, so they shadow no management route.
    chat_routes.router,
    chat_stream.router,
    chat_uploads.router,
    chat_webhooks.router,
    health.router,
    typebots.router,
    collaborators.router,
    workspaces.router,
    folders.router,
    analytics.router,
    credentials.router,
    custom_domains.router,
    credentials_kinds.router,
    results.router,
    http_requests.router,
    theme_templates.router,
    blocks.router,
    templates.router,
    auth.router,
    users.router,
    docs.router,
    pages.router,  # keep last: its /{publicId} would shadow any route after it
)
"""Every router of the app, one per line: adding a feature adds a line here."""


def _operation_id(route: APIRoute) -> str:
    """Stable operation ids (``typebots-get_typebot``) for generated clients."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    """The Botloom web app. The schema must already be migrated (``botloom migrate``)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.resolved_database_url)
        app.state.engine = engine
        app.state.session_factory = session_factory(engine)
        writer = TurnWriter(engine)
        js = JsWorkerPool.from_settings(settings)
        http = GuardedHttpClient(SsrfPolicy.from_settings(settings))
        # One storage for the upload routes and the send email block's attachments.
        app.state.file_storage = file_storage_from_settings(settings)
        app.state.chat_runtime = ChatRuntime(
            engine=engine,
            writer=writer,
            js=js,
            integrations=IntegrationsRuntime(settings, files=app.state.file_storage),
            http=http,
        )
        app.state.rate_limits = RateLimits.from_settings(settings)
        interval = settings.retention_interval_seconds
        settle_heap()
        async with periodic_retention(
            engine=engine, files=app.state.file_storage, interval_seconds=interval
        ):
            yield
        await app.state.chat_runtime.signals.close()
        await writer.close()
        await js.close()
        await http.aclose()
        await close_file_storage(app.state.file_storage)
        await app.state.rate_limits.aclose()
        await engine.dispose()

    app = FastAPI(
        title="Botloom",
        version="0.1.0",
        description="Chatbot builder and chat runtime, compatible with Typebot's APIs.",
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
        # Served by the docs router from local files instead of FastAPI's CDN-based pages.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    # Innermost of the middleware, so that its early 413 still gets the CORS headers.
    app.add_middleware(RequestGuard, limits=BodyLimits.from_settings(settings))
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
        )
    app.add_middleware(ChatCorsMiddleware)
    app.add_middleware(CustomDomainPages, settings=settings)
    install_trusted_proxies(app, settings)
    install_error_handlers(app)
    install_openapi(app)
    for router in ROUTERS:
        app.include_router(router)
    return app
