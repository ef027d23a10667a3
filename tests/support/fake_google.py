"""A stand-in for Google's OAuth consent screen and token endpoint, on loopback (aiohttp).

``/authorize`` consents at once (or declines, when ``declines`` is set) and sends the browser
back to the ``redirect_uri`` with a one-time code; ``/token`` trades that code for tokens only
with the right client, redirect URI and PKCE verifier, as Google does.
"""

import hashlib
import json
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

from aiohttp import web

from botloom.urlsafe import b64encode
from tests.support.loopback import LoopbackServer

CLIENT_ID = "sheets-client"
CLIENT_SECRET = "sheets-secret"
GOOGLE_EMAIL = "sheets.owner@example.com"


@dataclass
class Grant:
    """A code handed out: what its exchange must match."""

    redirect_uri: str
    challenge: str


def unsigned_id_token(email: str) -> str:
    """An ID token naming ``email`` (the exchange reads it for a label only)."""
    header = b64encode(json.dumps({"alg": "none"}).encode())
    claims = b64encode(json.dumps({"email": email, "email_verified": True}).encode())
    return f"{header}.{claims}."


class FakeGoogle(LoopbackServer):
    """Google's consent screen and token endpoint for one OAuth client."""

    def __init__(self) -> None:
        super().__init__()
        self.reset()

    def reset(self) -> None:
        """Forget every code and exchange (between tests)."""
        self.grants: dict[str, Grant] = {}
        self.exchanges: list[dict[str, str]] = []
        self.declines = False

    @property
    def authorize_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/o/oauth2/v2/auth"

    @property
    def token_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    def settings(self) -> dict[str, str]:
        """The ``Settings`` fields that point a server at this stand-in."""
        return {
            "google_oauth_authorize_url": self.authorize_url,
            "google_oauth_token_url": self.token_url,
            "google_client_id": CLIENT_ID,
            "google_client_secret": CLIENT_SECRET,
        }

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/o/oauth2/v2/auth", self._authorize)
        app.router.add_post("/token", self._token)

    async def _authorize(self, request: web.Request) -> web.Response:
        query = request.query
        if query.get("client_id") != CLIENT_ID or query.get("code_challenge_method") != "S256":
            return web.Response(status=400, text="Error 400: invalid_request")
        back = {"state": query.get("state", "")}
        if self.declines:
            back["error"] = "access_denied"
        else:
            code = secrets.token_urlsafe(12)
            self.grants[code] = Grant(query["redirect_uri"], query["code_challenge"])
            back["code"] = code
        raise web.HTTPFound(f"{query['redirect_uri']}?{urlencode(back)}")

    async def _token(self, request: web.Request) -> web.Response:
        form = {key: str(value) for key, value in (await request.post()).items()}
        self.exchanges.append(form)
        if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
            return web.json_response({"error": "invalid_client"}, status=401)
        grant = self.grants.pop(form.get("code", ""), None)
        verifier = form.get("code_verifier", "")
        if (
            form.get("grant_type") != "authorization_code"
            or grant is None
            or grant.redirect_uri != form.get("redirect_uri")
            or grant.challenge != b64encode(hashlib.sha256(verifier.encode()).digest())
        ):
            return web.json_response({"error": "invalid_grant"}, status=400)
        return web.json_response(
            {
                "access_token": f"access-{secrets.token_hex(4)}",
                "refresh_token": f"refresh-{secrets.token_hex(4)}",
                "expires_in": 3599,
                "scope": "openid email https://www.googleapis.com/auth/spreadsheets",
                "token_type": "Bearer",
                "id_token": unsigned_id_token(GOOGLE_EMAIL),
            }
        )
