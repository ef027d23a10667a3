"""The starter-bot gallery (``/api/v1/templates``): the templates and their documents. Their
preview chat is a chat route (``channels/web/routes.py``)."""

from typing import Annotated

from fastapi import Depends, Path

from botloom.api.deps import get_caller
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.domain.templates.queries import get_template_read, list_template_reads
from botloom.domain.templates.schemas import TemplateDocumentResponse, TemplateListResponse
from botloom.integrations.plugins.registry import REGISTRY
from botloom.templates.catalogue import load_template

router = api_router(
    prefix="/api/v1/templates", tags=["templates"], dependencies=[Depends(get_caller)]
)

TemplateSlugPath = Annotated[str, Path(alias="templateSlug", max_length=100)]


@router.get("", responses=ERROR_RESPONSES)
async def list_templates() -> TemplateListResponse:
    """Every starter bot, in gallery order (the same for every signed-in caller)."""
    return TemplateListResponse(templates=list_template_reads(REGISTRY))


@router.get("/{templateSlug}", responses=ERROR_RESPONSES)
async def get_template(template_slug: TemplateSlugPath) -> TemplateDocumentResponse:
    """One starter bot and its bot document, to create a bot from
    (``POST /api/v1/typebots/import``)."""
    return TemplateDocumentResponse(
        template=get_template_read(template_slug, REGISTRY), typebot=load_template(template_slug)
    )
