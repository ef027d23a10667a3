"""Custom domains of a workspace, following Typebot's ``/v1/custom-domains`` routes."""

from typing import Annotated

from fastapi import Path, Query

from botloom.api.deps import CurrentUser, DbDep, DnsResolverDep
from botloom.api.errors import ERROR_RESPONSES, with_conflict
from botloom.api.routing import api_router
from botloom.domain.access.queries import access_workspace
from botloom.domain.custom_domains import service
from botloom.domain.custom_domains.schemas import (
    CustomDomainCreate,
    CustomDomainDelete,
    CustomDomainListResponse,
    CustomDomainRead,
    CustomDomainResponse,
    DeletedResponse,
    VerifyResponse,
)
from botloom.store.models import CustomDomain, WorkspaceRole

router = api_router(prefix="/api/v1/custom-domains", tags=["customDomains"])

NamePath = Annotated[str, Path(alias="name", max_length=253)]
WorkspaceQuery = Annotated[str, Query(alias="workspaceId", min_length=1, max_length=64)]


def _read(domain: CustomDomain) -> CustomDomainRead:
    return CustomDomainRead(
        name=domain.name, created_at=domain.created_at, verified=domain.verified_at is not None
    )


@router.get("", responses=ERROR_RESPONSES)
async def list_custom_domains(
    workspace_id: WorkspaceQuery, db: DbDep, user: CurrentUser
) -> CustomDomainListResponse:
    """The workspace's domains (members)."""
    await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.MEMBER
    )
    domains = await service.list_domains(db=db, workspace_id=workspace_id)
    return CustomDomainListResponse(custom_domains=[_read(domain) for domain in domains])


@router.post("", responses=with_conflict("The domain is already claimed"))
async def create_custom_domain(
    body: CustomDomainCreate, db: DbDep, user: CurrentUser
) -> CustomDomainResponse:
    """Claim a domain for the workspace (admins); it serves bots once verified."""
    workspace = await access_workspace(
        db=db, actor=user, workspace_id=body.workspace_id, needed=WorkspaceRole.ADMIN
    )
    domain = await service.do_add_domain(db=db, actor=user, workspace=workspace, name=body.name)
    return CustomDomainResponse(custom_domain=_read(domain))


@router.delete("/{name}", responses=ERROR_RESPONSES)
async def delete_custom_domain(
    name: NamePath, body: CustomDomainDelete, db: DbDep, user: CurrentUser
) -> DeletedResponse:
    """Remove a domain (admins); bots on it lose their custom address."""
    await access_workspace(
        db=db, actor=user, workspace_id=body.workspace_id, needed=WorkspaceRole.ADMIN
    )
    domain = await service.get_domain(db=db, workspace_id=body.workspace_id, name=name)
    await service.do_remove_domain(db=db, actor=user, domain=domain)
    return DeletedResponse()


@router.get("/{name}/verify", responses=ERROR_RESPONSES)
async def verify_custom_domain(
    name: NamePath,
    workspace_id: WorkspaceQuery,
    db: DbDep,
    user: CurrentUser,
    resolver: DnsResolverDep,
) -> VerifyResponse:
    """Check the domain's verification record (members); what to add while it is missing."""
    await access_workspace(
        db=db, actor=user, workspace_id=workspace_id, needed=WorkspaceRole.MEMBER
    )
    domain = await service.get_domain(db=db, workspace_id=workspace_id, name=name)
    return await service.do_verify_domain(db=db, resolver=resolver, domain=domain)
