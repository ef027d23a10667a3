"""The browser side of sign-in: this server's public URL and origin, the session and CSRF
cookies, and the CSRF check of cookie-authenticated writes."""

from hmac import compare_digest
from urllib.parse import urlsplit

from fastapi import Request, Response

from botloom.domain.auth.sessions import csrf_token_for
from botloom.domain.errors import ForbiddenError, InvalidInputError
from botloom.settings import Settings

SESSION_COOKIE = "botloom_session"
CSRF_COOKIE = "botloom_csrf"
CSRF_HEADER = "X-CSRF-Token"
STATE_COOKIE = "botloom_sign_in_state"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def public_base_url(request: Request, settings: Settings) -> str:
    """Where people reach this server: ``public_url``, else ``files_base_url``, else the URL
    the request came to."""
    return (settings.public_url or settings.files_base_url or str(request.base_url)).rstrip("/")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _is_https(request: Request, settings: Settings) -> bool:
    return public_base_url(request, settings).startswith("https://")


def check_next_path(next_path: str | None) -> str:
    """Where to send the browser after sign-in: a path on this server, ``/`` by default;
    ``InvalidInputError`` naming ``next`` for anything that could lead elsewhere."""
    if next_path is None or next_path == "":
        return "/"
    if (
        not next_path.startswith("/")
        or next_path.startswith(("//", "/\\"))
        or any(ch.isspace() or ord(ch) < 0x20 or ch == "\\" for ch in next_path)
        or len(next_path) > 2000
    ):
        raise InvalidInputError.for_field("next", "must be a path on this server, like /typebots")
    return next_path


def set_session_cookies(
    response: Response, request: Request, settings: Settings, session_id: str
) -> None:
    """Give the browser its session (httpOnly) and its CSRF token (readable by the page's
    scripts, which echo it in ``X-CSRF-Token``)."""
    secure = _is_https(request, settings)
    max_age = settings.session_max_seconds
    response.set_cookie(
        SESSION_COOKIE, session_id, max_age=max_age, httponly=True, samesite="lax", secure=secure
    )
    response.set_cookie(
        CSRF_COOKIE,
        csrf_token_for(session_id),
        max_age=max_age,
        httponly=False,
        samesite="lax",
        secure=secure,
    )


def clear_session_cookies(response: Response) -> None:
    """Make the browser forget its session."""
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="lax")
    response.delete_cookie(CSRF_COOKIE, samesite="lax")


def set_state_cookie(response: Response, request: Request, settings: Settings, state: str) -> None:
    """Bind a provider sign-in to this browser: its callback must come with this cookie."""
    response.set_cookie(
        STATE_COOKIE,
        state,
        max_age=600,
        path="/api/v1/auth",
        httponly=True,
        samesite="lax",
        secure=_is_https(request, settings),
    )


def check_csrf(request: Request, settings: Settings, session_id: str) -> None:
    """Refuse a cookie-authenticated write from another site: its ``Origin`` (or, without one,
    its ``Referer``) must be this server's, and ``X-CSRF-Token`` must be the session's token."""
    sent_from = request.headers.get("origin") or request.headers.get("referer")
    if not sent_from or _origin(sent_from) != _origin(public_base_url(request, settings)):
        raise ForbiddenError(
            "Cross-site request refused: a signed-in browser's writes must come from this "
            "server's own pages (Origin)"
        )
    token = request.headers.get(CSRF_HEADER, "")
    if not compare_digest(token.encode(), csrf_token_for(session_id).encode()):
        raise ForbiddenError(
            f"Missing or wrong CSRF token: send the {CSRF_COOKIE} cookie's value in {CSRF_HEADER}"
        )
