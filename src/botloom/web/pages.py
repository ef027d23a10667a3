"""Routes visitors open: a bot's page at ``/{publicId}`` and the widget files under ``/static``.

Registered after every other router, so ``/{publicId}`` never shadows an API route.
"""

from typing import Annotated

from fastapi import Path, Request
from fastapi.responses import HTMLResponse, Response

from botloom.api.deps import BotCacheDep, EngineDep
from botloom.api.routing import api_router
from botloom.domain.chat.bots import LiveState
from botloom.web import render
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


@router.api_route("/static/{path:path}", methods=["GET", "HEAD"])
async def widget_file(path: str, request: Request) -> Response:
    """A file of the built widget (``web.js``), loadable from any origin."""
    return await widget_files.serve(path, request.scope)


@router.api_route("/{publicId}", methods=["GET", "HEAD"])
async def bot_page(
    public_id: Annotated[str, Path(alias="publicId")],
    request: Request,
    engine: EngineDep,
    cache: BotCacheDep,
) -> HTMLResponse:
    """A published bot as a full page; a plain explanation when it cannot be chatted with."""
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
    page = render.bot_page(bot, str(request.url.replace(query="", fragment="")), widget_built=built)
    return _html(page, 200 if built else 503, render.bot_page_csp(bot))
