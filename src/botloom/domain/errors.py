"""Domain exceptions. The API layer maps each to an HTTP status once (``api/errors.py``)."""

from botloom.schema.errors import Problem


class DomainError(Exception):
    """Base of every error a service raises on purpose."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class NotFoundError(DomainError):
    """The thing does not exist, or the caller may not know it does."""


class UnauthorizedError(DomainError):
    """No valid credentials were given."""


class ForbiddenError(DomainError):
    """The caller is known and sees the thing, but may not do this to it."""


class ConflictError(DomainError):
    """The change was made against stale data, or clashes with another row."""


class UpstreamError(DomainError):
    """A service this server relies on (an identity provider) failed or could not be reached."""


class RateLimitedError(DomainError):
    """The caller made more requests than a rate limit allows; it may retry after a while."""

    def __init__(self, message: str, retry_after_seconds: int) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(message)


class InvalidInputError(DomainError):
    """The input is well-formed JSON but not acceptable; ``problems`` name the fields."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        self.problems = problems or []
        super().__init__(message)

    @classmethod
    def for_field(cls, path: str, message: str) -> "InvalidInputError":
        """The error for one wrong field, e.g. ``fileSize: larger than the 10 bytes allowed``."""
        problem = Problem(path, message)
        return cls(str(problem), [problem])
