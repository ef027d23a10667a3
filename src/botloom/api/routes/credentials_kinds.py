"""The kinds of credentials the server knows, and the return from Google's consent screen."""

from urllib.parse import quote

from fastapi import Request
from fastapi.responses import RedirectResponse

from botloom.api.deps import CallerDep, DbDep, SettingsDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.api.web_session import public_base_url
from botloom.domain.credentials import google_oauth
from botloom.domain.credentials.kinds import credentials_kinds, read_kind
from botloom.domain.credentials.schemas import CredentialsKindList
from botloom.integrations.plugins.registry import REGISTRY

router = api_router(prefix="/api/v1/credentials", tags=["credentials"])


@router.get("/kinds", responses=ERROR_RESPONSES)
async def list_credentials_kinds(caller: CallerDep, settings: SettingsDep) -> CredentialsKindList:
    """Every kind of credentials a workspace can keep, with the fields of its form (never any
    stored value); ``available`` is false for Google Sheets when the server has no Google client."""
    google_ready = bool(settings.google_client_id and settings.google_client_secret)
    return CredentialsKindList(
        kinds=[
            read_kind(kind, available=kind.connect == "form" or google_ready)
            for kind in credentials_kinds(REGISTRY)
        ]
    )


@router.get(
    "/google-sheets/callback",
    responses={**ERROR_RESPONSES, 303: {"description": "Back to the workspace's credentials"}},
    response_class=RedirectResponse,
)
async def finish_google_sheets(
    request: Request,
    db: DbDep,
    caller: CallerDep,
    settings: SettingsDep,
    code: str | None = None,
    state: str | None = None,
    error: str | None = None,
) -> RedirectResponse:
    """Where Google sends the browser back: the tokens become Google Sheets credentials of the
    workspace the state names; the browser goes back to its credentials page, told how it
    went (``?googleSheets=connected|denied|expired|forbidden|unavailable|failed``)."""
    outcome, _ = await google_oauth.do_connect_google_sheets(
        db=db,
        settings=settings,
        actor=caller.user,
        session_id=caller.session_id,
        state=state,
        code=code,
        error=error,
        redirect_uri=public_base_url(request, settings) + google_oauth.CALLBACK_PATH,
    )
    workspace_id = google_oauth.state_workspace(state)
    page = (
        f"/workspaces/{quote(workspace_id)}/settings/credentials" if workspace_id else "/typebots"
    )
    return RedirectResponse(f"{page}?googleSheets={outcome.value}", status_code=303)
