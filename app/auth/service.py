"""API keys: random, shown once, stored only as a hash."""

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.models import ApiKey, ApiKeyScope
from app.types import utcnow

KEY_PREFIX = "mpk_"


def hash_key(key: str) -> str:
    # A key carries 256 random bits, so a fast hash is enough: there is nothing
    # to brute-force that a slow hash would protect.
    return hashlib.sha256(key.encode()).hexdigest()


def create_api_key(session: Session, *, name: str, scope: ApiKeyScope) -> tuple[ApiKey, str]:
    """A new key; the raw key is returned once and never stored."""
    if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise Conflict(f"An API key named {name!r} already exists.")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    api_key = ApiKey(name=name, scope=scope.value, key_hash=hash_key(key), created_at=utcnow())
    session.add(api_key)
    session.flush()
    return api_key, key


def list_api_keys(session: Session) -> Sequence[ApiKey]:
    return session.scalars(select(ApiKey).order_by(ApiKey.created_at, ApiKey.id)).all()


def revoke_api_key(session: Session, name: str) -> ApiKey:
    api_key = session.scalar(select(ApiKey).where(ApiKey.name == name))
    if api_key is None:
        raise NotFound(f"No API key named {name!r}.")
    if api_key.revoked_at is None:
        api_key.revoked_at = utcnow()
    return api_key


def authenticate(session: Session, key: str) -> ApiKey | None:
    """The live key matching `key`, or None (unknown or revoked)."""
    digest = hash_key(key)
    api_key = session.scalar(select(ApiKey).where(ApiKey.key_hash == digest))
    if api_key is None or not hmac.compare_digest(api_key.key_hash, digest):
        return None
    if api_key.revoked_at is not None:
        return None
    return api_key


# How stale `last_used_at` may be: a key is recorded as used at most once per
# interval, so concurrent writes with one key do not queue on its row's lock.
USE_INTERVAL = timedelta(minutes=1)


class KeyUse:
    """Records that keys were used, at most once per `USE_INTERVAL` per key and process.

    The write takes the key's row lock until the request's transaction ends:
    once a minute, one request of each process pays it; every other request
    with the key only reads the row.
    """

    def __init__(self) -> None:
        self._recorded: dict[str, datetime] = {}

    def record(self, session: Session, api_key: ApiKey) -> None:
        now = utcnow()
        last = self._recorded.get(api_key.key_hash) or api_key.last_used_at
        if last is not None and now - last < USE_INTERVAL:
            return
        self._recorded[api_key.key_hash] = now
        # Conditional, so processes that read the same stale time write it once.
        session.execute(
            update(ApiKey)
            .where(
                ApiKey.id == api_key.id,
                or_(ApiKey.last_used_at.is_(None), ApiKey.last_used_at < now - USE_INTERVAL),
            )
            .values(last_used_at=now)
            .execution_options(synchronize_session=False)
        )


def allows(api_key: ApiKey, needed: ApiKeyScope) -> bool:
    order = [ApiKeyScope.READ, ApiKeyScope.WRITE, ApiKeyScope.ADMIN]
    return order.index(ApiKeyScope(api_key.scope)) >= order.index(needed)
