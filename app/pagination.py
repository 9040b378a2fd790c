"""Collections: the `data`/`meta`/`links` envelope and opaque keyset cursors.

A cursor carries a position (the id of the last row served, or an offset) and
a fingerprint of the query's filters, signed with this deployment's secret
(`CURSOR_SECRET`, or one made and kept in the database on first start), so a
tampered, forged or foreign cursor is refused with a 422 instead of serving
another slice.
"""

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from app.errors import InvalidParameter
from app.models import ServiceSecret
from app.schemas import MAX_INT32

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


def _fingerprint(filters: dict[str, Any]) -> str:
    canonical = json.dumps(filters, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _not_ours() -> InvalidParameter:
    return InvalidParameter("query", "cursor", "not a cursor from this API")


class CursorCodec:
    """Makes and reads the cursors of one deployment; its secret is read once,
    on first use (see `load_cursor_secret`)."""

    def __init__(self, load_secret: Callable[[], str]) -> None:
        self._load_secret = load_secret
        self._key: bytes | None = None

    def _sign(self, payload: bytes) -> bytes:
        if self._key is None:
            self._key = self._load_secret().encode()
        return hmac.new(self._key, payload, hashlib.sha256).hexdigest()[:24].encode()

    def encode(self, position: int, filters: dict[str, Any]) -> str:
        payload = json.dumps({"after": position, "q": _fingerprint(filters)}).encode()
        token = base64.urlsafe_b64encode(payload).rstrip(b"=")
        return f"{token.decode()}.{self._sign(payload).decode()}"

    def decode(self, cursor: str | None, filters: dict[str, Any]) -> int | None:
        """The position after which the page starts, or None for the first page."""
        if cursor is None:
            return None
        token, _, signature = cursor.partition(".")
        try:
            payload = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except ValueError:
            raise _not_ours() from None
        # Compared as bytes: any text a client sends is comparable, none is trusted.
        if not hmac.compare_digest(signature.encode(), self._sign(payload)):
            raise InvalidParameter("query", "cursor", "the cursor was altered")
        try:
            data = json.loads(payload)
        except ValueError:
            raise _not_ours() from None
        if not isinstance(data, dict) or set(data) != {"after", "q"}:
            raise _not_ours()
        after = data["after"]
        # A position is a row id or an offset: what an INTEGER column holds.
        if type(after) is not int or not 0 <= after <= MAX_INT32:
            raise _not_ours()
        if data["q"] != _fingerprint(filters):
            raise InvalidParameter(
                "query", "cursor", "the cursor belongs to a query with other filters"
            )
        return after


def load_cursor_secret(engine: Engine, configured: str | None) -> str:
    """The setting when given; else the secret kept in the database, made on first use.

    Processes starting together agree: the first insert wins, the others read it.
    """
    if configured:
        return configured
    stored = select(ServiceSecret.value).where(ServiceSecret.name == CURSOR_SECRET_NAME)
    try:
        with engine.begin() as connection:
            value = connection.scalar(stored)
            if value is None:
                value = secrets.token_hex(32)
                made = insert(ServiceSecret).values(name=CURSOR_SECRET_NAME, value=value)
                connection.execute(made)
            return value
    except IntegrityError:  # another process made it first
        with engine.connect() as connection:
            return connection.execute(stored).scalar_one()


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
