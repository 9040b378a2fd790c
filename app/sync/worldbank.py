"""The World Bank Indicators API v2: `/country/{iso}/indicator/{code}?format=json`.

An answer is a two-element array, a paging header (`page`, `pages`,
`per_page`, `total`, `lastupdated`) and the rows (`date` a year as a string,
`value` a number or null); an error comes back as HTTP 200 with a `message`
array instead.
"""

import re
from datetime import date
from decimal import Decimal
from typing import Any

import httpx

from app.sync.client import RetryPolicy, UpstreamError, get_json
from app.sync.fetched import Fetched


def _int(header: dict[str, Any], name: str) -> int:
    try:
        return int(header[name])
    except (KeyError, TypeError, ValueError):
        raise UpstreamError(f"paging header without a usable {name!r}") from None


def _page(data: Any) -> tuple[dict[str, Any], list[Any]]:
    if isinstance(data, list) and data and isinstance(data[0], dict) and "message" in data[0]:
        messages = data[0]["message"] or [{}]
        text = "; ".join(
            f"{m.get('id', '?')} {m.get('key', '')}: {m.get('value', '')}".strip()
            for m in messages
            if isinstance(m, dict)
        )
        raise UpstreamError(f"World Bank error: {text}")
    if not (isinstance(data, list) and len(data) == 2 and isinstance(data[0], dict)):
        raise UpstreamError("not a World Bank answer: expected [header, rows]")
    rows = data[1] if data[1] is not None else []
    if not isinstance(rows, list):
        raise UpstreamError("not a World Bank answer: rows are not a list")
    return data[0], rows


def _value(row: Any) -> tuple[int, Decimal | None]:
    if not isinstance(row, dict) or not re.fullmatch(r"\d{4}", str(row.get("date", ""))):
        raise UpstreamError(f"a row without a year: {row!r}"[:200])
    value = row.get("value")
    if value is None:
        return int(row["date"]), None
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise UpstreamError(f"a value that is not a number: {value!r}"[:200])
    return int(row["date"]), Decimal(value)


def fetch_series(
    client: httpx.Client,
    policy: RetryPolicy,
    *,
    base_url: str,
    country: str,
    code: str,
    year_from: int,
    year_to: int,
    per_page: int,
) -> Fetched:
    """Every page of one indicator for one country; nulls are no value."""
    url = f"{base_url.rstrip('/')}/country/{country}/indicator/{code}"
    fetched = Fetched()
    page = 1
    while True:
        params = {
            "format": "json",
            "date": f"{year_from}:{year_to}",
            "per_page": per_page,
            "page": page,
        }
        data, request_url = get_json(client, url, params, policy)
        header, rows = _page(data)
        pages = _int(header, "pages")
        if header.get("lastupdated"):
            try:
                fetched.updated_on = date.fromisoformat(str(header["lastupdated"]))
            except ValueError:
                raise UpstreamError(
                    f"lastupdated is not a date: {header['lastupdated']!r}"
                ) from None
        for row in rows:
            year, value = _value(row)
            fetched.add(year, value, request_url)
        if page >= pages:
            return fetched
        page += 1
