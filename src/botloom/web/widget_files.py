"""The built chat widget (``static/dist``, made by ``make widget``).

Served under ``/static/`` to any origin: pages on other sites import ``web.js`` as an ES module,
which browsers fetch in CORS mode. Files keep their names across builds, so browsers revalidate
them (ETag) instead of caching them blindly.
"""

from pathlib import Path

from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

PACKAGE_DIR = Path(__file__).parent
DIST_DIR = PACKAGE_DIR / "static" / "dist"
ASSETS_DIR = PACKAGE_DIR / "assets"
WIDGET_FILE = "web.js"

_SHARED_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Cross-Origin-Resource-Policy": "cross-origin",
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
}


def widget_is_built() -> bool:
    """Whether ``npm run build`` has written the widget."""
    return (DIST_DIR / WIDGET_FILE).is_file()


class SharedFiles(StaticFiles):
    """Static files anyone may load; a missing directory is a plain 404, not a server error."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory=directory, check_dir=False)

    async def serve(self, path: str, scope: Scope) -> Response:
        """The file at ``path`` (404 when absent, 304 when the browser's copy is current)."""
        response = await self.get_response(path, scope)
        response.headers.update(_SHARED_HEADERS)
        return response


widget_files = SharedFiles(DIST_DIR)
"""The build output."""

page_files = SharedFiles(ASSETS_DIR)
"""Files of the public page itself (its start-up module), kept in the source tree."""
