"""Inputs past what a column holds get a 422 problem+json on both databases, never a 500.

One class per kind of input that once reached the database and failed there.
"""

import base64
import json
from decimal import Decimal
from typing import Any

import orjson
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.cursors import CursorCodec, load_cursor_secret
from app.json import dumps
from app.profiles.document import read_document
from seeds import BELGIUM
from tests.conftest import bearer

API = "/api/v1"
BEYOND_INT32 = 2**31


def _assert_422(response: Any, *loc: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "/problems/validation-error"
    assert body["status"] == 422
    if loc:
        assert list(loc) in [error["loc"] for error in body["errors"]], body["errors"]


# (method, path, a valid body): each create and update of a list item.
POSITIONED = [
    ("POST", f"{API}/countries/BE/authorities", {"role": "agency", "name": "X"}),
    ("PATCH", f"{API}/countries/BE/authorities/1", {}),
    ("POST", f"{API}/countries/BE/policy-documents", {"title": "X", "kind": "act"}),
    ("PATCH", f"{API}/countries/BE/policy-documents/1", {}),
    ("POST", f"{API}/countries/BE/publications", {"title": "X"}),
    ("PATCH", f"{API}/countries/BE/publications/1", {}),
    ("POST", f"{API}/countries/BE/narrative", {"slug": "x", "title": "X", "body": "X"}),
    ("PATCH", f"{API}/countries/BE/narrative/overview", {}),
    (
        "POST",
        f"{API}/indicators",
        {"slug": "x", "name": "X", "label": "X", "group": "X", "value_type": "number"},
    ),
    ("PATCH", f"{API}/indicators/population", {}),
]


class TestIntegersBeyondTheColumn:
    @pytest.mark.parametrize(("method", "path", "body"), POSITIONED)
    def test_position_past_int32_is_422(
        self,
        client: TestClient,
        api_keys: dict[str, str],
        method: str,
        path: str,
        body: dict[str, Any],
    ) -> None:
        response = client.request(
            method,
            path,
            json={**body, "position": BEYOND_INT32},
            headers=bearer(api_keys["admin"]),
        )
        _assert_422(response, "body", "position")

    @pytest.mark.parametrize(("method", "path", "body"), POSITIONED[:1])
    def test_the_largest_position_is_accepted(
        self,
        client: TestClient,
        api_keys: dict[str, str],
        method: str,
        path: str,
        body: dict[str, Any],
    ) -> None:
        response = client.request(
            method,
            path,
            json={**body, "position": BEYOND_INT32 - 1},
            headers=bearer(api_keys["admin"]),
        )
        assert response.status_code == 201, response.text
        assert response.json()["position"] == BEYOND_INT32 - 1

    @pytest.mark.parametrize("year", [999, 10000, BEYOND_INT32, -(2**63)])
    def test_year_out_of_range_is_422(
        self, client: TestClient, api_keys: dict[str, str], year: int
    ) -> None:
        response = client.post(
            f"{API}/countries/BE/publications",
            json={"title": "X", "year": year},
            headers=bearer(api_keys["write"]),
        )
        _assert_422(response, "body", "year")


# (method, path, body, the text field given a NUL): every text field of every body.
NUL = "a\x00b"
TEXT_FIELDS = (
    [
        ("POST", f"{API}/countries/BE/authorities", {"role": "agency", "name": "X"}, field)
        for field in ("name", "acronym", "remit")
    ]
    + [
        ("POST", f"{API}/countries/BE/policy-documents", {"title": "X", "kind": "act"}, field)
        for field in ("title", "kind", "url")
    ]
    + [
        ("POST", f"{API}/countries/BE/publications", {"title": "X"}, field)
        for field in ("title", "publisher", "url")
    ]
    + [
        ("POST", f"{API}/countries/BE/narrative", {"slug": "x", "title": "X", "body": "X"}, field)
        for field in ("title", "body")
    ]
    + [
        (
            "POST",
            f"{API}/observations",
            {
                "country": "BE",
                "indicator": "citizenship-by-birth",
                "source": "globalcit",
                "year": 2000,
                "value": "No",
            },
            field,
        )
        for field in ("value", "qualifier", "unit", "price_basis", "note", "source_url", "reason")
    ]
    + [
        ("PATCH", f"{API}/observations/1", {}, "note"),
        ("PATCH", f"{API}/countries/BE/authorities/1", {}, "name"),
        ("PATCH", f"{API}/countries/BE", {}, "name"),
        ("PATCH", f"{API}/countries/BE", {}, "indicators_note"),
        ("PATCH", f"{API}/sources/statbel", {}, "organisation"),
        ("PATCH", f"{API}/indicators/population", {}, "definition"),
        ("POST", f"{API}/countries", {"code": "NL", "alpha3": "NLD", "name": "X"}, "name"),
        (
            "POST",
            f"{API}/sources",
            {"slug": "x", "label": "X", "organisation": "X", "kind": "national"},
            "label",
        ),
        (
            "POST",
            f"{API}/indicators",
            {"slug": "x", "name": "X", "label": "X", "group": "X", "value_type": "text"},
            "unit",
        ),
    ]
)


class TestNulInText:
    @pytest.mark.parametrize(("method", "path", "body", "field"), TEXT_FIELDS)
    def test_nul_in_a_body_field_is_422(
        self,
        client: TestClient,
        api_keys: dict[str, str],
        method: str,
        path: str,
        body: dict[str, Any],
        field: str,
    ) -> None:
        response = client.request(
            method, path, json={**body, field: NUL}, headers=bearer(api_keys["admin"])
        )
        _assert_422(response)
        assert any(error["loc"][-1] == field for error in response.json()["errors"])

    def test_nul_in_a_citation_is_422(self, client: TestClient, api_keys: dict[str, str]) -> None:
        response = client.post(
            f"{API}/countries/BE/narrative",
            json={"slug": "x", "title": "X", "body": "a\x00b", "citations": [{"text": NUL}]},
            headers=bearer(api_keys["write"]),
        )
        _assert_422(response, "body", "citations", "0", "text")

    def test_nul_in_the_profile_document_is_422(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        document = orjson.loads(dumps(read_document(BELGIUM).model_dump()))
        document["narrative"][0]["title"] = NUL
        response = client.put(
            f"{API}/countries/BE/profile", json=document, headers=bearer(api_keys["admin"])
        )
        _assert_422(response, "body", "narrative", "0", "title")

    @pytest.mark.parametrize(
        "url",
        [f"{API}/search?q=a%00b", f"{API}/observations/1?as_of=2026%00"],
    )
    def test_nul_in_a_query_is_422(self, client: TestClient, url: str) -> None:
        _assert_422(client.get(url))

    def test_nul_in_a_delete_reason_is_422(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        etag = client.get(f"{API}/observations/1").headers["etag"]
        response = client.delete(
            f"{API}/observations/1?reason=a%00b",
            headers={**bearer(api_keys["write"]), "If-Match": etag},
        )
        _assert_422(response, "query", "reason")
        assert client.get(f"{API}/observations/1").status_code == 200


EDGE_MOMENTS = ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"]


class TestAsOfAtTheEdges:
    @pytest.mark.parametrize("moment", EDGE_MOMENTS)
    @pytest.mark.parametrize(
        "path",
        [
            f"{API}/countries/BE/profile",
            f"{API}/countries/BE/indicators",
            f"{API}/countries/BE/indicators/population",
            f"{API}/observations",
            f"{API}/observations/1",
        ],
    )
    def test_moment_outside_the_utc_range_is_422(
        self, client: TestClient, path: str, moment: str
    ) -> None:
        response = client.get(path, params={"as_of": moment})
        _assert_422(response, "query", "as_of")
        assert "years 1 to 9999" in response.json()["errors"][0]["msg"]

    @pytest.mark.parametrize(
        ("moment", "values"),
        [("9999-12-31", 2), ("9999-12-31T23:59:59+00:00", 2), ("0001-01-01T00:00:00Z", 0)],
    )
    def test_the_extreme_moments_that_exist_are_answered(
        self, client: TestClient, moment: str, values: int
    ) -> None:
        response = client.get(f"{API}/observations", params={"as_of": moment, "indicator": "gdp"})
        assert response.status_code == 200, response.text
        assert response.json()["meta"]["total"] == values

    @pytest.mark.parametrize("moment", EDGE_MOMENTS)
    def test_retrieved_at_outside_the_utc_range_is_422(
        self, client: TestClient, api_keys: dict[str, str], moment: str
    ) -> None:
        response = client.patch(
            f"{API}/observations/1",
            json={"retrieved_at": moment},
            headers=bearer(api_keys["write"]),
        )
        _assert_422(response, "body", "retrieved_at")

    def test_retrieved_at_without_offset_is_utc(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        etag = client.get(f"{API}/observations/1").headers["etag"]
        response = client.patch(
            f"{API}/observations/1",
            json={"note": "checked", "retrieved_at": "2026-01-02T03:04:05"},
            headers={**bearer(api_keys["write"]), "If-Match": etag},
        )
        assert response.status_code == 200, response.text
        assert response.json()["retrieved_at"] == "2026-01-02T03:04:05+00:00"


def _signed(app: FastAPI, payload: bytes) -> str:
    """A cursor carrying `payload`, signed with the deployment's own secret."""
    codec: CursorCodec = app.state.cursors
    token = base64.urlsafe_b64encode(payload).rstrip(b"=").decode()
    return f"{token}.{codec._sign(payload).decode()}"


def _first_cursor(client: TestClient) -> str:
    next_url = client.get(f"{API}/observations?limit=2").json()["links"]["next"]
    return next_url.split("cursor=")[1]


class TestCursors:
    def test_non_ascii_signature_is_422(self, client: TestClient) -> None:
        token = _first_cursor(client).split(".")[0]
        response = client.get(f"{API}/observations", params={"limit": 2, "cursor": f"{token}.é"})
        _assert_422(response, "query", "cursor")

    def test_non_ascii_token_is_422(self, client: TestClient) -> None:
        signature = _first_cursor(client).split(".")[1]
        response = client.get(
            f"{API}/observations", params={"limit": 2, "cursor": f"é.{signature}"}
        )
        _assert_422(response, "query", "cursor")

    @pytest.mark.parametrize(
        "payload",
        [
            b"[1, 2]",
            b'"after"',
            b"null",
            b'{"after": "2"}',
            b'{"after": true, "q": "x"}',
            b'{"after": 2.5, "q": "x"}',
            b'{"after": -1, "q": "x"}',
            b'{"after": 1234567890123456789012345678901234567890, "q": "x"}',
            b"\xff\xfe",
        ],
    )
    def test_signed_payload_of_the_wrong_shape_is_422(
        self, app: FastAPI, client: TestClient, payload: bytes
    ) -> None:
        response = client.get(f"{API}/observations", params={"cursor": _signed(app, payload)})
        _assert_422(response, "query", "cursor")
        assert response.json()["errors"][0]["msg"] == "not a cursor from this API"

    def test_forty_digit_id_with_the_right_filters_is_422(
        self, app: FastAPI, client: TestClient
    ) -> None:
        # The payload is well formed but for its id, which no INTEGER column holds.
        token = _first_cursor(client).split(".")[0]
        payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        payload["after"] = 10**39
        cursor = _signed(app, json.dumps(payload).encode())
        response = client.get(f"{API}/observations", params={"limit": 2, "cursor": cursor})
        _assert_422(response, "query", "cursor")

    def test_a_cursor_signed_with_another_secret_is_refused(self, client: TestClient) -> None:
        token, signature = _first_cursor(client).split(".")
        payload = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        other = CursorCodec(lambda: "another deployment")
        assert other._sign(payload).decode() != signature
        forged = f"{token}.{other._sign(payload).decode()}"
        response = client.get(f"{API}/observations", params={"limit": 2, "cursor": forged})
        _assert_422(response, "query", "cursor")
        assert response.json()["errors"][0]["msg"] == "the cursor was altered"

    def test_the_secret_is_made_once_and_kept(self, engine: Engine) -> None:
        first = load_cursor_secret(engine, None)
        assert len(first) == 64
        assert load_cursor_secret(engine, None) == first
        assert load_cursor_secret(engine, "from the setting") == "from the setting"

    def test_pages_follow_with_the_kept_secret(self, client: TestClient) -> None:
        seen = []
        url: str | None = f"{API}/observations?limit=5"
        while url:
            page = client.get(url).json()
            seen += [item["id"] for item in page["data"]]
            url = page["links"]["next"]
        assert len(seen) == len(set(seen)) == 18


def _post_value(client: TestClient, key: str, raw_value: str) -> Any:
    body = (
        '{"country": "BE", "indicator": "gdp", "source": "nbb", "year": 2019, '
        f'"value": {raw_value}}}'
    )
    return client.post(
        f"{API}/observations",
        content=body.encode(),
        headers={**bearer(key), "Content-Type": "application/json"},
    )


class TestNumberBounds:
    @pytest.mark.parametrize(
        "raw",
        [
            "1e1000000",
            "1e-1000000",
            "-1e1000000",
            "1" * 600,
            "0." + "1" * 600,
            "1" * 39,  # 39 significant digits
            "1e38",  # not below 10^38
            "1e-39",  # a digit below 10^-38
            "NaN",
            "Infinity",
        ],
    )
    def test_number_past_the_bounds_is_422(
        self, client: TestClient, api_keys: dict[str, str], raw: str
    ) -> None:
        _assert_422(_post_value(client, api_keys["write"], raw))

    @pytest.mark.parametrize(
        ("raw", "served"),
        [
            ("9" * 38, "9" * 38),
            ("-" + "9" * 38, "-" + "9" * 38),
            ("0." + "0" * 37 + "1", "0." + "0" * 37 + "1"),
            ("1234567890123456789.0123456789012345678", "1234567890123456789.0123456789012345678"),
            ("1.5e3", "1500"),
            ("671370081636.40", "671370081636.40"),
        ],
    )
    def test_numbers_within_the_bounds_come_back_digit_for_digit(
        self, client: TestClient, api_keys: dict[str, str], raw: str, served: str
    ) -> None:
        response = _post_value(client, api_keys["write"], raw)
        assert response.status_code == 201, response.text
        assert f'"value":{served},' in response.text
        assert f'"value":{served},' in client.get(response.headers["location"]).text
        assert json.loads(response.text, parse_float=Decimal)["value"] == Decimal(served)

    def test_the_profile_document_has_the_same_bounds(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        document = dumps(read_document(BELGIUM).model_dump()).decode()
        hostile = document.replace("671370081636.4", "1e1000000", 1)
        assert hostile != document
        response = client.put(
            f"{API}/countries/BE/profile",
            content=hostile.encode(),
            headers={**bearer(api_keys["admin"]), "Content-Type": "application/json"},
        )
        _assert_422(response)


def _document() -> dict[str, Any]:
    return orjson.loads(dumps(read_document(BELGIUM).model_dump()))


def _set(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        document = document[part]
    document[path[-1]] = value


class TestProfileDocumentLimits:
    @pytest.mark.parametrize(
        ("path", "length"),
        [
            (("general_information", "observations", 0, "unit"), 65),
            (("general_information", "observations", 0, "qualifier"), 201),
            (("general_information", "observations", 0, "source_url"), 1001),
            (("general_information", "observations", 0, "note"), 5001),
            (("country", "name"), 201),
            (("authorities", 0, "name"), 501),
            (("authorities", 0, "acronym"), 33),
            (("indicators", 0, "label"), 201),
            (("indicators", 0, "unit"), 65),
            (("sources", 0, "label"), 201),
            (("sources", 0, "organisation"), 301),
            (("policy_documents", 0, "kind"), 65),
            (("publications", 0, "publisher"), 301),
            (("narrative", 0, "title"), 301),
        ],
    )
    def test_a_string_longer_than_its_column_is_422(
        self, client: TestClient, api_keys: dict[str, str], path: tuple[Any, ...], length: int
    ) -> None:
        document = _document()
        _set(document, path, "x" * length)
        response = client.put(
            f"{API}/countries/BE/profile", json=document, headers=bearer(api_keys["admin"])
        )
        _assert_422(response, "body", *map(str, path))
        # The longest that fits is stored as it is.
        _set(document, path, "x" * (length - 1))
        response = client.put(
            f"{API}/countries/BE/profile", json=document, headers=bearer(api_keys["admin"])
        )
        assert response.status_code == 200, response.text


class TestNullForFieldsThatCannotBeEmpty:
    # Regression: `{"body": null}` reached the database as a NULL body and was a 500.
    @pytest.mark.parametrize(
        ("path", "field"),
        [
            (f"{API}/countries/BE/narrative/overview", "body"),
            (f"{API}/countries/BE/narrative/overview", "title"),
            (f"{API}/countries/BE/narrative/overview", "citations"),
            (f"{API}/countries/BE/authorities/1", "name"),
            (f"{API}/countries/BE/authorities/1", "position"),
            (f"{API}/countries/BE/policy-documents/1", "kind"),
            (f"{API}/countries/BE/publications/1", "title"),
            (f"{API}/indicators/population", "group"),
            (f"{API}/sources/statbel", "label"),
            (f"{API}/countries/BE", "name"),
        ],
    )
    def test_null_is_422(
        self, client: TestClient, api_keys: dict[str, str], path: str, field: str
    ) -> None:
        response = client.patch(path, json={field: None}, headers=bearer(api_keys["admin"]))
        _assert_422(response, "body", field)

    def test_null_empties_a_field_that_may_be_empty(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        url = f"{API}/countries/BE/authorities/1"
        etag = client.get(url, headers={"Accept-Encoding": "identity"}).headers["etag"]
        response = client.patch(
            url, json={"acronym": None}, headers={**bearer(api_keys["write"]), "If-Match": etag}
        )
        assert response.status_code == 200, response.text
        assert response.json()["acronym"] is None
