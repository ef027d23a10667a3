"""The builder: a single-page app built into ``static/builder`` (``npm run build`` in
``frontend/apps/builder``), served at ``/`` and on its own paths.

Its index page answers every path of the app's sections (``/typebots/{id}/edit``...), so a
reload or a shared link opens the right screen; its hashed assets are cached for good. The
preview runs the bot's client-side code the way its public page does, so the page's policy is the
public page's, except that no other site may frame the builder.
"""

from pathlib import Path

from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.types import Scope

from botloom.web.widget_files import PACKAGE_DIR, SharedFiles

BUILDER_DIR = PACKAGE_DIR / "static" / "builder"
INDEX_FILE = BUILDER_DIR / "index.html"

SECTIONS = ("signin", "typebots", "workspaces", "templates", "account", "folders")
"""First path segments that belong to the builder (each is a reserved public id)."""

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-eval' https:",
        "style-src 'self' 'unsafe-inline' https:",
        "img-src * data: blob:",
        "media-src * data: blob:",
        "font-src * data:",
        "connect-src *",
        "frame-src *",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cache-Control": "no-cache",
}

_NOT_BUILT = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Botloom</title></head><body><h1>The builder is not built</h1>
<p>Run <code>make run</code> (or <code>make builder</code>) to build it.</p>
</body></html>"""


def builder_page() -> Response:
    """The builder's index page (503 with a hint when it has not been built)."""
    if not INDEX_FILE.is_file():
        return HTMLResponse(_NOT_BUILT, status_code=503, headers=_HEADERS)
    return FileResponse(INDEX_FILE, media_type="text/html", headers=_HEADERS)


class _BuilderAssets(SharedFiles):
    """Hashed build files: their names change with their content, so browsers keep them."""

    async def serve(self, path: str, scope: Scope) -> Response:
        response = await super().serve(path, scope)
        if response.status_code == 200 and Path(path).parts[:1] == ("assets",):
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response


builder_files = _BuilderAssets(BUILDER_DIR)
"""The builder's built files under ``/static/builder/``."""
