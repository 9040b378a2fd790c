"""API keys: random, shown once, stored only as a hash."""

import hashlib
import hmac
import secrets
from collections.abc import Sequence

from sqlalchemy import select
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
    api_key.last_used_at = utcnow()
    return api_key


def allows(api_key: ApiKey, needed: ApiKeyScope) -> bool:
    order = [ApiKeyScope.READ, ApiKeyScope.WRITE, ApiKeyScope.ADMIN]
    return order.index(ApiKeyScope(api_key.scope)) >= order.index(needed)
