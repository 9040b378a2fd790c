"""HTTP conventions: pagination, CSV, caching validators, CORS, metrics, offline docs."""

import csv
import io
import re
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.models import Authority

API = "/api/v1"
IDENTITY = {"Accept-Encoding": "identity"}


class TestPagination:
    @pytest.mark.parametrize("limit", [1, 4, 7, 17, 18, 1000])
    def test_walk_visits_every_row_once(self, client: TestClient, limit: int) -> None:
        seen: list[int] = []
        url: str | None = f"{API}/observations?limit={limit}"
        pages = 0
        while url:
            response = client.get(url)
            body = response.json()
            assert body["meta"] == {"total": 18, "limit": limit}
            assert len(body["data"]) <= limit
            seen += [o["id"] for o in body["data"]]
            url = body["links"]["next"]
            if url:
                assert response.headers["link"] == f'<{url}>; rel="next"'
            else:
                assert "link" not in response.headers
            pages += 1
        assert sorted(seen) == seen
        assert len(seen) == len(set(seen)) == 18
        assert pages == -(-18 // limit)

    def test_walk_keeps_filters(self, client: TestClient) -> None:
        url: str | None = f"{API}/observations?source=statbel&limit=2"
        sources = []
        while url:
            body = client.get(url).json()
            sources += [o["source"] for o in body["data"]]
            url = body["links"]["next"]
        assert sources == ["statbel"] * 5

    def test_tampered_cursor_is_422(self, client: TestClient) -> None:
        next_url = client.get(f"{API}/observations?limit=2").json()["links"]["next"]
        cursor = re.search(r"cursor=([^&]+)", next_url).group(1)  # type: ignore[union-attr]
        token, signature = cursor.split(".")
        forged = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
        for bad in (f"{forged}.{signature}", f"{token}.{'0' * len(signature)}", token):
            response = client.get(f"{API}/observations?limit=2&cursor={bad}")
            assert response.status_code == 422
            assert response.json()["errors"][0]["loc"] == ["query", "cursor"]

    def test_cursor_of_another_query_is_422(self, client: TestClient) -> None:
        next_url = client.get(f"{API}/observations?limit=2").json()["links"]["next"]
        response = client.get(f"{next_url}&source=statbel")
        assert response.status_code == 422
        assert "other filters" in response.json()["errors"][0]["msg"]


class TestCSV:
    def _rows(self, text: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(text, newline="")))

    @pytest.mark.parametrize(
        ("url", "headers"),
        [
            (f"{API}/observations?format=csv", {}),
            (f"{API}/observations", {"Accept": "text/csv"}),
        ],
    )
    def test_observations_csv_matches_json(
        self, client: TestClient, url: str, headers: dict[str, str]
    ) -> None:
        response = client.get(url, headers=headers)
        assert response.headers["content-type"] == "text/csv; charset=utf-8; header=present"
        assert response.text.endswith("\r\n")
        rows = self._rows(response.text)
        data = client.get(f"{API}/observations").json()["data"]
        assert len(rows) == len(data) == 18
        for row, item in zip(rows, data, strict=True):
            assert int(row["id"]) == item["id"]
            assert row["source_label"] == item["source_label"]
            assert row["year"] == ("" if item["year"] is None else str(item["year"]))
            value = item["value"]
            assert row["value"] == (value if isinstance(value, str) else str(Decimal(str(value))))
        gdp = next(r for r in rows if r["indicator"] == "gdp" and r["source"] == "world-bank")
        assert (gdp["value"], gdp["unit"], gdp["price_basis"]) == (
            "671370081636.4",
            "USD",
            "current prices",
        )
        assert next(r for r in rows if r["indicator"] == "territory")["year"] == ""

    def test_country_indicator_lists_in_csv(self, client: TestClient) -> None:
        rows = self._rows(client.get(f"{API}/countries/BE/indicators?format=csv").text)
        assert len(rows) == 18
        assert rows[0]["value"] == "11858610"
        series = self._rows(
            client.get(
                f"{API}/countries/BE/indicators/population", headers={"Accept": "text/csv"}
            ).text
        )
        assert [(r["source_label"], r["year"], r["value"]) for r in series] == [
            ("World Bank", "2024", "11858610"),
            ("STAT BEL", "2024", "11763650"),
        ]

    def test_quoting_of_commas(self, client: TestClient) -> None:
        text = client.get(f"{API}/observations?indicator=emigration&format=csv").text
        assert (
            '"International migrant stock, people from Belgium living abroad at mid-year."' in text
        )

    def test_csv_page_carries_the_link_header(self, client: TestClient) -> None:
        response = client.get(f"{API}/observations?format=csv&limit=5")
        assert len(self._rows(response.text)) == 5
        assert "format=csv" in response.headers["link"]


class TestCaching:
    def test_etag_and_304(self, client: TestClient) -> None:
        first = client.get(f"{API}/countries/BE/profile", headers=IDENTITY)
        etag = first.headers["etag"]
        assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
        assert first.headers["cache-control"] == "public, max-age=300"
        again = client.get(
            f"{API}/countries/BE/profile", headers={**IDENTITY, "If-None-Match": etag}
        )
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["etag"] == etag
        weak = client.get(
            f"{API}/countries/BE/profile", headers={**IDENTITY, "If-None-Match": f'"x", W/{etag}'}
        )
        assert weak.status_code == 304
        other = client.get(
            f"{API}/countries/BE/profile", headers={**IDENTITY, "If-None-Match": '"nope"'}
        )
        assert other.status_code == 200

    def test_etag_changes_when_the_data_does(self, client: TestClient, session: Session) -> None:
        url = f"{API}/countries/BE/authorities?role=agency"
        before = client.get(url, headers=IDENTITY).headers["etag"]
        assert client.get(url, headers=IDENTITY).headers["etag"] == before
        session.execute(update(Authority).where(Authority.acronym == "CGRS").values(acronym="CGRA"))
        session.commit()
        after = client.get(url, headers={**IDENTITY, "If-None-Match": before})
        assert after.status_code == 200
        assert after.headers["etag"] != before
        assert "CGRA" in after.text

    def test_representations_have_their_own_etags(self, client: TestClient) -> None:
        url = f"{API}/observations"
        plain = client.get(url, headers=IDENTITY)
        zipped = client.get(url, headers={"Accept-Encoding": "gzip"})
        as_csv = client.get(url, headers={**IDENTITY, "Accept": "text/csv"})
        assert zipped.headers["content-encoding"] == "gzip"
        assert "content-encoding" not in plain.headers
        etags = {plain.headers["etag"], zipped.headers["etag"], as_csv.headers["etag"]}
        assert len(etags) == 3
        assert zipped.headers["etag"] == plain.headers["etag"][:-1] + '-gzip"'
        assert "Accept-Encoding" in plain.headers["vary"]
        assert "Accept," in plain.headers["vary"]
        # The gzip tag validates only the gzip representation.
        cross = client.get(url, headers={**IDENTITY, "If-None-Match": zipped.headers["etag"]})
        assert cross.status_code == 200

    def test_gzip_body_is_the_same_json(self, client: TestClient) -> None:
        zipped = client.get(f"{API}/countries/BE/profile", headers={"Accept-Encoding": "gzip"})
        identity = client.get(f"{API}/countries/BE/profile", headers=IDENTITY)
        assert zipped.headers["content-encoding"] == "gzip"
        # The client decoded the gzip body; the header gives the size on the wire.
        assert zipped.content == identity.content
        assert int(zipped.headers["content-length"]) < len(identity.content) / 3

    def test_small_bodies_are_not_compressed(self, client: TestClient) -> None:
        response = client.get(f"{API}/sources/nbb", headers={"Accept-Encoding": "gzip"})
        assert "content-encoding" not in response.headers

    def test_head_is_get_without_body(self, client: TestClient) -> None:
        get = client.get(f"{API}/countries/BE", headers=IDENTITY)
        head = client.head(f"{API}/countries/BE", headers=IDENTITY)
        assert head.status_code == 200
        assert head.content == b""
        assert head.headers["etag"] == get.headers["etag"]
        assert head.headers["content-length"] == str(len(get.content))

    def test_health_is_not_cached(self, client: TestClient) -> None:
        assert client.get("/health/live").headers["cache-control"] == "no-store"

    def test_errors_carry_no_etag(self, client: TestClient) -> None:
        assert "etag" not in client.get(f"{API}/countries/XX").headers


class TestCORS:
    def test_reads_are_open(self, client: TestClient) -> None:
        response = client.get(f"{API}/countries", headers={"Origin": "https://example.org"})
        assert response.headers["access-control-allow-origin"] == "*"
        assert "ETag" in response.headers["access-control-expose-headers"]

    def test_preflight_allows_reads_only(self, client: TestClient) -> None:
        allowed = client.options(
            f"{API}/countries",
            headers={"Origin": "https://example.org", "Access-Control-Request-Method": "GET"},
        )
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-methods"] == "GET, HEAD, OPTIONS"
        refused = client.options(
            f"{API}/countries",
            headers={"Origin": "https://example.org", "Access-Control-Request-Method": "DELETE"},
        )
        assert refused.status_code == 400


class TestMetrics:
    def test_prometheus_counts_by_route_and_status(self, client: TestClient) -> None:
        from prometheus_client.parser import text_string_to_metric_families

        def count(status: str, cache: str, method: str = "GET") -> float:
            families = text_string_to_metric_families(client.get("/metrics").text)
            requests = next(f for f in families if f.name == "http_requests")
            return sum(
                sample.value
                for sample in requests.samples
                if sample.name == "http_requests_total"
                and sample.labels
                == {
                    "method": method,
                    "handler": "/api/v1/countries/{country}/profile",
                    "status": status,
                    "cache": cache,
                }
            )

        before = {
            "miss": count("200", "miss"),
            "hit": count("200", "hit"),
            "404": count("404", "miss"),
            "head": count("200", "hit", "HEAD"),
        }
        client.get(f"{API}/countries/BE/profile")
        client.get(f"{API}/countries/BE/profile")  # answered from the cache
        client.head(f"{API}/countries/BE/profile")  # so is this
        client.get(f"{API}/countries/XX/profile")
        # Every request is counted, a hit as one, with the route's template.
        assert count("200", "miss") == before["miss"] + 1
        assert count("200", "hit") == before["hit"] + 1
        assert count("200", "hit", "HEAD") == before["head"] + 1
        assert count("404", "miss") == before["404"] + 1
        text = client.get("/metrics").text
        assert "http_cache_hits" not in text  # one counter for all traffic
        assert (
            'http_request_duration_seconds_count{cache="hit",handler='
            '"/api/v1/countries/{country}/profile",method="GET"}'
        ) in text


class TestDocs:
    @pytest.mark.parametrize("page", ["/docs", "/redoc"])
    def test_docs_reference_no_external_host(self, client: TestClient, page: str) -> None:
        html = client.get(page).text
        references = re.findall(r'(?:src|href)=["\']([^"\']+)["\']', html)
        references += re.findall(r"url: ?['\"]([^'\"]+)['\"]", html)
        assert references
        assert not [r for r in references if re.match(r"(https?:)?//", r)], references
        for reference in references:
            assert client.get(reference).status_code == 200, reference

    def test_openapi_is_3_1_with_documented_operations(self, client: TestClient) -> None:
        schema = client.get("/openapi.json").json()
        assert schema["openapi"].startswith("3.1")
        for path, operations in schema["paths"].items():
            for method, operation in operations.items():
                where = f"{method.upper()} {path}"
                assert operation.get("summary"), where
                assert operation.get("description"), where
                assert operation.get("tags"), where
                for parameter in operation.get("parameters", []):
                    assert parameter.get("description"), (where, parameter["name"])
                success = next(c for c in ("200", "201", "204") if c in operation["responses"])
                if success != "204":
                    content = operation["responses"][success]["content"]
                    json_schema = content["application/json"]["schema"]
                    assert _has_example(schema, json_schema), where
                if "requestBody" in operation:
                    body = operation["requestBody"]["content"]["application/json"]["schema"]
                    assert _has_example(schema, body), where

    def test_operation_ids_are_short_and_stable(self, client: TestClient) -> None:
        schema = client.get("/openapi.json").json()
        ids = {
            f"{method.upper()} {path}": operation["operationId"]
            for path, operations in schema["paths"].items()
            for method, operation in operations.items()
        }
        # What generated clients name their methods: the route function in camelCase.
        assert ids["GET /api/v1/countries/{country}/indicators/{indicator}"] == (
            "getCountryIndicator"
        )
        assert ids["GET /api/v1/countries/{country}/profile"] == "getProfile"
        assert ids["PUT /api/v1/countries/{country}/profile"] == "replaceProfile"
        assert ids["GET /api/v1/sync-runs"] == "listSyncRuns"
        assert ids["GET /health/ready"] == "getReadiness"
        assert len(set(ids.values())) == len(ids)
        assert all(re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)*", i) for i in ids.values()), ids


def _has_example(openapi: dict, schema: dict) -> bool:  # type: ignore[type-arg]
    """The response schema, or the item schema of a collection, carries an example."""
    if "$ref" in schema:
        schema = openapi["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if schema.get("examples") or schema.get("example"):
        return True
    data = schema.get("properties", {}).get("data")
    if data and "items" in data:
        return _has_example(openapi, data["items"])
    return False


def _without_timestamps(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_timestamps(v) for k, v in value.items() if k != "updated_at"}
    if isinstance(value, list):
        return [_without_timestamps(v) for v in value]
    return value


class TestDocumentedExamples:
    """The examples in the OpenAPI schema are the Belgium profile as served."""

    def test_examples_match_the_live_resources(self, client: TestClient) -> None:
        from app.authorities.schemas import AUTHORITY_EXAMPLE
        from app.countries.schemas import CountryRead
        from app.documents.schemas import POLICY_DOCUMENT_EXAMPLE, PUBLICATION_EXAMPLE
        from app.indicators.schemas import INDICATOR_EXAMPLE
        from app.narrative.schemas import NARRATIVE_EXAMPLE
        from app.observations.schemas import OBSERVATION_EXAMPLE
        from app.profiles.schemas import INDICATOR_VALUES_EXAMPLE
        from app.sources.schemas import SourceRead

        def item(url: str, **match: object) -> object:
            data = client.get(url).json()["data"]
            return next(d for d in data if all(d[k] == v for k, v in match.items()))

        pairs = [
            (OBSERVATION_EXAMPLE, client.get(f"{API}/observations/10").json()),
            (INDICATOR_EXAMPLE, client.get(f"{API}/indicators/population").json()),
            (INDICATOR_VALUES_EXAMPLE, item(f"{API}/countries/BE/indicators", slug="population")),
            (AUTHORITY_EXAMPLE, item(f"{API}/countries/BE/authorities", acronym="Fedasil")),
            (POLICY_DOCUMENT_EXAMPLE, item(f"{API}/countries/BE/policy-documents", year=2007)),
            (PUBLICATION_EXAMPLE, item(f"{API}/countries/BE/publications", year=2022)),
            (
                NARRATIVE_EXAMPLE,
                client.get(f"{API}/countries/BE/narrative/refugees-and-asylum").json(),
            ),
            (
                SourceRead.model_json_schema()["examples"][0],
                client.get(f"{API}/sources/statbel").json(),
            ),
            (
                CountryRead.model_json_schema()["examples"][0],
                client.get(f"{API}/countries/BE").json(),
            ),
        ]
        for example, live in pairs:
            assert _without_timestamps(example) == _without_timestamps(live)
