"""A local identity provider for the tests, served on loopback: an OpenID Connect issuer
(discovery, authorize, token, JWKS, userinfo; RS256 ID tokens) that also answers GitHub's OAuth
and API routes. It signs in whoever ``next_identity`` says, without a login page, and checks
what a real provider checks: the client, the redirect URI and the PKCE verifier."""

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.support.live_server import LiveServer, serve_on_loopback
from tests.support.postgres import free_port

CLIENT_ID = "botloom-test-client"
CLIENT_SECRET = "botloom-test-secret-4e1f"


@dataclass
class Identity:
    """Who the provider signs in next."""

    email: str
    email_verified: bool = True
    name: str = "Ada Lovelace"


@dataclass
class Grant:
    """An authorization code the provider handed out."""

    redirect_uri: str
    code_challenge: str
    nonce: str | None
    identity: Identity


@dataclass
class IdentityProvider:
    """The provider's state: who signs in next, and what the tests make it do wrong."""

    base_url: str = ""
    next_identity: Identity = field(default_factory=lambda: Identity("ada@example.com"))
    wrong_nonce: bool = False
    grants: dict[str, Grant] = field(default_factory=dict)
    key: RSAKey = field(
        default_factory=lambda: RSAKey.generate_key(
            2048, parameters={"kid": "test-key", "use": "sig", "alg": "RS256"}
        )
    )

    def reset(self, identity: Identity) -> None:
        """Sign in ``identity`` next, with nothing done wrong."""
        self.next_identity = identity
        self.wrong_nonce = False

    async def metadata(self, _request: Request) -> Response:
        base = self.base_url
        return JSONResponse(
            {
                "issuer": base,
                "authorization_endpoint": f"{base}/authorize",
                "token_endpoint": f"{base}/token",
                "jwks_uri": f"{base}/jwks",
                "userinfo_endpoint": f"{base}/userinfo",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
            }
        )

    async def authorize(self, request: Request) -> Response:
        params = request.query_params
        if params.get("client_id") != CLIENT_ID or params.get("code_challenge_method") != "S256":
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        code = secrets.token_urlsafe(16)
        self.grants[code] = Grant(
            redirect_uri=params["redirect_uri"],
            code_challenge=params["code_challenge"],
            nonce=params.get("nonce"),
            identity=self.next_identity,
        )
        query = urlencode({"code": code, "state": params["state"]})
        return RedirectResponse(f"{params['redirect_uri']}?{query}", status_code=302)

    def _client_ok(self, request: Request, form: dict[str, Any]) -> bool:
        basic = request.headers.get("authorization", "")
        if basic.startswith("Basic "):
            client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
        else:
            client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        return (client_id, secret) == (CLIENT_ID, CLIENT_SECRET)

    async def token(self, request: Request) -> Response:
        form = dict(await request.form())
        grant = self.grants.pop(str(form.get("code")), None)
        verifier = str(form.get("code_verifier", ""))
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        if (
            grant is None
            or not self._client_ok(request, form)
            or form.get("redirect_uri") != grant.redirect_uri
            or challenge != grant.code_challenge
        ):
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        access_token = "at-" + secrets.token_urlsafe(16)
        self.grants[access_token] = grant
        answer: dict[str, Any] = {
            "access_token": access_token,
            "token_type": "Bearer",
            "expires_in": 3600,
        }
        if "/login/oauth/" not in request.url.path:
            answer["id_token"] = self._id_token(grant)
        return JSONResponse(answer)

    def _id_token(self, grant: Grant) -> str:
        now = int(time.time())
        claims = {
            "iss": self.base_url,
            "sub": grant.identity.email,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 300,
            "nonce": "not-the-nonce-sent" if self.wrong_nonce else grant.nonce,
            "email": grant.identity.email,
            "email_verified": grant.identity.email_verified,
            "name": grant.identity.name,
        }
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)

    async def jwks(self, _request: Request) -> Response:
        return JSONResponse(KeySet([self.key]).as_dict(private=False))

    def _bearer_grant(self, request: Request) -> Grant | None:
        return self.grants.get(request.headers.get("authorization", "").removeprefix("Bearer "))

    async def github_user(self, request: Request) -> Response:
        grant = self._bearer_grant(request)
        if grant is None:
            return JSONResponse({"message": "Bad credentials"}, status_code=401)
        return JSONResponse({"login": "ada", "name": grant.identity.name, "avatar_url": None})

    async def github_emails(self, request: Request) -> Response:
        grant = self._bearer_grant(request)
        if grant is None:
            return JSONResponse({"message": "Bad credentials"}, status_code=401)
        identity = grant.identity
        return JSONResponse(
            [
                {"email": "old@example.com", "primary": False, "verified": True},
                {"email": identity.email, "primary": True, "verified": identity.email_verified},
            ]
        )

    def app(self) -> Starlette:
        """The provider's web app."""
        return Starlette(
            routes=[
                Route("/.well-known/openid-configuration", self.metadata),
                Route("/authorize", self.authorize),
                Route("/token", self.token, methods=["POST"]),
                Route("/jwks", self.jwks),
                Route("/login/oauth/authorize", self.authorize),
                Route("/login/oauth/access_token", self.token, methods=["POST"]),
                Route("/api/user", self.github_user),
                Route("/api/user/emails", self.github_emails),
            ]
        )


def serve_identity_provider() -> tuple[IdentityProvider, LiveServer]:
    """Start a provider on loopback; ``stop()`` the server after."""
    port = free_port()
    provider = IdentityProvider(base_url=f"http://127.0.0.1:{port}")
    return provider, serve_on_loopback(provider.app(), "the identity provider", port=port)
