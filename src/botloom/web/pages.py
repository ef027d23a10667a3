"""Routes people open in a browser: the builder at ``/`` and on its sections' paths, a bot's page
at ``/{publicId}``, and the widget's and builder's files under ``/static``.

Registered after every other router, so neither ``/{publicId}`` nor the builder's paths shadow an
API route.
"""

from typing import Annotated

from fastapi import HTTPException, Path, Request
from fastapi.responses import HTMLResponse, Response

from botloom.api.deps import BotCacheDep, EngineDep
from botloom.api.routing import api_router
from botloom.domain.chat.bots import LiveState
from botloom.web import builder_app, render
from botloom.web.custom_domain_hosts import ORIGINAL_PATH
from botloom.web.public_bot import find_public_bot
from botloom.web.widget_files import page_files, widget_files, widget_is_built

router = api_router(tags=["pages"], include_in_schema=False)

SUSPENDED_MESSAGE = "This bot is suspended"


def _html(body: str, status: int, csp: str) -> HTMLResponse:
    headers = {**render.COMMON_HEADERS, "Content-Security-Policy": csp}
    return HTMLResponse(body, status_code=status, headers=headers)


@router.api_route("/favicon.ico", methods=["GET", "HEAD"])
async def favicon(request: Request) -> Response:
    """Botloom's icon, which browsers ask for on every page that names none."""
    return await page_files.serve("favicon.ico", request.scope)


@router.api_route("/static/page.js", methods=["GET", "HEAD"])
async def page_script(request: Request) -> Response:
    """The module that starts the bot on a public page."""
    return await page_files.serve("page.js", request.scope)


@router.api_route("/static/builder/{path:path}", methods=["GET", "HEAD"])
async def builder_file(path: str, request: Request) -> Response:
    """A file of the built builder app (scripts and styles with hashed names)."""
    return await builder_app.builder_files.serve(path, request.scope)


@router.api_route("/static/{path:path}", methods=["GET", "HEAD"])
async def widget_file(path: str, request: Request) -> Response:
    """A file of the built widget (``web.js``), loadable from any origin."""
    return await widget_files.serve(path, request.scope)


@router.api_route("/", methods=["GET", "HEAD"])
async def builder_home() -> Response:
    """The builder, which sends visitors to sign in or to their bots."""
    return builder_app.builder_page()


@router.api_route("/{section}/{rest:path}", methods=["GET", "HEAD"])
async def builder_screen(section: str, rest: str) -> Response:
    """A screen of the builder, opened by its address (a reload, a link from an email)."""
    if section not in builder_app.SECTIONS:
        raise HTTPException(status_code=404)
    return builder_app.builder_page()


@router.api_route("/{publicId}", methods=["GET", "HEAD"])
async def bot_page(
    public_id: Annotated[str, Path(alias="publicId")],
    request: Request,
    engine: EngineDep,
    cache: BotCacheDep,
) -> Response:
    """A published bot as a full page, a plain explanation when it cannot be chatted with, or
    the builder on the paths of its sections."""
    if public_id in builder_app.SECTIONS:
        return builder_app.builder_page()
    bot = await find_public_bot(engine=engine, cache=cache, public_id=public_id)
    if bot is None:
        page = render.notice_page(
            title="Bot not found",
            heading="Bot not found",
            message="There is no bot at this address. Check the link you followed.",
        )
        return _html(page, 404, render.NOTICE_CSP)
    if bot.state is not LiveState.LIVE:
        heading = bot.closed_message if bot.state is LiveState.CLOSED else SUSPENDED_MESSAGE
        page = render.notice_page(title=bot.title, heading=heading, favicon_url=bot.favicon_url)
        return _html(page, 403, render.NOTICE_CSP)
    built = widget_is_built()
    # On a custom domain the page's address is the one the visitor opened, not /{publicId}.
    path = getattr(request.state, ORIGINAL_PATH, request.url.path)
    page = render.bot_page(
        bot, str(request.url.replace(path=path, query="", fragment="")), widget_built=built
    )
    return _html(page, 200 if built else 503, render.bot_page_csp(bot))
