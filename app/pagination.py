"""Collections: the `data`/`meta`/`links` envelope, and the `limit` and `cursor`
parameters of paginated ones (the cursors themselves are `app.cursors`)."""

from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query, Request
from pydantic import BaseModel, Field

T = TypeVar("T")

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
# The name of the signing secret in the service_secrets table.
CURSOR_SECRET_NAME = "cursor"  # noqa: S105 (a name, not the secret)

Limit = Annotated[
    int,
    Query(ge=1, le=MAX_LIMIT, description=f"Rows per page, 1 to {MAX_LIMIT}."),
]
Cursor = Annotated[
    str | None,
    Query(
        max_length=200,
        description="Opaque position from `links.next` of the previous page; omit for the first.",
    ),
]


class Meta(BaseModel):
    total: int = Field(description="Rows matching the query, over all pages.")
    limit: int | None = Field(default=None, description="Page size, for paginated collections.")


class Links(BaseModel):
    self: str = Field(description="This page.")
    next: str | None = Field(default=None, description="The next page; null on the last.")


class Collection(BaseModel, Generic[T]):
    data: list[T]
    meta: Meta
    links: Links


def relative_url(request: Request, **replace: Any) -> str:
    """This request's path and query, with some query parameters replaced."""
    url = request.url.include_query_params(**replace) if replace else request.url
    return f"{url.path}?{url.query}" if url.query else url.path


def collection(
    request: Request,
    data: list[Any],
    *,
    total: int,
    limit: int | None = None,
    next_cursor: str | None = None,
) -> dict[str, Any]:
    """The envelope as a plain dict, ready for app.json."""
    return {
        "data": data,
        "meta": {"total": total, "limit": limit} if limit is not None else {"total": total},
        "links": {
            "self": relative_url(request),
            "next": relative_url(request, cursor=next_cursor) if next_cursor else None,
        },
    }


def link_header(envelope: dict[str, Any]) -> dict[str, str]:
    """The RFC 8288 `Link` header for the envelope's next page, if any."""
    next_url = envelope["links"]["next"]
    return {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
