"""Sign-in with identity providers (GitHub, Google, GitLab, Microsoft Entra ID, any OpenID
Connect issuer) through Authlib: the authorization code flow with PKCE, a ``state`` bound to the
browser and kept server-side, ID tokens checked (signature, issuer, audience, expiry, ``nonce``).
Accounts are linked by verified email only."""

from dataclasses import dataclass
from datetime import timedelta
from hmac import compare_digest
from typing import Any

import httpx
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.starlette_client import OAuth
from joserfc.errors import JoseError
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.auth.tokens import hash_token
from botloom.domain.errors import ForbiddenError, NotFoundError, UnauthorizedError, UpstreamError
from botloom.settings import Settings
from botloom.store.models import SignInFlow
from botloom.store.types import utcnow

FLOW_TTL = timedelta(minutes=10)
"""How long a person has at their provider before the sign-in must start again."""

PROVIDER_TIMEOUT_SECONDS = 10

_PROVIDER_FAILURES = (AuthlibBaseError, JoseError, httpx.HTTPError, KeyError, ValueError)
"""What a misbehaving or unreachable provider makes Authlib and httpx raise."""


@dataclass(frozen=True)
class Provider:
    """An identity provider as the operator configured it: OpenID Connect when it has a
    ``metadata_url`` (discovery), plain OAuth 2 with an API for the email otherwise (GitHub)."""

    id: str
    name: str
    client_id: str
    client_secret: str | None
    scope: str
    metadata_url: str | None = None
    authorize_url: str | None = None
    token_url: str | None = None
    api_url: str | None = None


@dataclass(frozen=True)
class ProviderIdentity:
    """Who the provider says signed in."""

    email: str
    email_verified: bool
    name: str | None = None
    image: str | None = None


def _discovery(issuer: str) -> str:
    return f"{issuer.rstrip('/')}/.well-known/openid-configuration"


def configured_providers(settings: Settings) -> list[Provider]:
    """The providers whose client id is set, in the order of the sign-in screen."""
    openid = "openid email profile"
    providers: list[Provider] = []
    if settings.github_client_id:
        web = settings.github_base_url.rstrip("/")
        providers.append(
            Provider(
                id="github",
                name="GitHub",
                client_id=settings.github_client_id,
                client_secret=settings.github_client_secret,
                scope="read:user user:email",
                authorize_url=f"{web}/login/oauth/authorize",
                token_url=f"{web}/login/oauth/access_token",
                api_url=settings.github_api_url.rstrip("/"),
            )
        )
    openid_configs = [
        ("google", "Google", settings.google_auth_client_id, settings.google_auth_client_secret,
         _discovery(settings.google_auth_issuer), openid),
        ("gitlab", "GitLab", settings.gitlab_client_id, settings.gitlab_client_secret,
         _discovery(settings.gitlab_base_url), openid),
        ("microsoft", "Microsoft", settings.microsoft_client_id, settings.microsoft_client_secret,
         _discovery(f"{settings.microsoft_authority.rstrip('/')}/{settings.microsoft_tenant_id}/v2.0"),
         openid),
        ("oidc", settings.oidc_name, settings.oidc_client_id, settings.oidc_client_secret,
         _discovery(settings.oidc_issuer or ""), settings.oidc_scope),
    ]  # fmt: skip
    for provider_id, name, client_id, secret, metadata_url, scope in openid_configs:
        if client_id and (provider_id != "oidc" or settings.oidc_issuer):
            providers.append(
                Provider(
                    id=provider_id,
                    name=name,
                    client_id=client_id,
                    client_secret=secret,
                    scope=scope,
                    metadata_url=metadata_url,
                )
            )
    return providers


class IdentityProviders:
    """The configured providers, each with its Authlib client (which keeps the provider's
    metadata and signing keys once fetched)."""

    def __init__(self, providers: list[Provider]) -> None:
        self.providers = {p.id: p for p in providers}
        self._oauth = OAuth()
        for p in providers:
            # GitHub takes its client secret in the form; OpenID providers take HTTP Basic,
            # and a public client (no secret) proves itself with PKCE alone.
            if p.client_secret is None:
                auth_method = "none"
            else:
                auth_method = "client_secret_basic" if p.metadata_url else "client_secret_post"
            self._oauth.register(
                p.id,
                client_id=p.client_id,
                client_secret=p.client_secret,
                server_metadata_url=p.metadata_url,
                authorize_url=p.authorize_url,
                access_token_url=p.token_url,
                client_kwargs={
                    "scope": p.scope,
                    "code_challenge_method": "S256",
                    "token_endpoint_auth_method": auth_method,
                    "timeout": PROVIDER_TIMEOUT_SECONDS,
                },
            )

    @classmethod
    def from_settings(cls, settings: Settings) -> "IdentityProviders":
        """The providers the operator configured."""
        return cls(configured_providers(settings))

    def get(self, provider_id: str) -> tuple[Provider, Any]:
        """A provider and its Authlib client; ``NotFoundError`` for one not configured."""
        provider = self.providers.get(provider_id)
        if provider is None:
            raise NotFoundError(f"No identity provider {provider_id!r} is configured")
        return provider, self._oauth.create_client(provider_id)


async def do_start_provider_sign_in(
    *,
    db: AsyncSession,
    providers: IdentityProviders,
    provider_id: str,
    redirect_uri: str,
    next_path: str,
) -> tuple[str, str]:
    """Begin a sign-in: the provider's authorization URL to send the browser to, and the
    ``state`` the browser must bring back (the caller binds it to the browser)."""
    provider, client = providers.get(provider_id)
    try:
        started = await client.create_authorization_url(redirect_uri)
    except _PROVIDER_FAILURES as exc:
        raise UpstreamError(f"{provider.name} could not be reached: {exc}") from None
    db.add(
        SignInFlow(
            state_hash=hash_token(started["state"]),
            provider=provider_id,
            code_verifier=started["code_verifier"],
            nonce=started.get("nonce"),
            redirect_uri=redirect_uri,
            next_path=next_path,
            expires_at=utcnow() + FLOW_TTL,
        )
    )
    await db.commit()
    return started["url"], started["state"]


async def _take_flow(
    *, db: AsyncSession, provider_id: str, state: str, browser_state: str | None
) -> SignInFlow:
    """The flow this ``state`` started, deleted so it serves once; it must be this browser's."""
    if not browser_state or not compare_digest(state.encode(), browser_state.encode()):
        raise UnauthorizedError(
            "The sign-in's state does not match the one this browser started: start again"
        )
    taken = await db.execute(
        delete(SignInFlow)
        .where(SignInFlow.state_hash == hash_token(state), SignInFlow.provider == provider_id)
        .returning(SignInFlow)
    )
    flow = taken.scalars().first()
    await db.commit()
    if flow is None or flow.expires_at <= utcnow():
        raise UnauthorizedError("This sign-in is unknown or expired: start again")
    return flow


def _is_true(value: object) -> bool:
    # Some providers write boolean claims as strings.
    return value is True or value == "true"


async def _openid_identity(
    provider: Provider, client: Any, token: dict[str, Any], nonce: str | None
) -> ProviderIdentity:
    metadata = await client.load_server_metadata()
    issuer = str(metadata.get("issuer", ""))
    claims_options: dict[str, Any] | None = None
    if "{tenantid}" in issuer:
        # Entra's multi-tenant endpoints name the tenant in each token's issuer.
        claims_options = {
            "iss": {
                "essential": True,
                "validate": lambda claims, value: (
                    value == issuer.replace("{tenantid}", str(claims.get("tid", "")))
                ),
            }
        }
    claims = dict(await client.parse_id_token(token, nonce=nonce, claims_options=claims_options))
    if "email" not in claims and metadata.get("userinfo_endpoint"):
        info = dict(await client.userinfo(token=token))
        if info.get("sub") == claims.get("sub"):
            claims = {**info, **claims}
    email = claims.get("email")
    if not isinstance(email, str) or not email:
        raise ForbiddenError(f"{provider.name} did not share an email address")
    # Entra sends no email_verified; xms_edov says the email's domain is the tenant's own.
    verified = _is_true(claims.get("email_verified")) or (
        provider.id == "microsoft" and _is_true(claims.get("xms_edov"))
    )
    return ProviderIdentity(
        email=email,
        email_verified=verified,
        name=claims.get("name"),
        image=claims.get("picture"),
    )


async def _github_identity(
    provider: Provider, client: Any, token: dict[str, Any]
) -> ProviderIdentity:
    profile = (await client.get(f"{provider.api_url}/user", token=token)).raise_for_status()
    emails = (await client.get(f"{provider.api_url}/user/emails", token=token)).raise_for_status()
    primary = next((e for e in emails.json() if e.get("primary")), None)
    if primary is None or not primary.get("email"):
        raise ForbiddenError(f"{provider.name} did not share an email address")
    user = profile.json()
    return ProviderIdentity(
        email=primary["email"],
        email_verified=primary.get("verified") is True,
        name=user.get("name") or user.get("login"),
        image=user.get("avatar_url"),
    )


async def do_finish_provider_sign_in(
    *,
    db: AsyncSession,
    providers: IdentityProviders,
    provider_id: str,
    state: str,
    browser_state: str | None,
    code: str,
) -> tuple[ProviderIdentity, str]:
    """Finish a sign-in the provider sent back: who signed in (with a verified email, else
    ``ForbiddenError``), and where the browser goes next. ``UnauthorizedError`` for a wrong or
    spent ``state`` and for a token the provider or its keys do not vouch for."""
    provider, client = providers.get(provider_id)
    flow = await _take_flow(
        db=db, provider_id=provider_id, state=state, browser_state=browser_state
    )
    try:
        token = await client.fetch_access_token(
            redirect_uri=flow.redirect_uri, code=code, code_verifier=flow.code_verifier
        )
        if provider.metadata_url:
            identity = await _openid_identity(provider, client, token, flow.nonce)
        else:
            identity = await _github_identity(provider, client, token)
    except _PROVIDER_FAILURES as exc:
        raise UnauthorizedError(f"{provider.name} did not confirm the sign-in: {exc}") from None
    if not identity.email_verified:
        raise ForbiddenError(
            f"{provider.name} has not verified {identity.email}: verify it there, or sign in "
            "with an email link"
        )
    return identity, flow.next_path
