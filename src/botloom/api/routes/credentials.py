"""Management API for a workspace's integration credentials (their data is never returned)."""

from typing import Annotated

from fastapi import Depends, Path, Request

from botloom.api.deps import CallerDep, CurrentUser, DbDep, SettingsDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.api.web_session import public_base_url
from botloom.domain.credentials import google_oauth, service
from botloom.domain.credentials.schemas import (
    CredentialsCreate,
    CredentialsListResponse,
    CredentialsRead,
    CredentialsResponse,
    CredentialsUpdate,
    GoogleSheetsAuthorization,
)
from botloom.domain.credentials.vault import Vault
from botloom.domain.schemas import SuccessResponse
from botloom.store.models import Credentials

router = api_router(prefix="/api/v1/workspaces/{workspaceId}/credentials", tags=["credentials"])

WorkspaceIdPath = Annotated[str, Path(alias="workspaceId")]
CredentialsIdPath = Annotated[str, Path(alias="credentialsId")]

RESPONSES = {
    **ERROR_RESPONSES,
    409: {"description": "The server has no encryption secret (BOTLOOM_ENCRYPTION_SECRET)"},
}


async def _vault(settings: SettingsDep) -> Vault:
    return Vault(settings.encryption_secret)


VaultDep = Annotated[Vault, Depends(_vault)]


def _read(row: Credentials) -> CredentialsRead:
    return CredentialsRead(
        id=row.id,
        workspace_id=row.workspace_id,
        type=row.type,
        name=row.name,
        created_at=row.created_at,
    )


@router.get("", responses=RESPONSES)
async def list_credentials(
    workspace_id: WorkspaceIdPath, db: DbDep, user: CurrentUser
) -> CredentialsListResponse:
    """The workspace's credentials: id, type, name and creation date, never the data."""
    rows = await service.list_credentials(db=db, actor=user, workspace_id=workspace_id)
    return CredentialsListResponse(credentials=[_read(row) for row in rows])


@router.post("", responses=RESPONSES)
async def create_credentials(
    workspace_id: WorkspaceIdPath,
    body: CredentialsCreate,
    db: DbDep,
    user: CurrentUser,
    vault: VaultDep,
) -> CredentialsResponse:
    """Store credentials, encrypted (workspace admins)."""
    row = await service.create_credentials(
        db=db,
        vault=vault,
        actor=user,
        workspace_id=workspace_id,
        type_=body.type,
        name=body.name,
        data=body.data,
    )
    return CredentialsResponse(credentials=_read(row))


@router.patch("/{credentialsId}", responses=RESPONSES)
async def update_credentials(
    workspace_id: WorkspaceIdPath,
    credentials_id: CredentialsIdPath,
    body: CredentialsUpdate,
    db: DbDep,
    user: CurrentUser,
    vault: VaultDep,
) -> CredentialsResponse:
    """Rename credentials or replace their data (workspace admins)."""
    row = await service.update_credentials(
        db=db,
        vault=vault,
        actor=user,
        workspace_id=workspace_id,
        credentials_id=credentials_id,
        name=body.name,
        data=body.data,
    )
    return CredentialsResponse(credentials=_read(row))


@router.delete("/{credentialsId}", responses=RESPONSES)
async def delete_credentials(
    workspace_id: WorkspaceIdPath, credentials_id: CredentialsIdPath, db: DbDep, user: CurrentUser
) -> SuccessResponse:
    """Remove credentials (workspace admins)."""
    await service.delete_credentials(
        db=db, actor=user, workspace_id=workspace_id, credentials_id=credentials_id
    )
    return SuccessResponse()


@router.post("/google-sheets/authorize", responses=RESPONSES)
async def authorize_google_sheets(
    workspace_id: WorkspaceIdPath,
    db: DbDep,
    caller: CallerDep,
    request: Request,
    settings: SettingsDep,
) -> GoogleSheetsAuthorization:
    """Google's consent screen, to connect Google Sheets as credentials of the workspace
    (workspace admins; 409 when the server has no Google client or encryption secret). Google
    sends the browser back to ``/api/v1/credentials/google-sheets/callback``."""
    url = await google_oauth.start_google_sheets_connect(
        db=db,
        settings=settings,
        actor=caller.user,
        workspace_id=workspace_id,
        session_id=caller.session_id,
        redirect_uri=public_base_url(request, settings) + google_oauth.CALLBACK_PATH,
    )
    return GoogleSheetsAuthorization(authorize_url=url)
