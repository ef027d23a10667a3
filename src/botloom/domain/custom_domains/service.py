"""Every read and write of custom domains: add, list, verify, remove, and find the one a
request's host names.

A workspace claims a domain by adding it; the domain serves the workspace's bots only once a TXT
record at ``_botloom-challenge.<domain>`` holds the token it was given, which only whoever runs
the domain's DNS can add. A bot's ``customDomain`` must be under one of its workspace's domains.
"""

import secrets

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.audit.actions import record
from botloom.domain.bots.locations import normalize_custom_domain
from botloom.domain.custom_domains.dns import DnsLookupError, TxtResolver
from botloom.domain.custom_domains.schemas import (
    DomainJson,
    VerificationRecord,
    VerifyResponse,
)
from botloom.domain.errors import ConflictError, InvalidInputError, NotFoundError
from botloom.store.models import CustomDomain, Typebot, User, Workspace
from botloom.store.types import utcnow

CHALLENGE_LABEL = "_botloom-challenge"
TOKEN_PREFIX = "botloom-verification="


def domain_host(value: str, field: str) -> str:
    """A domain as stored (lowercase host, no path), or ``InvalidInputError`` naming ``field``."""
    try:
        normalized = normalize_custom_domain(value)
    except ValueError as exc:
        raise InvalidInputError.for_field(field, str(exc)) from None
    if "/" in normalized:
        raise InvalidInputError.for_field(field, "give the host name only; bots choose paths")
    return normalized


async def list_domains(*, db: AsyncSession, workspace_id: str) -> list[CustomDomain]:
    """A workspace's domains, by name."""
    rows = await db.scalars(
        select(CustomDomain)
        .where(CustomDomain.workspace_id == workspace_id)
        .order_by(CustomDomain.name)
    )
    return list(rows)


async def get_domain(*, db: AsyncSession, workspace_id: str, name: str) -> CustomDomain:
    """A workspace's domain; ``NotFoundError`` if it is not one of them."""
    domain = await db.get(CustomDomain, name.lower().removesuffix("."))
    if domain is None or domain.workspace_id != workspace_id:
        raise NotFoundError("Custom domain not found")
    return domain


async def do_add_domain(
    *, db: AsyncSession, actor: User, workspace: Workspace, name: str
) -> CustomDomain:
    """Claim a domain for a workspace, unverified, with a fresh verification token."""
    host = domain_host(name, "name")
    existing = await db.get(CustomDomain, host)
    if existing is not None:
        whose = "this" if existing.workspace_id == workspace.id else "another"
        raise ConflictError(f"name: {host} is already a domain of {whose} workspace")
    domain = CustomDomain(
        name=host, workspace_id=workspace.id, verification_token=secrets.token_urlsafe(24)
    )
    db.add(domain)
    _audit(db, actor, domain, "customDomain.create")
    await db.commit()
    return domain


async def do_remove_domain(*, db: AsyncSession, actor: User, domain: CustomDomain) -> None:
    """Remove a domain; the workspace's bots on it lose their custom address in the same
    transaction, so none keeps pointing at a domain that may soon be someone else's."""
    await db.execute(
        update(Typebot)
        .where(
            Typebot.workspace_id == domain.workspace_id,
            or_(
                Typebot.custom_domain == domain.name,
                Typebot.custom_domain.startswith(domain.name + "/", autoescape=True),
            ),
        )
        .values(custom_domain=None)
    )
    _audit(db, actor, domain, "customDomain.delete")
    await db.delete(domain)
    await db.commit()


async def do_verify_domain(
    *, db: AsyncSession, resolver: TxtResolver, domain: CustomDomain
) -> VerifyResponse:
    """Look for the verification record; once found, the domain stays verified (the record may
    then be removed)."""
    status = "Valid Configuration"
    if domain.verified_at is None:
        try:
            values = await resolver.txt(challenge_host(domain.name))
        except DnsLookupError:
            values = None
        if values is None:
            status = "Unknown Error"
        elif TOKEN_PREFIX + domain.verification_token in values:
            domain.verified_at = utcnow()
            await db.commit()
        else:
            status = "Pending Verification"
    return VerifyResponse(status=status, domain_json=_domain_json(domain))


def challenge_host(name: str) -> str:
    """Where the verification TXT record of ``name`` goes."""
    return f"{CHALLENGE_LABEL}.{name}"


def _domain_json(domain: CustomDomain) -> DomainJson:
    verified = domain.verified_at is not None
    pending = [
        VerificationRecord(
            type="TXT",
            domain=challenge_host(domain.name),
            value=TOKEN_PREFIX + domain.verification_token,
            reason="pending_domain_verification",
        )
    ]
    return DomainJson(
        name=domain.name,
        apex_name=".".join(domain.name.split(".")[-2:]),
        verified=verified,
        verification=[] if verified else pending,
    )


async def verified_domain(*, db: AsyncSession, host: str) -> CustomDomain | None:
    """The verified domain a request's ``Host`` (port dropped) names, if any."""
    name = host.rpartition(":")[0] if host.count(":") == 1 else host
    domain = await db.get(CustomDomain, name.lower().removesuffix("."))
    return domain if domain is not None and domain.verified_at is not None else None


async def check_bot_domain(*, db: AsyncSession, workspace_id: str, custom_domain: str) -> None:
    """``InvalidInputError`` on ``customDomain`` unless its host is a domain of the workspace."""
    host = custom_domain.partition("/")[0]
    domain = await db.get(CustomDomain, host)
    if domain is None or domain.workspace_id != workspace_id:
        raise InvalidInputError.for_field(
            "customDomain", f"add {host} to the workspace's custom domains first"
        )


def _audit(db: AsyncSession, actor: User, domain: CustomDomain, action: str) -> None:
    record(
        db,
        actor=actor,
        workspace_id=domain.workspace_id,
        action=action,
        target_type="customDomain",
        target_id=domain.name,
    )
