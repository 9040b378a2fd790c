"""Query parameters shared by the endpoints that serve values."""

from typing import Annotated

from fastapi import Query

from app.errors import InvalidParameter
from app.schemas import Slug

YearFrom = Annotated[
    int | None,
    Query(alias="from", ge=1000, le=9999, description="First year, inclusive.", examples=[2020]),
]
YearTo = Annotated[
    int | None,
    Query(alias="to", ge=1000, le=9999, description="Last year, inclusive.", examples=[2024]),
]
SourceSlugs = Annotated[
    list[Slug],
    Query(
        alias="source",
        description="Only these sources (slugs); repeat the parameter for several.",
        examples=[["world-bank"]],
    ),
]


def check_year_range(year_from: int | None, year_to: int | None) -> None:
    """`from` after `to` is a mistake to report, not an empty result."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise InvalidParameter("query", "from", f"`from` ({year_from}) is after `to` ({year_to})")
