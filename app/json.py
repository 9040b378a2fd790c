"""JSON encoding with exact decimals.

Pydantic and the standard library would write a `Decimal` as a string or
through a float; here it is written as a JSON number with exactly its digits,
so `671370081636.4` reaches the client digit for digit.
"""

from decimal import Decimal
from typing import Any

import orjson
from pydantic import BaseModel
from starlette.responses import JSONResponse as StarletteJSONResponse


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # format "f" never uses an exponent: 596320500000, not 5.963205E+11.
        return orjson.Fragment(format(value, "f"))
    if isinstance(value, BaseModel):
        return value.model_dump(mode="python")
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, default=_default)


class JSONResponse(StarletteJSONResponse):
    """Starlette's JSONResponse (so OpenAPI documents the response model), rendered by orjson."""

    def render(self, content: Any) -> bytes:
        return dumps(content)
