"""The UNHCR population API v1.

- `/years/`: the years it has figures for; a new newest year is new data.
- `/population/?coa_all=true&cf_type=ISO&yearFrom=..&yearTo=..`: every
  country of asylum at once, in pages. The envelope has `page`, `maxPages`
  and `items`; each item is a year of one country of asylum (`coa_iso`), and
  its cells mix integers, the string `"0"` and the string `"-"` (not
  applicable), each parsed explicitly: `"-"` is no value, never zero.
"""

import re
from decimal import Decimal
from typing import Any

import httpx

from app.sync.client import RetryPolicy, UpstreamError, get_json
from app.sync.fetched import Fetched


def _cell(value: Any, field: str) -> Decimal | None:
    if value == "-" or value is None:
        return None
    if isinstance(value, bool):
        raise UpstreamError(f"{field}: not a count: {value!r}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str) and re.fullmatch(r"\d+", value):
        return Decimal(value)
    raise UpstreamError(f"{field}: not a count: {value!r}"[:200])


def _items(data: Any) -> tuple[list[Any], int]:
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise UpstreamError("not a UNHCR answer: expected an object with items")
    try:
        return data["items"], int(data["maxPages"])
    except (KeyError, TypeError, ValueError):
        raise UpstreamError("not a UNHCR answer: no usable maxPages") from None


def newest_year(client: httpx.Client, policy: RetryPolicy, *, base_url: str) -> int:
    """The newest year UNHCR has figures for."""
    items, _ = _items(get_json(client, f"{base_url.rstrip('/')}/years/", {"limit": 500}, policy))
    years = [str(item.get("year")) for item in items if isinstance(item, dict)]
    numbers = [int(y) for y in years if re.fullmatch(r"\d{4}", y)]
    if not numbers:
        raise UpstreamError("a years answer without years")
    return max(numbers)


def value_url(base_url: str, alpha3: str, year: int) -> str:
    """The URL whose answer is this country's row for this year: its provenance."""
    return (
        f"{base_url.rstrip('/')}/population/?coa={alpha3}&cf_type=ISO&yearFrom={year}&yearTo={year}"
    )


def fetch_population(
    client: httpx.Client,
    policy: RetryPolicy,
    *,
    base_url: str,
    fields: list[str],
    year_from: int,
    year_to: int,
    per_page: int,
) -> dict[str, Fetched]:
    """Every page of every country of asylum's figures, one series per field."""
    url = f"{base_url.rstrip('/')}/population/"
    fetched = {name: Fetched() for name in fields}
    page = 1
    while True:
        params = {
            "coa_all": "true",
            "cf_type": "ISO",
            "yearFrom": year_from,
            "yearTo": year_to,
            "limit": per_page,
            "page": page,
        }
        items, pages = _items(get_json(client, url, params, policy))
        for item in items:
            if not isinstance(item, dict) or not re.fullmatch(r"\d{4}", str(item.get("year"))):
                raise UpstreamError(f"an item without a year: {item!r}"[:200])
            alpha3 = str(item.get("coa_iso") or item.get("coa") or "")
            year = int(item["year"])
            for name in fields:
                if name not in item:
                    raise UpstreamError(f"an item without {name!r}")
                fetched[name].add(
                    alpha3, year, _cell(item[name], name), value_url(base_url, alpha3, year)
                )
        if page >= pages:
            return fetched
        page += 1
