"""Reading the templates of ``botloom.templates`` for the gallery."""

from typing import Any

from botloom.domain.templates.schemas import TemplateRead
from botloom.integrations.plugins.registry import IntegrationRegistry
from botloom.templates.catalogue import Template, get_template, list_templates, load_template


def credentials_types(document: dict[str, Any], registry: IntegrationRegistry) -> list[str]:
    """The credentials types the document's plugin blocks need, each once, in block order."""
    found: list[str] = []
    for group in document.get("groups", []):
        for block in group.get("blocks", []):
            integration = registry.get(str(block.get("type")))
            if integration is None or integration.credentials_model is None:
                continue
            if integration.stored_credentials_type not in found:
                found.append(integration.stored_credentials_type)
    return found


def template_read(template: Template, registry: IntegrationRegistry) -> TemplateRead:
    """``template`` as the gallery lists it."""
    needed = credentials_types(load_template(template.slug), registry)
    return TemplateRead(
        slug=template.slug,
        name=template.name,
        description=template.description,
        category=template.category,
        shows=template.shows,
        tags=list(template.tags),
        icon=template.icon,
        credentials_types=needed,
        needs_credentials=bool(needed),
    )


def list_template_reads(registry: IntegrationRegistry) -> list[TemplateRead]:
    """Every template as the gallery lists it, in gallery order."""
    return [template_read(template, registry) for template in list_templates()]


def get_template_read(slug: str, registry: IntegrationRegistry) -> TemplateRead:
    """One template; ``NotFoundError`` for an unknown slug."""
    return template_read(get_template(slug), registry)
