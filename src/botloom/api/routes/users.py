"""The current user and their API tokens (Typebot's ``/v1/users/me``)."""

from typing import Annotated

from fastapi import Path

from botloom.api.deps import Caller, CallerDep, CurrentUser, DbDep, SettingsDep
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.domain.auth.actions import do_issue_api_token, do_revoke_api_token, do_update_profile
from botloom.domain.auth.queries import list_api_tokens
from botloom.domain.auth.schemas import (
    ApiTokenCreate,
    ApiTokenCreated,
    ApiTokenList,
    ApiTokenRead,
    ApiTokenRevoked,
    NewApiToken,
    RevokedApiToken,
    UserRead,
    UserUpdate,
)
from botloom.domain.auth.sessions import csrf_token_for
from botloom.domain.auth.sign_in import is_admin_email
from botloom.settings import Settings

router = api_router(prefix="/api/v1/users/me", tags=["users"])

TokenIdPath = Annotated[str, Path(alias="tokenId")]


def _read(caller: Caller, settings: Settings) -> UserRead:
    user = caller.user
    admin = is_admin_email(settings, user.email)
    return UserRead(
        id=user.id,
        name=user.name,
        email=user.email,
        image=user.image,
        created_at=user.created_at,
        is_admin=admin,
        role="ADMIN" if admin else "USER",
        csrf_token=csrf_token_for(caller.session_id) if caller.session_id else None,
    )


@router.get("", responses=ERROR_RESPONSES)
async def get_me(caller: CallerDep, settings: SettingsDep) -> UserRead:
    """The signed-in user; ``isAdmin`` for the instance's admins (``BOTLOOM_ADMIN_EMAILS``)."""
    return _read(caller, settings)


@router.patch("", responses=ERROR_RESPONSES)
async def update_me(
    body: UserUpdate, caller: CallerDep, db: DbDep, settings: SettingsDep
) -> UserRead:
    """Change one's own name or picture."""
    await do_update_profile(
        db=db,
        user=caller.user,
        changes=body.updates.model_dump(include={"name", "image"}, exclude_unset=True),
    )
    return _read(caller, settings)


@router.get("/api-tokens", responses=ERROR_RESPONSES)
async def list_my_api_tokens(user: CurrentUser, db: DbDep) -> ApiTokenList:
    """The caller's API tokens: name, when made, when last used (never their values)."""
    tokens = await list_api_tokens(db=db, user=user)
    return ApiTokenList(
        api_tokens=[
            ApiTokenRead(id=t.id, name=t.name, created_at=t.created_at, last_used_at=t.last_used_at)
            for t in tokens
        ]
    )


@router.post("/api-tokens", responses=ERROR_RESPONSES)
async def create_my_api_token(
    body: ApiTokenCreate, user: CurrentUser, db: DbDep
) -> ApiTokenCreated:
    """A new API token, shown this once (only its hash is kept)."""
    row, token = await do_issue_api_token(db=db, user=user, name=body.name)
    return ApiTokenCreated(
        api_token=NewApiToken(id=row.id, name=row.name, created_at=row.created_at, token=token)
    )


@router.delete("/api-tokens/{tokenId}", responses=ERROR_RESPONSES)
async def revoke_my_api_token(
    token_id: TokenIdPath, user: CurrentUser, db: DbDep
) -> ApiTokenRevoked:
    """Revoke one of the caller's tokens: it stops working at once."""
    row = await do_revoke_api_token(db=db, token_id=token_id, owner=user)
    return ApiTokenRevoked(
        api_token=RevokedApiToken(
            id=row.id, name=row.name, created_at=row.created_at, owner_id=row.user_id
        )
    )
