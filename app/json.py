"""JSON encoding with exact decimals.

Pydantic and the standard library would write a `Decimal` as a string or
through a float; here it is written as a JSON number with exactly its digits,
so `671370081636.4` reaches the client digit for digit. On request it is
written as a JSON string of those digits instead (`decimals=string`): a
number of more than 15 significant digits is not read exactly by JavaScript's
`JSON.parse`, a string is.
"""

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import orjson
from pydantic import BaseModel
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse as StarletteJSONResponse


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # format "f" never uses an exponent: 596320500000, not 5.963205E+11.
        return orjson.Fragment(format(value, "f"))
    if isinstance(value, BaseModel):
        return value.model_dump(mode="python")
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def _default_as_string(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    return _default(value)


def dumps(value: Any, *, decimals_as_strings: bool = False) -> bytes:
    return orjson.dumps(value, default=_default_as_string if decimals_as_strings else _default)


class JSONResponse(StarletteJSONResponse):
    """Starlette's JSONResponse (so OpenAPI documents the response model), rendered by
    orjson; with `decimals_as_strings`, each decimal is a JSON string of its digits."""

    def __init__(
        self,
        content: Any,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
        background: BackgroundTask | None = None,
        *,
        decimals_as_strings: bool = False,
    ) -> None:
        self.decimals_as_strings = decimals_as_strings
        super().__init__(content, status_code, headers, media_type, background)

    def render(self, content: Any) -> bytes:
        return dumps(content, decimals_as_strings=self.decimals_as_strings)
