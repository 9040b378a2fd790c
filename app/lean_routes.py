"""A lean lane for the reads clients make most.

FastAPI resolves a route's parameters and dependencies afresh on every
request, and matches the request against each included router route by
route: for a read answered in a hundred microseconds, that machinery costs
more than the read. A `LeanRoute` stands first in the application's route
table in front of one such route (an `APIRoute` whose only dependencies are
the request and the `Reader`) and answers its GETs in one step:

- the path is matched with the route's own pattern;
- the path and query parameters are validated by one pydantic model built
  from the route's own parameter declarations (names, aliases, constraints);
- the route's own endpoint is called with them.

A request the model refuses goes to the route itself, so FastAPI answers it
(the 422 problem of every route); so does any method but GET. The OpenAPI
document, the rules and the code of the read stay the route's. Exceptions
reach the application's handlers as from any route, and the metrics label
the request with the route's path.
"""

import typing
from copy import copy
from typing import Any
from urllib.parse import parse_qsl

from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError, create_model
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined
from starlette._utils import get_route_path
from starlette.requests import Request
from starlette.routing import BaseRoute, Match
from starlette.types import Receive, Scope, Send

from app.db import get_reader


class LeanRoute(BaseRoute):
    def __init__(self, route: APIRoute) -> None:
        dependant = route.dependant
        others = dependant.header_params or dependant.cookie_params or dependant.body_params
        reader = dependant.dependencies[0] if len(dependant.dependencies) == 1 else None
        if others or reader is None or reader.call is not get_reader or reader.name is None:
            raise ValueError(
                f"{route.path}: a lean route takes only path and query parameters, "
                "the request and the reader"
            )
        fields = [*dependant.path_params, *dependant.query_params]
        self.route = route
        self.endpoint = route.endpoint
        self.request_name = dependant.request_param_name
        self.reader_name = reader.name
        self.params: type[BaseModel] = create_model(
            f"{route.name}_params",
            **{f.name: (f.field_info.annotation, _fresh_default(f.field_info)) for f in fields},  # type: ignore[call-overload]
        )
        # Only declared query parameters count; a repeatable one arrives as a
        # list, any other takes its last value (as FastAPI reads them).
        self.query_names = {f.alias for f in dependant.query_params}
        self.repeatable = {
            f.alias
            for f in dependant.query_params
            if typing.get_origin(f.field_info.annotation) is list
        }

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] == "http" and scope["method"] == "GET":
            # The path below the application's root, as Starlette's routes see it.
            matched = self.route.path_regex.match(get_route_path(scope))
            if matched is not None:
                return Match.FULL, {"path_params": matched.groupdict(), "route": self.route}
        return Match.NONE, {}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        values: dict[str, Any] = dict(scope["path_params"])
        query = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        for name, value in query:
            if name not in self.query_names:
                continue
            if name in self.repeatable:
                values.setdefault(name, []).append(value)
            else:
                values[name] = value
        try:
            params = self.params.model_validate(values)
        except ValidationError:
            await self.route.handle(scope, receive, send)
            return
        request = Request(scope, receive)
        arguments = {**vars(params)}
        if self.request_name is not None:
            arguments[self.request_name] = request
        arguments[self.reader_name] = await get_reader(request)
        response = await self.endpoint(**arguments)
        await response(scope, receive, send)


def _fresh_default(field: FieldInfo) -> FieldInfo:
    """The parameter as declared; a list default (`= []`) is made afresh for each
    request by `list`, not deep-copied from the declaration."""
    if field.default == []:
        field = copy(field)
        field.default = PydanticUndefined
        field.default_factory = list
    return field
