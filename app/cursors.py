"""Opaque keyset cursors.

A cursor carries a position (the id of the last row served, or an offset) and
a fingerprint of the query's filters, signed with this deployment's secret
(`CURSOR_SECRET`, or one made on first use and kept in the database), so a
tampered, forged or foreign cursor is refused with a 422 instead of serving
another slice.
"""

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from app.errors import InvalidParameter
from app.models import ServiceSecret
from app.schemas import MAX_INT32

# The name of the signing secret in the service_secrets table.
CURSOR_SECRET_NAME = "cursor"  # noqa: S105 (a name, not the secret)


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
