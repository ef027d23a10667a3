"""Response shapes of the templates routes."""

from typing import Any

from pydantic import Field

from botloom.domain.schemas import ApiModel


class TemplateRead(ApiModel):
    """A starter bot as the gallery shows it."""

    slug: str
    name: str
    description: str
    category: str
    shows: str = Field(description="What the template shows of the builder, in a phrase")
    tags: list[str]
    icon: str = Field(description="An emoji")
    credentials_types: list[str] = Field(
        description="The credentials types its blocks need (an OpenAI account, say) to do all "
        "they can; without them those blocks take their fallback"
    )
    needs_credentials: bool


class TemplateListResponse(ApiModel):
    """Every template, in gallery order."""

    templates: list[TemplateRead]


class TemplateDocumentResponse(ApiModel):
    """A template and its bot document (Typebot 6.1), as a new bot is imported from it."""

    template: TemplateRead
    typebot: dict[str, Any]
