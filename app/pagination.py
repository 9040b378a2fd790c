"""Collections: the `data`/`meta`/`links` envelope and opaque keyset cursors.

A cursor carries the id of the last row served and a fingerprint of the
query's filters, signed so that a tampered or foreign cursor is refused with a
422 instead of silently serving another slice. It is tamper-evidence for
clients, not a secret.
"""

import base64
import hashlib
import hmac
import json
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query, Request
from pydantic import BaseModel, Field

from app.errors import InvalidParameter

T = TypeVar("T")

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
_KEY = b"migration-profiles/cursor/v1"

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


def _fingerprint(filters: dict[str, Any]) -> str:
    canonical = json.dumps(filters, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _sign(payload: bytes) -> str:
    return hmac.new(_KEY, payload, hashlib.sha256).hexdigest()[:24]


def encode_cursor(after_id: int, filters: dict[str, Any]) -> str:
    payload = json.dumps({"after": after_id, "q": _fingerprint(filters)}).encode()
    token = base64.urlsafe_b64encode(payload).rstrip(b"=")
    return f"{token.decode()}.{_sign(payload)}"


def decode_cursor(cursor: str | None, filters: dict[str, Any]) -> int | None:
    """The id after which the page starts, or None for the first page."""
    if cursor is None:
        return None
    token, _, signature = cursor.partition(".")
    try:
        payload = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(payload)
    except ValueError:
        raise InvalidParameter("query", "cursor", "not a cursor from this API") from None
    if not hmac.compare_digest(signature, _sign(payload)):
        raise InvalidParameter("query", "cursor", "the cursor was altered")
    if data.get("q") != _fingerprint(filters):
        raise InvalidParameter(
            "query", "cursor", "the cursor belongs to a query with other filters"
        )
    after = data.get("after")
    if not isinstance(after, int) or isinstance(after, bool):
        raise InvalidParameter("query", "cursor", "not a cursor from this API")
    return after


def relative_url(request: Request, **replace: Any) -> str:
    """This request's path and query, with some query parameters replaced."""
    if not replace:
        # Every collection links to itself: the path and query as Starlette's
        # `request.url` has them (the path's ?, # and \ escaped), read
        # straight from the request instead of building and parsing a URL.
        path = request.scope["path"].replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")
        query = request.scope["query_string"].decode()
        return f"{path}?{query}" if query else path
    url = request.url.include_query_params(**replace)
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
