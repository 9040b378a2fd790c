"""`WriteKeyDep` and `AdminKeyDep`: a write request's API key, checked and rate-limited.

A write route names its key first among its parameters: FastAPI resolves
dependencies in that order, so a request without a valid key is a 401 before
any lookup (an unknown or deleted resource is not revealed to it).
"""

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

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


# The OpenAPI security scheme of every write: /docs gets an Authorize button,
# generated clients a place for the key. Errors are this module's own (401 with
# a WWW-Authenticate challenge), so it does not raise.
BEARER = HTTPBearer(
    auto_error=False,
    scheme_name="apiKey",
    bearerFormat="API key",
    description="An API key from `migration-profiles api-key create`: "
    "`Authorization: Bearer <key>`.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]


def _bearer(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str:
    """The key of a well-formed `Authorization: Bearer <key>`, else a 401 saying why."""
    if credentials is None and not request.headers.get("authorization"):
        raise Unauthorized("This operation needs an API key: `Authorization: Bearer <key>`.")
    if credentials is None or " " in credentials.credentials or len(credentials.credentials) > 200:
        raise Unauthorized(
            "The Authorization header must be `Bearer <key>`.", error="invalid_request"
        )
    return credentials.credentials


def _authenticate(
    request: Request, session: SessionDep, credentials: HTTPAuthorizationCredentials | None
) -> ApiKey:
    limits: RateLimits = request.app.state.rate_limits
    try:
        api_key = authenticate(session, _bearer(request, credentials))
        if api_key is None:
            raise Unauthorized("The API key is unknown or revoked.", error="invalid_token")
    except Unauthorized:
        limits.failed_authentication(request.client.host if request.client else "unknown")
        raise
    return api_key


def require_scope(needed: ApiKeyScope) -> Any:
    def dependency(request: Request, session: SessionDep, credentials: Credentials) -> ApiKey:
        api_key = _authenticate(request, session, credentials)
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
