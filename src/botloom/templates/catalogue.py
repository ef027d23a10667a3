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
    shows: str
    """What the template shows of the builder (its blocks and techniques), in a phrase."""
    tags: tuple[str, ...]
    """Words the gallery's search finds it by, besides its name and description."""

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
        "text and email inputs (with a retry message), buttons, variables in bubbles",
        ("leads", "email", "form"),
    ),
    Template(
        "faq",
        "FAQ",
        "Answer the questions you hear most from a menu, and take the rest by email.",
        "Customer service",
        "❓",
        "a menu of buttons, each to its own answer, looping back to the menu",
        ("questions", "menu", "support"),
    ),
    Template(
        "nps",
        "NPS survey",
        "Ask for a 0-10 recommendation score and a follow-up fitting promoters, passives "
        "and detractors.",
        "Feedback",
        "📊",
        "a 0-10 rating, a condition sorting promoters, passives and detractors; progress bar",
        ("survey", "rating", "score"),
    ),
    Template(
        "quiz",
        "Quiz",
        "A three-question quiz that counts the right answers and lets players try again.",
        "Education",
        "🧠",
        "three questions, the score counted by one Set variable expression, play again",
        ("game", "score", "questions"),
    ),
    Template(
        "customer-support",
        "Customer support",
        "Sort a request by topic, try a self-service answer, then open a ticket with the details.",
        "Customer service",
        "🛟",
        "routing by topic, a self-service answer, then a ticket with the details",
        ("help desk", "ticket", "routing"),
    ),
    Template(
        "product-recommendation",
        "Product recommendation",
        "Suggest a product from two answers, then offer a discount code by email.",
        "Sales",
        "🛍️",
        "a condition with combined comparisons choosing among products",
        ("shop", "e-commerce", "discount"),
    ),
    Template(
        "onboarding",
        "User onboarding",
        "Welcome a new user, learn their role and team size, and give tips that fit.",
        "Product",
        "👋",
        "number input, tips chosen by role, a step only for teams",
        ("welcome", "product tour", "saas"),
    ),
    Template(
        "lead-scoring",
        "Lead scoring",
        "Score a prospect on size, budget and timing; hot leads leave a phone number, the "
        "others an email.",
        "Sales",
        "🎯",
        "a score from three answers; hot leads give a phone number, others an email",
        ("qualification", "sales", "phone"),
    ),
    Template(
        "appointment-request",
        "Appointment request",
        "Collect the service, day, time of day and contact details for an appointment, "
        "and confirm them.",
        "Services",
        "📅",
        "date input with a format, phone input, a confirmation that can start over",
        ("booking", "calendar", "date"),
    ),
    Template(
        "feedback-file-upload",
        "Feedback with file upload",
        "Gather bug reports, ideas and praise, with optional screenshots or PDF files.",
        "Feedback",
        "📎",
        "an optional file input limited to images and PDF files",
        ("bug report", "upload", "screenshot"),
    ),
    Template(
        "ai-assistant",
        "AI assistant",
        "Answer visitors' questions with an OpenAI model, streamed into the chat as it "
        "writes; needs an OpenAI account.",
        "AI",
        "✨",
        "an OpenAI block whose answer is streamed into the bubble after it, with a fallback",
        ("llm", "chatgpt", "openai", "streaming"),
    ),
    Template(
        "http-api-lookup",
        "HTTP API lookup",
        "Look a postcode up in a public web API and show the town, with a friendly message "
        "when the API cannot answer.",
        "Integrations",
        "📮",
        "an HTTP request to a public API, its response mapped into variables",
        ("webhook", "api", "http"),
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
