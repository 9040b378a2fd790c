"""Content negotiation between JSON and CSV, and RFC 4180 CSV rendering."""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from starlette.responses import Response

from app.languages import Language, negotiate

CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present"


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"


LangQuery = Annotated[
    str | None,
    Query(
        alias="lang",
        max_length=35,
        pattern=r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$",
        description="The language to answer in: `en`, `fr`, `nl` or `de` (a tag such as "
        "`nl-BE` counts as its language). It wins over `Accept-Language`; any other "
        "language is answered in English. Texts without a translation stay English, and "
        "each says so in `languages`.",
        examples=["fr"],
    ),
]


async def negotiated_language(request: Request, lang: LangQuery = None) -> Language:
    # Async, though it never waits: FastAPI runs a plain function dependency in
    # a worker thread, a hand-off per request that costs more than the read.
    return negotiate(lang, request.headers.get("accept-language"))


LanguageDep = Annotated[Language, Depends(negotiated_language)]


def language_headers(lang: Language) -> dict[str, str]:
    """An answer in `lang`, which depends on the request's `Accept-Language`."""
    return {"Content-Language": lang.value, "Vary": "Accept-Language"}


# An answer that exists in English only (the narrative), whatever is asked for.
ENGLISH_ONLY = {"Content-Language": Language.EN.value}


class Decimals(StrEnum):
    NUMBER = "number"
    STRING = "string"


DecimalsQuery = Annotated[
    Decimals,
    Query(
        alias="decimals",
        description="How exact decimals are written in JSON: `number` (the default), a JSON "
        "number with every digit (`671370081636.4`); `string`, a JSON string of the same "
        'digits (`"671370081636.4"`), which JavaScript\'s `JSON.parse` keeps exactly even '
        "past 15 significant digits. Text values are strings either way.",
    ),
]

# Not in the OpenAPI document: there, CSV is the `text/csv` media type of the
# 200 answer (asked for with `Accept: text/csv`), so that a generated client,
# which reads JSON, is never handed CSV by one of its own parameters. The
# parameter still works, for a link or a curl line.
FormatQuery = Annotated[
    Format | None,
    Query(
        alias="format",
        include_in_schema=False,
        description="`csv` or `json`; overrides the `Accept` header (`text/csv` asks for CSV).",
    ),
]


def csv_responses(example: str) -> dict[int | str, dict[str, Any]]:
    """The CSV form of a 200, documented as its own media type beside JSON."""
    return {200: {"content": {"text/csv": {"schema": {"type": "string"}, "example": example}}}}


CSV_RESPONSE = csv_responses(
    "id,country,indicator,source,source_label,year,value,qualifier,unit,"
    "price_basis,measure,note,source_url,retrieved_at,source_updated_on,entered_by,"
    "updated_at\r\n"
    "1,BE,population,world-bank,World Bank,2024,11858610,,persons,,,,,,,"
    "seed:belgium.yaml,2026-11-28T08:53:06.374304+00:00\r\n"
)


def wants_csv(request: Request, requested: Format | None) -> bool:
    if requested is not None:
        return requested is Format.CSV
    accept = request.headers.get("accept", "")
    return "text/csv" in accept and "application/json" not in accept


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def csv_response(
    columns: Sequence[str], rows: Iterable[dict[str, Any]], headers: dict[str, str] | None = None
) -> Response:
    """RFC 4180: a header row, CRLF line ends, fields quoted where needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return Response(buffer.getvalue(), media_type=CSV_MEDIA_TYPE, headers=headers)
