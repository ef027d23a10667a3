"""Problems found in a bot document, each named by its JSON path."""

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError

MAX_REPORTED_PROBLEMS = 20


@dataclass(frozen=True)
class Problem:
    """One thing wrong at one place, e.g. ``groups[2].blocks[0].options.variableId``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DocumentError(ValueError):
    """A bot document that cannot be accepted; ``problems`` says where and why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems[:MAX_REPORTED_PROBLEMS]))


def format_path(loc: Sequence[str | int]) -> str:
    """Write a location as JSON path: ``("groups", 2, "blocks")`` becomes ``groups[2].blocks``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def problems_from_validation(
    error: ValidationError, union_tags: frozenset[str], prefix: Sequence[str | int] = ()
) -> list[Problem]:
    """Turn pydantic's errors into problems, dropping the union-member tags pydantic adds."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for detail in error.errors(include_url=False):
        loc: list[str | int] = list(prefix)
        for i, part in enumerate(detail["loc"]):
            after_index = i > 0 and isinstance(detail["loc"][i - 1], int)
            if isinstance(part, str) and after_index and part in union_tags:
                continue
            loc.append(part)
        path = format_path(loc)
        if path in seen:
            continue
        seen.add(path)
        problems.append(Problem(path, detail["msg"]))
    return problems
