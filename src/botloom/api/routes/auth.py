"""Sign-in: magic links by email, identity providers, sign out."""

from typing import Annotated
from urllib.parse import urlencode

from fastapi import BackgroundTasks, Cookie, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.api.deps import CallerDep, DbDep, IdentityProvidersDep, SettingsDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.rate_limits import RATE_LIMITED_RESPONSES, hit_sign_in
from botloom.api.routing import api_router
from botloom.api.web_session import (
    STATE_COOKIE,
    check_next_path,
    clear_session_cookies,
    public_base_url,
    set_session_cookies,
    set_state_cookie,
)
from botloom.domain.auth.magic_links import MagicLinkError, do_use_magic_link
from botloom.domain.auth.providers import do_finish_provider_sign_in, do_start_provider_sign_in
from botloom.domain.auth.schemas import MagicLinkRequest, MagicLinkSent, ProviderList, ProviderRead
from botloom.domain.auth.sessions import (
    SessionPolicy,
    do_create_session,
    do_end_all_sessions,
    do_end_session,
)
from botloom.domain.auth.sign_in import (
    SignUpDisabledError,
    check_sign_in,
    request_magic_link,
    send_sign_in_link,
)
from botloom.domain.errors import UnauthorizedError
from botloom.settings import Settings
from botloom.store.models import User

router = api_router(prefix="/api/v1/auth", tags=["auth"])

MAGIC_LINK_CALLBACK = "/api/v1/auth/magic-link/callback"
SIGN_IN_PAGE = "/signin"
ProviderIdPath = Annotated[str, Path(alias="providerId")]


async def _signed_in(
    *, db: AsyncSession, request: Request, settings: Settings, user: User, next_path: str
) -> RedirectResponse:
    """Open a session for ``user`` and send the browser on to ``next_path``."""
    session_id, _ = await do_create_session(
        db=db, user=user, policy=SessionPolicy.from_settings(settings)
    )
    response = RedirectResponse(next_path, status_code=303)
    set_session_cookies(response, request, settings, session_id)
    return response


@router.post("/magic-link", responses={**ERROR_RESPONSES, **RATE_LIMITED_RESPONSES})
async def send_magic_link(
    body: MagicLinkRequest,
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    background: BackgroundTasks,
) -> MagicLinkSent:
    """Email a sign-in link (printed to the server's console when no SMTP server is set). The
    answer is the same whether or not the email has an account or may sign up."""
    await hit_sign_in(request, body.email)
    mail = await request_magic_link(
        db=db,
        settings=settings,
        email=body.email,
        next_path=check_next_path(body.next),
        base_url=public_base_url(request, settings) + MAGIC_LINK_CALLBACK,
    )
    if mail is not None:
        # Sent after the answer, so how long mail takes tells nothing about the email either.
        background.add_task(send_sign_in_link, settings=settings, mail=mail)
    return MagicLinkSent()


@router.get(
    "/magic-link/callback",
    responses={
        **ERROR_RESPONSES,
        303: {
            "description": "Signed in: on to `next`. A link that cannot sign in goes back to "
            "the sign-in page with `?error=` `invalid-link`, `used-link`, `expired-link` or "
            "`signup-disabled`"
        },
    },
    response_class=RedirectResponse,
)
async def open_magic_link(
    request: Request, db: DbDep, settings: SettingsDep, token: Annotated[str, Query()]
) -> RedirectResponse:
    """Spend a sign-in link: open a session and go where the link was asked from. The link is
    opened by a person in a browser, so a refusal is a page that says why, not a JSON error."""
    try:
        link = await do_use_magic_link(db=db, token=token)
        user = await check_sign_in(db=db, settings=settings, email=link.email)
    except (MagicLinkError, SignUpDisabledError) as refused:
        query = urlencode({"error": refused.reason})
        return RedirectResponse(f"{SIGN_IN_PAGE}?{query}", status_code=303)
    return await _signed_in(
        db=db, request=request, settings=settings, user=user, next_path=link.next_path
    )


@router.get("/providers", responses=ERROR_RESPONSES)
async def list_providers(providers: IdentityProvidersDep) -> ProviderList:
    """The identity providers configured for the sign-in screen."""
    return ProviderList(
        providers=[
            ProviderRead(
                id=p.id, name=p.name, sign_in_url=f"{router.prefix}/providers/{p.id}/sign-in"
            )
            for p in providers.providers.values()
        ]
    )


@router.get(
    "/providers/{providerId}/sign-in",
    responses={**ERROR_RESPONSES, 302: {"description": "On to the provider"}},
    response_class=RedirectResponse,
)
async def start_provider_sign_in(
    provider_id: ProviderIdPath,
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    providers: IdentityProvidersDep,
    next_path: Annotated[str | None, Query(alias="next")] = None,
) -> RedirectResponse:
    """Send the browser to the provider, bound to it by a cookie holding the ``state``."""
    redirect_uri = (
        f"{public_base_url(request, settings)}{router.prefix}/providers/{provider_id}/callback"
    )
    url, state = await do_start_provider_sign_in(
        db=db,
        providers=providers,
        provider_id=provider_id,
        redirect_uri=redirect_uri,
        next_path=check_next_path(next_path),
    )
    response = RedirectResponse(url, status_code=302)
    set_state_cookie(response, request, settings, state)
    return response


@router.get(
    "/providers/{providerId}/callback",
    responses={**ERROR_RESPONSES, 303: {"description": "Signed in: on to `next`"}},
    response_class=RedirectResponse,
)
async def finish_provider_sign_in(
    provider_id: ProviderIdPath,
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    providers: IdentityProvidersDep,
    code: str | None = None,
    state: str | None = None,
    error: str | None = None,
    browser_state: Annotated[str | None, Cookie(alias=STATE_COOKIE)] = None,
) -> RedirectResponse:
    """Where the provider sends the browser back: check it all, then open a session."""
    if error or not code or not state:
        raise UnauthorizedError(f"The identity provider did not sign you in: {error or 'no code'}")
    identity, next_path = await do_finish_provider_sign_in(
        db=db,
        providers=providers,
        provider_id=provider_id,
        state=state,
        browser_state=browser_state,
        code=code,
    )
    user = await check_sign_in(db=db, settings=settings, email=identity.email)
    response = await _signed_in(
        db=db, request=request, settings=settings, user=user, next_path=next_path
    )
    response.delete_cookie(STATE_COOKIE, path=router.prefix)
    return response


@router.post("/sign-out", status_code=204, responses=ERROR_RESPONSES)
async def sign_out(caller: CallerDep, db: DbDep) -> Response:
    """End this browser's session (an API token caller has none to end)."""
    if caller.session is not None:
        await do_end_session(db=db, session=caller.session)
    response = Response(status_code=204)
    clear_session_cookies(response)
    return response


@router.post("/sign-out-everywhere", status_code=204, responses=ERROR_RESPONSES)
async def sign_out_everywhere(caller: CallerDep, db: DbDep) -> Response:
    """End every browser session of the caller."""
    await do_end_all_sessions(db=db, user=caller.user)
    response = Response(status_code=204)
    clear_session_cookies(response)
    return response
