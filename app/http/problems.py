"""The one RFC 9457 problem+json renderer, and the error responses the OpenAPI
document lists.

Domain errors (`app.errors`), FastAPI's validation errors and Starlette's
404/405 go through the same renderer, so every error a client sees has one
shape: `type`, `title`, `status`, `detail`, and `errors` for validation.
"""

import logging
import re
from http import HTTPStatus
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.errors import AppError, DatabaseUnavailable
from app.http.request_context import request_id

PROBLEM_JSON = "application/problem+json"
logger = logging.getLogger(__name__)


def problem_response(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {
        # A relative type URI names the kind of problem; `about:blank` means
        # "nothing more than the status code" (RFC 9457 section 4.2.1).
        "type": f"/problems/{slug}" if slug else "about:blank",
        "title": phrase,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    if rid := request_id.get():
        # The id of this request, as in its X-Request-ID header and log lines.
        body["request_id"] = rid
    return Response(
        orjson.dumps(body), status_code=status, media_type=PROBLEM_JSON, headers=headers
    )


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Only location, message and type: pydantic's `input` and `ctx` can echo
    # arbitrary client input or internal objects back.
    return [
        {"loc": [str(part) for part in err["loc"]], "msg": err["msg"], "type": err["type"]}
        for err in exc.errors()
    ]


async def _app_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AppError)
    return problem_response(
        exc.status, exc.detail, slug=exc.slug, errors=exc.errors, headers=exc.headers
    )


async def _validation_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = _validation_errors(exc)
    names = ", ".join(".".join(e["loc"]) for e in errors)
    return problem_response(
        422, f"Invalid request parameters: {names}.", slug="validation-error", errors=errors
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        detail = f"No resource at {request.url.path}."
    elif exc.status_code == 405:
        detail = f"Method {request.method} is not allowed on {request.url.path}."
    else:
        detail = str(exc.detail)
    headers = dict(exc.headers) if exc.headers else None
    if exc.status_code == 405:
        allowed = _allowed_methods(request) | {
            m.strip() for m in (headers or {}).get("Allow", "").split(",") if m.strip()
        }
        headers = {**(headers or {}), "Allow": ", ".join(sorted(allowed))}
    return problem_response(exc.status_code, detail, headers=headers)


def _allowed_methods(request: Request) -> set[str]:
    """Every method the API documents for this path.

    The router's own Allow header names only the methods of the first route
    matching the path, while GET and POST on one path are separate routes.
    """
    methods: set[str] = set()
    for template, operations in request.app.openapi()["paths"].items():
        if re.fullmatch(re.sub(r"\{[^/]+\}", "[^/]+", template), request.url.path):
            methods |= {method.upper() for method in operations}
    if "GET" in methods:
        methods.add("HEAD")  # answered by the HTTP cache middleware
    return methods


async def _stale(_request: Request, _exc: Exception) -> Response:
    # A concurrent change committed between this request's read and its write.
    return problem_response(
        412,
        "The resource was changed by another request; read it again and retry.",
        slug="precondition-failed",
    )


async def _integrity(_request: Request, _exc: Exception) -> Response:
    return problem_response(
        409,
        "The change conflicts with an existing resource (a duplicate key or a reference "
        "that is still in use).",
        slug="conflict",
    )


async def _database_unavailable(request: Request, exc: Exception) -> Response:
    # Connection refused or lost, pool exhausted, statement timeout: the
    # request may succeed later. pool_pre_ping replaces broken connections.
    logger.warning("database unavailable: %s", str(exc).splitlines()[0])
    return await _app_error(
        request,
        DatabaseUnavailable(
            "The database is unavailable or did not answer in time; retry later.",
            retry_after=request.app.state.settings.retry_after_seconds,
        ),
    )


async def _unhandled(_request: Request, _exc: Exception) -> Response:
    return problem_response(500, "The server could not complete the request.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(StaleDataError, _stale)
    app.add_exception_handler(IntegrityError, _integrity)
    for unavailable in (OperationalError, InterfaceError, SQLAlchemyTimeoutError):
        app.add_exception_handler(unavailable, _database_unavailable)
    app.add_exception_handler(Exception, _unhandled)


class ValidationIssue(BaseModel):
    """One bad parameter or body field."""

    loc: list[str] = Field(description="Where: `query`, `path`, `header` or `body`, then the name.")
    msg: str
    type: str


class ProblemDetails(BaseModel):
    """An RFC 9457 problem: every error response has this shape."""

    type: str = Field(
        description="The kind of problem, a relative URI; `about:blank` when the status "
        "says it all."
    )
    title: str = Field(description="The status code's phrase.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What went wrong with this request, for a person to read.")
    errors: list[ValidationIssue] | None = Field(
        default=None, description="For validation errors: each bad parameter."
    )
    request_id: str | None = Field(
        default=None,
        description="The request's id, as in its X-Request-ID header and the service's logs.",
    )
