"""Content negotiation between JSON and CSV, and RFC 4180 CSV rendering."""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Query, Request
from starlette.responses import Response

CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present"


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"


FormatQuery = Annotated[
    Format | None,
    Query(
        alias="format",
        description="`csv` or `json`; overrides the `Accept` header (`text/csv` asks for CSV).",
    ),
]

CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            "text/csv": {
                "schema": {"type": "string"},
                "example": "id,country,indicator,source,source_label,year,value,qualifier,unit,"
                "price_basis,measure,note,source_url,retrieved_at,source_updated_on,entered_by,"
                "updated_at\r\n"
                "1,BE,population,world-bank,World Bank,2024,11858610,,persons,,,,,,,"
                "seed:belgium.yaml,2026-11-28T08:53:06.374304+00:00\r\n",
            }
        }
    }
}


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
