"""A fake World Bank and UNHCR API serving the answers in tests/data/upstream.

It pages and filters those answers as the real APIs do, and can add a
generated world: every mapped series for N ISO countries and the World
Bank's aggregates, for a range of years, deterministic. Used as an httpx
MockTransport handler, and served over HTTP on 127.0.0.1 for end-to-end
tests. Tests script failures (a queue of answers per series), change values
and move the upstream's last-updated mark on it; it counts its requests.
"""

import asyncio
import copy
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pycountry
import uvicorn

from app.sync import mappings
from tests.server import free_port

DATA = Path(__file__).resolve().parent / "data" / "upstream"
AGGREGATES = (("EUU", "EU", "European Union"), ("WLD", "1W", "World"), ("HIC", "XD", "High income"))


def _load(path: Path) -> Any:
    return json.loads(path.read_text(), parse_float=Decimal)


def _dump(data: Any) -> bytes:
    return json.dumps(data, default=lambda d: float(d) if d % 1 else int(d)).encode()


class FakeUpstream:
    def __init__(self, *, countries: int = 0, years: range = range(2016, 2026)) -> None:
        self.wb_updated = "2025-07-01"
        self.unhcr_years = [2022, 2023, 2024, 2025]
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.wb_names: dict[str, str] = {}
        for series in mappings.WORLD_BANK:
            _header, rows = _load(DATA / "worldbank" / f"{series.upstream}.json")
            self.rows[series.upstream] = rows
            self.wb_names[series.upstream] = rows[0]["indicator"]["value"]
        self.population: list[dict[str, Any]] = _load(DATA / "unhcr" / "population.json")["items"]
        if countries:
            self._generate(countries, years)
        # series ("SP.POP.TOTL", "population", "source", "years") -> answers to give first
        self.scripted: dict[str, list[tuple[int, bytes, dict[str, str]]]] = {}
        self.requests: list[httpx.URL] = []
        self.delay = 0.0  # seconds each answer over HTTP takes

    def _generate(self, countries: int, years: range) -> None:
        recorded = {r["countryiso3code"] for rows in self.rows.values() for r in rows}
        recorded |= {item["coa_iso"] for item in self.population}
        chosen = [c for c in pycountry.countries if c.alpha_3 not in recorded][:countries]
        for n, series in enumerate(mappings.WORLD_BANK):
            name = self.wb_names[series.upstream]
            for i, country in enumerate(chosen):
                for year in years:
                    value = self.value(series.upstream, i, year, n)
                    self.rows[series.upstream].append(
                        _wb_row(
                            series.upstream,
                            name,
                            country.alpha_3,
                            country.alpha_2,
                            country.name,
                            year,
                            value,
                        )
                    )
            recorded_years = {(r["countryiso3code"], r["date"]) for r in self.rows[series.upstream]}
            for alpha3, code, label in AGGREGATES:
                for year in years:
                    if (alpha3, str(year)) in recorded_years:
                        continue
                    self.rows[series.upstream].append(
                        _wb_row(series.upstream, name, alpha3, code, label, year, 1000 + year)
                    )
        template = self.population[0]
        for i, country in enumerate(chosen):
            for year in years:
                item = dict(template)
                item.update(
                    year=year,
                    coa_name=country.name,
                    coa=country.alpha_3,
                    coa_iso=country.alpha_3,
                    refugees=i * 100 + year % 100,
                    asylum_seekers=str(i * 10 + year % 10),
                    idps="-" if i % 3 else i,
                )
                self.population.append(item)

    @staticmethod
    def value(code: str, country_index: int, year: int, series_index: int) -> Any:
        """The generated value of a series for a country and year."""
        if country_index % 7 == 3 and year % 5 == 0:
            return None  # some years have no value, as upstream
        base = (country_index + 1) * 1000 + year * (series_index + 1)
        return Decimal(base) / 10 if code.endswith("ZS") else base

    def script(self, series: str, *answers: tuple[int, bytes, dict[str, str]]) -> None:
        self.scripted.setdefault(series, []).extend(answers)

    def set_value(self, code: str, alpha3: str, year: int, value: Any) -> None:
        """Change a value upstream (and, as the World Bank does then, its mark)."""
        for row in self.rows[code]:
            if row["countryiso3code"] == alpha3 and row["date"] == str(year):
                row["value"] = value
                return
        raise KeyError((code, alpha3, year))

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        path = request.url.path
        params = request.url.params
        if "/indicator/" in path:
            series = path.rsplit("/", 1)[1]
        elif path.endswith("/source/2"):
            series = "source"
        elif path.endswith("/population/"):
            series = "population"
        elif path.endswith("/years/"):
            series = "years"
        else:
            return httpx.Response(404, json={"error": "unknown path"})
        if self.scripted.get(series):
            status, body, headers = self.scripted[series].pop(0)
            return httpx.Response(status, content=body, headers=headers)
        if series == "source":
            data = _load(DATA / "worldbank" / "source-2.json")
            data[1][0]["lastupdated"] = self.wb_updated
            return _json(data)
        if series == "years":
            return _json(
                {
                    "page": 1,
                    "maxPages": 1,
                    "total": len(self.unhcr_years),
                    "items": [{"year": y} for y in self.unhcr_years],
                }
            )
        if series == "population":
            return self._population(params)
        return self._indicator(series, params)

    def _indicator(self, code: str, params: httpx.QueryParams) -> httpx.Response:
        if code not in self.rows:
            return _json(_load(DATA / "worldbank" / "error-message.json"))
        first, _, last = params.get("date", "1900:2100").partition(":")
        rows = [r for r in self.rows[code] if int(first) <= int(r["date"]) <= int(last or first)]
        per_page = int(params.get("per_page", 50))
        page = int(params.get("page", 1))
        pages = max(1, -(-len(rows) // per_page))
        header = {
            "page": page,
            "pages": pages,
            "per_page": per_page,
            "total": len(rows),
            "sourceid": "2",
            "sourcename": "World Development Indicators",
            "lastupdated": self.wb_updated,
        }
        return _json([header, copy.deepcopy(rows[(page - 1) * per_page : page * per_page])])

    def _population(self, params: httpx.QueryParams) -> httpx.Response:
        first = int(params.get("yearFrom", 1900))
        last = int(params.get("yearTo", 2100))
        items = [i for i in self.population if first <= i["year"] <= last]
        limit = int(params.get("limit", 100))
        page = int(params.get("page", 1))
        pages = max(1, -(-len(items) // limit))
        return _json(
            {
                "page": page,
                "maxPages": pages,
                "total": len(items),
                "items": items[(page - 1) * limit : page * limit],
            }
        )

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    async def asgi(self, scope: dict, receive, send) -> None:  # type: ignore[no-untyped-def, type-arg]
        """The same answers over real HTTP."""
        if scope["type"] != "http":
            return
        if self.delay:
            await asyncio.sleep(self.delay)
        query = scope["query_string"].decode()
        url = httpx.URL(f"http://fake{scope['path']}" + (f"?{query}" if query else ""))
        response = self.handle(httpx.Request(scope["method"], url))
        headers = [(k.encode(), v.encode()) for k, v in response.headers.items()]
        await send(
            {"type": "http.response.start", "status": response.status_code, "headers": headers}
        )
        await send({"type": "http.response.body", "body": response.content})


def _wb_row(
    code: str, name: str, alpha3: str, wb_id: str, country: str, year: int, value: Any
) -> dict[str, Any]:
    return {
        "indicator": {"id": code, "value": name},
        "country": {"id": wb_id, "value": country},
        "countryiso3code": alpha3,
        "date": str(year),
        "value": value,
        "unit": "",
        "obs_status": "",
        "decimal": 0,
    }


def _json(data: Any) -> httpx.Response:
    return httpx.Response(200, content=_dump(data), headers={"content-type": "application/json"})


@contextmanager
def serve(upstream: FakeUpstream) -> Iterator[str]:
    """Serve the fake upstream on 127.0.0.1 for the duration; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            upstream.asgi,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            lifespan="off",
            interface="asgi3",
        )
    )
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
