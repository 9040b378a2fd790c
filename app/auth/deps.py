"""`WriteKeyDep` and `AdminKeyDep`: a write request's API key, checked and rate-limited."""

from typing import Annotated, Any

from fastapi import Depends, Request

from app.auth.rate_limit import RateLimits
from app.auth.service import allows, authenticate
from app.deps import SessionDep
from app.errors import AppError
from app.history.record import attribute
from app.models import ApiKey, ApiKeyScope

REALM = 'Bearer realm="migration-profiles"'


class Unauthorized(AppError):
    status = 401
    slug = "unauthorized"

    def __init__(self, detail: str, error: str | None = None) -> None:
        super().__init__(detail)
        challenge = f'{REALM}, error="{error}"' if error else REALM
        self.headers = {"WWW-Authenticate": challenge}


class Forbidden(AppError):
    status = 403
    slug = "forbidden"


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization")
    if not header:
        raise Unauthorized("This operation needs an API key: `Authorization: Bearer <key>`.")
    scheme, _, key = header.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key or " " in key or len(key) > 200:
        raise Unauthorized(
            "The Authorization header must be `Bearer <key>`.", error="invalid_request"
        )
    return key


def _authenticate(request: Request, session: SessionDep) -> ApiKey:
    limits: RateLimits = request.app.state.rate_limits
    try:
        api_key = authenticate(session, _bearer(request))
        if api_key is None:
            raise Unauthorized("The API key is unknown or revoked.", error="invalid_token")
    except Unauthorized:
        limits.failed_authentication(request.client.host if request.client else "unknown")
        raise
    return api_key


def require_scope(needed: ApiKeyScope) -> Any:
    def dependency(request: Request, session: SessionDep) -> ApiKey:
        api_key = _authenticate(request, session)
        if not allows(api_key, needed):
            error = Forbidden(f"The API key {api_key.name!r} lacks the {needed.value!r} scope.")
            error.headers = {
                "WWW-Authenticate": f'{REALM}, error="insufficient_scope", scope="{needed.value}"'
            }
            raise error
        request.app.state.rate_limits.write(api_key.name)
        request.app.state.key_use.record(session, api_key)
        # What this request changes is recorded as the key's doing.
        attribute(session, changed_by(api_key))
        return api_key

    return Depends(dependency)


WriteKeyDep = Annotated[ApiKey, require_scope(ApiKeyScope.WRITE)]
AdminKeyDep = Annotated[ApiKey, require_scope(ApiKeyScope.ADMIN)]


def changed_by(api_key: ApiKey) -> str:
    """How a revision names the key that made it."""
    return f"api-key:{api_key.name}"
