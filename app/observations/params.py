"""Query parameters shared by the endpoints that serve values."""

from datetime import UTC, date, datetime, time
from typing import Annotated

from fastapi import Query

from app.errors import InvalidParameter
from app.schemas import Slug, to_utc

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


AsOf = Annotated[
    str | None,
    Query(
        description="Answer as the API would have at this moment: an ISO 8601 timestamp "
        "(UTC unless it has an offset) or a date (meaning the end of that day, UTC). "
        "Before any data existed the answer is empty.",
        max_length=40,
        examples=["2026-01-01"],
    ),
]


def parse_as_of(value: str | None) -> datetime | None:
    """The moment an `as_of` parameter names, as an aware UTC datetime."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time.max, tzinfo=UTC)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidParameter(
            "query", "as_of", "not an ISO 8601 date (2026-01-31) or timestamp"
        ) from None
    try:
        return to_utc(moment)
    except ValueError as error:
        raise InvalidParameter("query", "as_of", str(error)) from None


def check_year_range(year_from: int | None, year_to: int | None) -> None:
    """`from` after `to` is a mistake to report, not an empty result."""
    if year_from is not None and year_to is not None and year_from > year_to:
        raise InvalidParameter("query", "from", f"`from` ({year_from}) is after `to` ({year_to})")
