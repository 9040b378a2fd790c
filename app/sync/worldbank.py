"""The World Bank Indicators API v2.

- `/source/2?format=json`: the World Development Indicators, with the date
  they were last updated (`lastupdated`), asked first: while it has not
  changed, no series of theirs has.
- `/country/all/indicator/{code}?format=json&date=2015:2025`: one indicator
  for every country and aggregate, in pages. An answer is a two-element
  array, a paging header (`page`, `pages`, `per_page`, `total`,
  `lastupdated`) and the rows (`countryiso3code`, `date` a year as a string,
  `value` a number or null).

An error comes back as HTTP 200 with a `message` array instead.
"""

from datetime import date
from decimal import Decimal
from typing import Any

import httpx

from app.sync.client import RetryPolicy, UpstreamError, get_json
from app.sync.fetched import Fetched

# The World Development Indicators, where every mapped series comes from.
WDI = "2"


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


def _date(value: Any) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise UpstreamError(f"lastupdated is not a date: {value!r}") from None


def _value(row: Any, code: str) -> tuple[str, int, Decimal | None]:
    """A row's country, year and value; `code` is the indicator's, upper case.
    (Tens of thousands of rows a sync: each check is done once.)"""
    year = row.get("date") if isinstance(row, dict) else None
    if not (isinstance(year, str) and len(year) == 4 and year.isascii() and year.isdigit()):
        raise UpstreamError(f"a row without a year: {row!r}"[:200])
    indicator = row.get("indicator")
    if not isinstance(indicator, dict) or str(indicator.get("id", "")).upper() != code:
        raise UpstreamError(f"a row of another indicator than {code}: {indicator!r}"[:200])
    value = row.get("value")
    if value is None or type(value) is Decimal:  # numbers with a fraction (`get_json`)
        number = value
    elif type(value) is int:
        number = Decimal(value)
    else:
        raise UpstreamError(f"a value that is not a number: {value!r}"[:200])
    alpha3 = row.get("countryiso3code")
    return alpha3 if isinstance(alpha3, str) else "", int(year), number


def last_updated(client: httpx.Client, policy: RetryPolicy, *, base_url: str) -> date:
    """When the World Development Indicators were last updated."""
    _, rows = _page(
        get_json(client, f"{base_url.rstrip('/')}/source/{WDI}", {"format": "json"}, policy)
    )
    if not rows or not isinstance(rows[0], dict) or "lastupdated" not in rows[0]:
        raise UpstreamError("a source answer without lastupdated")
    return _date(rows[0]["lastupdated"])


def value_url(base_url: str, alpha3: str, code: str, year: int) -> str:
    """The URL whose answer is this one value: its provenance, the same whatever
    the pages or years a sync asked for."""
    return f"{base_url.rstrip('/')}/country/{alpha3}/indicator/{code}?format=json&date={year}"


def fetch_indicator(
    client: httpx.Client,
    policy: RetryPolicy,
    *,
    base_url: str,
    code: str,
    year_from: int,
    year_to: int,
    per_page: int,
) -> Fetched:
    """Every page of one indicator for every country (aggregates included: rows
    are keyed by `countryiso3code`, and the caller keeps the countries)."""
    url = f"{base_url.rstrip('/')}/country/all/indicator/{code}"
    wanted = code.upper()
    fetched = Fetched()
    page = 1
    while True:
        params = {
            "format": "json",
            "date": f"{year_from}:{year_to}",
            "per_page": per_page,
            "page": page,
        }
        header, rows = _page(get_json(client, url, params, policy))
        for row in rows:
            alpha3, year, value = _value(row, wanted)
            if alpha3:  # some aggregates have no code at all
                fetched.add(alpha3, year, value, value_url(base_url, alpha3, code, year))
        if page >= _int(header, "pages"):
            return fetched
        page += 1
