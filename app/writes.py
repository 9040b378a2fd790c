"""What every write endpoint shares: exact JSON bodies and `If-Match` preconditions.

Updates and deletes require `If-Match` with the resource's current ETag (the
one its GET answers with): 428 without it, 412 when it is stale. The ETag is
computed from the resource's representation exactly as the HTTP cache does,
so the two can never disagree.
"""

import json
from collections.abc import Callable, Coroutine
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Header, Query, Request
from fastapi.routing import APIRoute
from starlette.responses import Response

from app.errors import PreconditionFailed, PreconditionRequired
from app.http.cache import entity_tag, parse_etags
from app.json import JSONResponse, dumps
from app.languages import Language
from app.schemas import PlainText


class _ExactJSONRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                # JSON numbers with a fraction become Decimals, not floats, so a
                # posted 671370081636.4 is stored digit for digit.
                self._json = json.loads(body, parse_float=Decimal)
            except ValueError as error:
                if isinstance(error, json.JSONDecodeError):
                    raise
                # Not UTF-8, or an integer of thousands of digits: refused as
                # malformed JSON (a 422) like any other body that does not parse.
                raise json.JSONDecodeError(str(error), body.decode(errors="replace"), 0) from None
        return self._json


class ExactJSONRoute(APIRoute):
    """A route whose JSON body keeps decimal numbers exact, and whose body that does
    not parse (not JSON, not UTF-8) is a 422 like any other malformed input. Every
    router that takes a body uses it."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def exact_json_handler(request: Request) -> Response:
            return await handler(_ExactJSONRequest(request.scope, request.receive))

        return exact_json_handler


IfMatch = Annotated[
    str | None,
    Header(
        description="The resource's current ETag, from its GET. Required: a stale one gives "
        "412, none gives 428.",
    ),
]


ReasonQuery = Annotated[
    PlainText | None, Query(max_length=1000, description="Why: kept with the revision.")
]


def check_if_match(if_match: str | None, read: Callable[[Language], Any]) -> None:
    """Raise unless `if_match` names the current state of the resource: the tag of
    its read, `read(lang)`, in any language it is served in (decimals as numbers or
    as strings, identity or gzip)."""
    if if_match is None:
        raise PreconditionRequired(
            "This change needs an If-Match header with the resource's current ETag."
        )
    current = {
        entity_tag(dumps(representation, decimals_as_strings=as_strings))
        for representation in map(read, Language)
        for as_strings in (False, True)
    }
    offered = {
        tag.removesuffix('-gzip"') + '"' if tag.endswith('-gzip"') else tag
        for tag in parse_etags(if_match)
    }
    if "*" not in offered and not current & offered:
        raise PreconditionFailed(
            "The resource has changed since that ETag was issued; read it again and retry."
        )


def resource_response(
    representation: Any, *, status_code: int = 200, location: str | None = None
) -> JSONResponse:
    """A written resource, with the ETag its GET now answers with (and Location on 201)."""
    headers = {"ETag": entity_tag(dumps(representation))}
    if location is not None:
        headers["Location"] = location
    return JSONResponse(representation, status_code=status_code, headers=headers)


def no_content() -> Response:
    return Response(status_code=204)
