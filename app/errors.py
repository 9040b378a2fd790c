"""Domain errors, raised by services and dependencies.

Each carries the HTTP status and problem type it is answered with; the one
problem+json renderer (`app.http.problems`) turns them into responses, so
every error a client sees has one shape.
"""

from typing import Any, ClassVar


class AppError(Exception):
    status: ClassVar[int] = 500
    slug: ClassVar[str] = "internal-error"
    default_headers: ClassVar[dict[str, str] | None] = None

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers: dict[str, str] | None = (
            dict(self.default_headers) if self.default_headers else None
        )
        self.errors: list[dict[str, Any]] | None = None


class NotFound(AppError):
    status = 404
    slug = "not-found"


class InvalidParameter(AppError):
    """A parameter FastAPI's validation accepted but the service cannot use.

    Rendered exactly like a validation error (422 with `errors`), so clients
    see one shape for every malformed parameter.
    """

    status = 422
    slug = "validation-error"

    def __init__(self, location: str, name: str, message: str) -> None:
        super().__init__(f"Invalid request parameters: {location}.{name}.")
        self.errors = [{"loc": [location, name], "msg": message, "type": "value_error"}]


class Conflict(AppError):
    status = 409
    slug = "conflict"


class PreconditionFailed(AppError):
    status = 412
    slug = "precondition-failed"


class PreconditionRequired(AppError):
    status = 428
    slug = "precondition-required"


class Gone(AppError):
    status = 410
    slug = "gone"


class RetryLater(AppError):
    """An error the same request may not meet again: it says when to retry."""

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail)
        self.headers = {"Retry-After": str(retry_after)}


class TooManyRequests(RetryLater):
    status = 429
    slug = "too-many-requests"


class ServiceUnavailable(RetryLater):
    status = 503
    slug = "service-unavailable"


class DatabaseUnavailable(ServiceUnavailable):
    slug = "database-unavailable"
