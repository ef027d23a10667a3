"""Botloom's own starter bots (docs/templates.md): what each one is, and its bot document.

Each template is a Typebot 6.1 document ``<slug>.json`` in this package, with its bot test
``<slug>.test.json`` beside it (docs/scenarios.md). The builder's gallery lists ``TEMPLATES``
and creates a bot from ``load_template(slug)`` through the ordinary import.
"""

import json
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from botloom.domain.errors import NotFoundError

DOCUMENT_SUFFIX = ".json"
TEST_SUFFIX = ".test.json"


@dataclass(frozen=True)
class Template:
    """A starter bot as the gallery shows it."""

    slug: str
    name: str
    description: str
    category: str
    icon: str
    """An emoji, shown on the gallery card."""

    @property
    def document_file(self) -> str:
        """The bot document's file name in this package."""
        return self.slug + DOCUMENT_SUFFIX

    @property
    def test_file(self) -> str:
        """The bot test's file name in this package."""
        return self.slug + TEST_SUFFIX


TEMPLATES: tuple[Template, ...] = (
    Template(
        "lead-generation",
        "Lead generation",
        "Offer a free consultation and collect a visitor's name, email and project.",
        "Marketing",
        "🧲",
    ),
    Template(
        "faq",
        "FAQ",
        "Answer the questions you hear most from a menu, and take the rest by email.",
        "Customer service",
        "❓",
    ),
    Template(
        "nps",
        "NPS survey",
        "Ask for a 0-10 recommendation score and a follow-up fitting promoters, passives "
        "and detractors.",
        "Feedback",
        "📊",
    ),
    Template(
        "quiz",
        "Quiz",
        "A three-question quiz that counts the right answers and lets players try again.",
        "Education",
        "🧠",
    ),
    Template(
        "customer-support",
        "Customer support",
        "Sort a request by topic, try a self-service answer, then open a ticket with the details.",
        "Customer service",
        "🛟",
    ),
    Template(
        "product-recommendation",
        "Product recommendation",
        "Suggest a product from two answers, then offer a discount code by email.",
        "Sales",
        "🛍️",
    ),
    Template(
        "onboarding",
        "User onboarding",
        "Welcome a new user, learn their role and team size, and give tips that fit.",
        "Product",
        "👋",
    ),
    Template(
        "lead-scoring",
        "Lead scoring",
        "Score a prospect on size, budget and timing; hot leads leave a phone number, the "
        "others an email.",
        "Sales",
        "🎯",
    ),
    Template(
        "appointment-request",
        "Appointment request",
        "Collect the service, day, time of day and contact details for an appointment, "
        "and confirm them.",
        "Services",
        "📅",
    ),
    Template(
        "feedback-file-upload",
        "Feedback with file upload",
        "Gather bug reports, ideas and praise, with optional screenshots or PDF files.",
        "Feedback",
        "📎",
    ),
    Template(
        "ai-assistant",
        "AI assistant",
        "Answer visitors' questions with an OpenAI model, streamed into the chat as it "
        "writes; needs an OpenAI account.",
        "AI",
        "✨",
    ),
    Template(
        "http-api-lookup",
        "HTTP API lookup",
        "Look a postcode up in a public web API and show the town, with a friendly message "
        "when the API cannot answer.",
        "Integrations",
        "📮",
    ),
)

_BY_SLUG = {template.slug: template for template in TEMPLATES}


def package_files() -> Traversable:
    """The folder of the template files (inside the installed package)."""
    return files(__package__ or __name__.rpartition(".")[0])


def list_templates() -> list[Template]:
    """Every template, in gallery order."""
    return list(TEMPLATES)


def get_template(slug: str) -> Template:
    """The template named ``slug``. Raises ``NotFoundError`` when there is none."""
    template = _BY_SLUG.get(slug)
    if template is None:
        raise NotFoundError(f"slug: no template named {slug!r}")
    return template


def load_template(slug: str) -> dict[str, Any]:
    """The bot document of the template named ``slug``, as JSON to import. Raises
    ``NotFoundError`` when there is none."""
    template = get_template(slug)
    document: dict[str, Any] = json.loads(
        package_files().joinpath(template.document_file).read_text(encoding="utf-8")
    )
    return document
