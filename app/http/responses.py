"""The responses and headers the OpenAPI document lists: each error status
with the problem+json schema and an example, and the headers reads and writes
answer with. Routes name the ones they give."""

from http import HTTPStatus
from typing import Any

from app.http.problems import PROBLEM_JSON


def header(description: str, example: str, *, integer: bool = False) -> dict[str, Any]:
    return {
        "description": description,
        "schema": {"type": "integer"} if integer else {"type": "string"},
        "example": int(example) if integer else example,
    }


RETRY_AFTER = header("Seconds to wait before retrying.", "5", integer=True)
ETAG = header(
    "The representation's strong entity tag: send it back in `If-None-Match` (reads) "
    "or `If-Match` (updates and deletes).",
    '"6f1ed002ab5595859014ebf0951522d9"',
)
LOCATION = header("The new resource's address.", "/api/v1/observations/10")
LINK = header(
    'The next page, as RFC 8288 `Link: <...>; rel="next"`; absent on the last page.',
    '</api/v1/observations?cursor=eyJrIjpbMTBdfQ.c2lnbg>; rel="next"',
)

WWW_AUTHENTICATE = header("The scheme to authenticate with.", 'Bearer realm="migration-profiles"')


def _problem(
    status: int,
    description: str,
    detail: str,
    *,
    slug: str | None,
    headers: dict[str, Any] | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A documented error response: the problem schema, and an example of this status."""
    example: dict[str, Any] = {
        "type": f"/problems/{slug}" if slug else "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        example["errors"] = errors
    response: dict[str, Any] = {
        "description": description,
        "content": {
            PROBLEM_JSON: {
                "schema": {"$ref": "#/components/schemas/ProblemDetails"},
                "example": example,
            }
        },
    }
    if headers:
        response["headers"] = headers
    return response


NOT_FOUND = _problem(
    404,
    "Unknown country, indicator, source, section or resource.",
    "No country with code 'XX'.",
    slug="not-found",
)
INVALID = _problem(
    422,
    "A malformed parameter or body; `errors` lists each one.",
    "Invalid request parameters: query.from.",
    slug="validation-error",
    errors=[
        {"loc": ["query", "from"], "msg": "Input should be a valid integer", "type": "int_parsing"}
    ],
)
UNAVAILABLE = _problem(
    503,
    "The database is unavailable or slow; `Retry-After` says when to retry.",
    "The database is unavailable or did not answer in time; retry later.",
    slug="database-unavailable",
    headers={"Retry-After": RETRY_AFTER},
)
TIMEOUT = _problem(
    504,
    "The request took longer than the service's time budget.",
    "The request took longer than 10 seconds and was stopped.",
    slug="request-timeout",
)
GONE = _problem(
    410,
    "The value was deleted; its history stays at `.../revisions`.",
    "Observation 10 was deleted; its history is at /api/v1/observations/10/revisions.",
    slug="gone",
)

PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: NOT_FOUND,
    422: INVALID,
    503: UNAVAILABLE,
    504: TIMEOUT,
}

CREATE_RESPONSES: dict[int | str, dict[str, Any]] = {
    201: {"description": "Created.", "headers": {"Location": LOCATION, "ETag": ETAG}},
    401: _problem(
        401,
        "No API key, a malformed Authorization header, or an unknown or revoked key.",
        "This operation needs an API key: `Authorization: Bearer <key>`.",
        slug="unauthorized",
        headers={
            "WWW-Authenticate": header("The scheme to use.", 'Bearer realm="migration-profiles"')
        },
    ),
    403: _problem(
        403,
        "The API key lacks the scope this operation needs.",
        "The API key 'curator' lacks the 'admin' scope.",
        slug="forbidden",
    ),
    404: NOT_FOUND,
    409: _problem(
        409,
        "The change conflicts with an existing resource.",
        "The change conflicts with an existing resource (a duplicate key or a reference "
        "that is still in use).",
        slug="conflict",
    ),
    413: _problem(
        413,
        "The request body is larger than the service accepts.",
        "The request body is larger than 1048576 bytes.",
        slug="content-too-large",
    ),
    422: INVALID,
    429: _problem(
        429,
        "Too many writes with this key, or failed authentications from this address.",
        "Too many writes with this API key (limit 120 per 1 minute).",
        slug="too-many-requests",
        headers={"Retry-After": RETRY_AFTER},
    ),
    503: UNAVAILABLE,
    504: TIMEOUT,
}

STALE = _problem(
    412,
    "If-Match names an ETag that is no longer current.",
    "The resource has changed since that ETag was issued; read it again and retry.",
    slug="precondition-failed",
)

DELETE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **{status: r for status, r in CREATE_RESPONSES.items() if status != 201},
    412: STALE,
    428: _problem(
        428,
        "If-Match is required for updates and deletes.",
        "This change needs an If-Match header with the resource's current ETag.",
        slug="precondition-required",
    ),
}
UPDATE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **DELETE_RESPONSES,
    200: {"description": "Changed.", "headers": {"ETag": ETAG}},
}
