"""The UNHCR population API v1: `/population/?coa=BEL&cf_type=ISO&yearFrom=..&yearTo=..`.

The envelope has `page`, `maxPages` and `items`; each item is a year for the
country of asylum, and its cells mix integers, the string `"0"` and the string
`"-"` (not applicable), each parsed explicitly: `"-"` is no value, never zero.
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


def fetch_population(
    client: httpx.Client,
    policy: RetryPolicy,
    *,
    base_url: str,
    country: str,
    fields: list[str],
    year_from: int,
    year_to: int,
    per_page: int,
) -> dict[str, Fetched]:
    """Every page of the country's population figures, one series per field."""
    url = f"{base_url.rstrip('/')}/population/"
    fetched = {name: Fetched() for name in fields}
    page = 1
    while True:
        params = {
            "coa": country,
            "cf_type": "ISO",
            "yearFrom": year_from,
            "yearTo": year_to,
            "limit": per_page,
            "page": page,
        }
        data, request_url = get_json(client, url, params, policy)
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise UpstreamError("not a UNHCR answer: expected an object with items")
        try:
            pages = int(data["maxPages"])
        except (KeyError, TypeError, ValueError):
            raise UpstreamError("not a UNHCR answer: no usable maxPages") from None
        for item in data["items"]:
            if not isinstance(item, dict) or not re.fullmatch(r"\d{4}", str(item.get("year"))):
                raise UpstreamError(f"an item without a year: {item!r}"[:200])
            for name in fields:
                if name not in item:
                    raise UpstreamError(f"an item without {name!r}")
                fetched[name].add(int(item["year"]), _cell(item[name], name), request_url)
        if page >= pages:
            return fetched
        page += 1
