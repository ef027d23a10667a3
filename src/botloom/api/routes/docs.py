"""The interactive API documentation at ``/docs``, with Swagger UI's files served from the
installed package, so it works on a machine with no internet access."""

from pathlib import Path

from fastapi import Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from swagger_ui_bundle import swagger_ui_path

from botloom.api.routing import api_router
from botloom.domain.errors import NotFoundError

DOCS_ASSETS = "/docs/assets"

router = api_router(include_in_schema=False)

SWAGGER_FILES = frozenset({"swagger-ui-bundle.js", "swagger-ui.css"})


@router.get("/docs")
async def swagger_ui(request: Request) -> HTMLResponse:
    """Swagger UI over the app's own OpenAPI document."""
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title} API",
        swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
        swagger_favicon_url="/favicon.ico",
    )


@router.get(DOCS_ASSETS + "/{name}")
async def swagger_ui_file(name: str) -> FileResponse:
    """A file of Swagger UI (Apache-2.0, from the ``swagger-ui-bundle-v2`` package)."""
    if name not in SWAGGER_FILES:
        raise NotFoundError("Not found")
    return FileResponse(Path(str(swagger_ui_path)) / name, headers={"Cache-Control": "no-cache"})
