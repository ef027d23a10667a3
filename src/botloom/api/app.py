"""The application factory."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute

from botloom.api.errors import install_error_handlers
from botloom.api.routes import folders, typebots, workspaces
from botloom.channels.web import routes as chat_routes
from botloom.channels.web.cors import ChatCorsMiddleware
from botloom.domain.chat.persistence import TurnWriter
from botloom.domain.chat.service import ChatRuntime
from botloom.integrations.js_workers import JsWorkerPool
from botloom.settings import Settings, get_settings
from botloom.store.db import create_engine, session_factory

ROUTERS = (
    typebots.router,
    workspaces.router,
    folders.router,
    chat_routes.router,
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
        js = JsWorkerPool()
        app.state.chat_runtime = ChatRuntime(engine=engine, writer=writer, js=js)
        yield
        await writer.close()
        await js.close()
        await engine.dispose()

    app = FastAPI(
        title="Botloom",
        version="0.1.0",
        description="Chatbot builder and chat runtime, compatible with Typebot's APIs.",
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
        )
    app.add_middleware(ChatCorsMiddleware)
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    return app
