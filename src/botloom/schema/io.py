"""Reading a bot document from JSON (any version) and writing it back as Typebot 6.1 JSON."""

from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from botloom.engine.blocks.catalog import BLOCK_UNION_TAGS
from botloom.schema.document import TypebotDocument
from botloom.schema.errors import DocumentError, Problem, problems_from_validation
from botloom.schema.migrations import migrate_to_current
from botloom.schema.references import dangling_references, duplicate_ids, remove_dangling

_EVENT_TAGS = frozenset({"start", "command", "reply", "invalidReply"})
_UNION_TAGS = BLOCK_UNION_TAGS | _EVENT_TAGS
_ADAPTER = TypeAdapter(TypebotDocument)


@dataclass
class ParsedDocument:
    """A valid document, and what had to be repaired to make it so."""

    document: TypebotDocument
    warnings: list[Problem] = field(default_factory=list)


def _validate(raw: dict[str, Any]) -> TypebotDocument:
    try:
        document = _ADAPTER.validate_python(raw)
    except ValidationError as exc:
        raise DocumentError(problems_from_validation(exc, _UNION_TAGS)) from None
    if not document.events or document.events[0].type != "start":
        raise DocumentError([Problem("events[0]", "start event is missing")])
    return document


def parse_document(raw: Any, *, repair: bool) -> ParsedDocument:
    """Validate a document of any version and migrate it to the current one.

    With ``repair`` (imports), references to missing edges, groups, blocks or variables are
    removed and reported as warnings; without it (documents written through the API) they are
    errors. Raises ``DocumentError`` naming the JSON path of each problem.
    """
    if not isinstance(raw, dict):
        raise DocumentError([Problem("", "a bot document must be a JSON object")])
    document = _validate(migrate_to_current(raw))
    dumped = document.model_dump(mode="json", exclude_unset=True)
    duplicates = duplicate_ids(dumped)
    if duplicates:
        raise DocumentError(duplicates)
    dangling = dangling_references(dumped)
    if not dangling:
        return ParsedDocument(document)
    if not repair:
        raise DocumentError([d.problem() for d in dangling])
    remove_dangling(dumped, dangling)
    return ParsedDocument(_validate(dumped), [d.problem() for d in dangling])


def export_document(document: TypebotDocument) -> dict[str, Any]:
    """The document as JSON that Typebot 6.1 imports: only what was set, plus required keys."""
    return document.model_dump(mode="json", exclude_unset=True)
