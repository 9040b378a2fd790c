"""Curation: writes with If-Match, revisions, as_of reads, and the atomic profile replace."""

import time
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.json import dumps
from app.models import Authority, Observation, ObservationRevision, PolicyDocument
from app.profiles.document import read_document
from seeds import BELGIUM
from tests.conftest import bearer

API = "/api/v1"


def _moment() -> str:
    """Now, between two requests, as an as_of parameter (with a margin on both sides)."""
    time.sleep(0.01)
    moment = datetime.now(UTC).isoformat()
    time.sleep(0.01)
    return moment.replace("+00:00", "Z")


class TestObservationLifecycle:
    def test_create_update_stale_delete_with_history_and_as_of(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        key = bearer(api_keys["write"])
        before = _moment()
        created = client.post(
            f"{API}/observations",
            json={
                "country": "bel",
                "indicator": "population",
                "source": "world-bank",
                "year": 2023,
                "value": 11787423,
                "reason": "World Bank 2023",
            },
            headers=key,
        )
        assert created.status_code == 201, created.text
        location = created.headers["location"]
        assert created.json()["value"] == 11787423
        assert client.get(location).headers["etag"] == created.headers["etag"]
        after_create = _moment()

        first_etag = created.headers["etag"]
        updated = client.patch(
            location,
            json={"value": 11787424.5, "reason": "revised"},
            headers={**key, "If-Match": first_etag},
        )
        assert updated.status_code == 200, updated.text
        assert '"value":11787424.5,' in updated.text
        assert updated.headers["etag"] != first_etag
        assert client.get(location).headers["etag"] == updated.headers["etag"]
        after_update = _moment()

        stale = client.patch(location, json={"value": 1}, headers={**key, "If-Match": first_etag})
        assert stale.status_code == 412
        assert stale.headers["content-type"] == "application/problem+json"
        missing = client.patch(location, json={"value": 1}, headers=key)
        assert missing.status_code == 428

        deleted = client.delete(
            f"{location}?reason=duplicate", headers={**key, "If-Match": updated.headers["etag"]}
        )
        assert deleted.status_code == 204
        gone = client.get(location)
        assert gone.status_code == 410
        assert gone.json()["detail"].endswith(f"{location}/revisions.")

        revisions = client.get(f"{location}/revisions").json()["data"]
        assert [(r["number"], r["action"], r["changed_by"], r["reason"]) for r in revisions] == [
            (1, "create", "api-key:test-write", "World Bank 2023"),
            (2, "update", "api-key:test-write", "revised"),
            (3, "delete", "api-key:test-write", "duplicate"),
        ]
        assert [
            (r["old"] and r["old"]["value"], r["new"] and r["new"]["value"]) for r in revisions
        ] == [(None, 11787423), (11787423, 11787424.5), (11787424.5, None)]

        def value_at(moment: str) -> object:
            response = client.get(f"{location}?as_of={moment}")
            return response.json()["value"] if response.status_code == 200 else response.status_code

        assert value_at(before) == 404
        assert value_at(after_create) == 11787423
        assert value_at(after_update) == 11787424.5
        assert value_at(_moment()) == 404

        url = f"{API}/observations?indicator=population&source=world-bank"

        def years(moment: str) -> list[int]:
            return [o["year"] for o in client.get(f"{url}&as_of={moment}").json()["data"]]

        assert years(before) == [2024]
        assert years(after_create) == [2024, 2023]
        assert years(_moment()) == [2024]

    def test_exact_decimal_written_and_read_back(
        self, client: TestClient, session: Session, api_keys: dict[str, str]
    ) -> None:
        response = client.post(
            f"{API}/observations",
            content=b'{"country": "BE", "indicator": "gdp", "source": "world-bank", '
            b'"year": 2022, "value": 123456789012345678901.23, "unit": "USD"}',
            headers={**bearer(api_keys["write"]), "Content-Type": "application/json"},
        )
        assert response.status_code == 201, response.text
        assert '"value":123456789012345678901.23,' in response.text
        stored = session.scalar(
            select(Observation.value_number).where(Observation.id == response.json()["id"])
        )
        assert stored == Decimal("123456789012345678901.23")

    def test_a_second_value_for_the_same_period_is_409(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        body = {
            "country": "BE",
            "indicator": "population",
            "source": "statbel",
            "year": 2024,
            "value": 1,
        }
        response = client.post(f"{API}/observations", json=body, headers=bearer(api_keys["write"]))
        assert response.status_code == 409
        assert "/api/v1/observations/2" in response.json()["detail"]

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"indicator": "population", "source": "statbel", "value": 1}, "country"),
            (
                {
                    "country": "BE",
                    "indicator": "population",
                    "source": "statbel",
                    "value": 1,
                    "year": 20245,
                },
                "year",
            ),
            (
                {
                    "country": "BE",
                    "indicator": "population",
                    "source": "statbel",
                    "year": 2030,
                    "value": "many",
                },
                "value",
            ),
            (
                {
                    "country": "BE",
                    "indicator": "citizenship-by-birth",
                    "source": "globalcit",
                    "year": 2030,
                    "value": 3,
                },
                "value",
            ),
            (
                {
                    "country": "BE",
                    "indicator": "population",
                    "source": "statbel",
                    "year": 2030,
                    "value": 1,
                    "colour": "red",
                },
                "colour",
            ),
        ],
    )
    def test_validation_names_the_bad_field(
        self, client: TestClient, api_keys: dict[str, str], body: dict[str, object], field: str
    ) -> None:
        response = client.post(f"{API}/observations", json=body, headers=bearer(api_keys["write"]))
        assert response.status_code == 422
        assert field in [e["loc"][-1] for e in response.json()["errors"]]

    def test_no_op_update_records_no_revision(
        self, client: TestClient, session: Session, api_keys: dict[str, str]
    ) -> None:
        etag = client.get(f"{API}/observations/1").headers["etag"]
        response = client.patch(
            f"{API}/observations/1",
            json={"value": 11858610},
            headers={**bearer(api_keys["write"]), "If-Match": etag},
        )
        assert response.status_code == 200
        assert response.headers["etag"] == etag
        count = session.scalar(select(func.count()).where(ObservationRevision.observation_id == 1))
        assert count == 1

    def test_as_of_before_any_data_is_empty(self, client: TestClient) -> None:
        assert client.get(f"{API}/observations?as_of=2000-01-01").json()["meta"]["total"] == 0
        profile = client.get(f"{API}/countries/BE/profile?as_of=2000-01-01").json()
        assert profile["general_information"]["groups"] == []
        series = client.get(f"{API}/countries/BE/indicators/gdp?as_of=2000-01-01").json()
        assert series["series"] == []
        indicators = client.get(f"{API}/countries/BE/indicators?as_of=2000-01-01").json()
        assert indicators["data"] == []

    def test_as_of_now_equals_the_current_answer(self, client: TestClient) -> None:
        now = client.get(f"{API}/countries/BE/indicators?as_of=2999-01-01").json()
        assert now == client.get(f"{API}/countries/BE/indicators").json() | {"links": now["links"]}


class TestListWrites:
    def test_authority_create_update_delete(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        key = bearer(api_keys["write"])
        created = client.post(
            f"{API}/countries/BE/authorities",
            json={"role": "agency", "name": "Brussels Employment Office", "acronym": "Actiris"},
            headers=key,
        )
        assert created.status_code == 201
        assert created.json()["position"] == 7
        location = created.headers["location"]
        etag = client.get(location).headers["etag"]
        renamed = client.patch(
            location, json={"name": "Actiris"}, headers={**key, "If-Match": etag}
        )
        assert renamed.json()["name"] == "Actiris"
        agencies = client.get(f"{API}/countries/BE/authorities?role=agency").json()["data"]
        assert agencies[-1]["name"] == "Actiris"
        assert client.delete(location, headers={**key, "If-Match": etag}).status_code == 412
        fresh = renamed.headers["etag"]
        assert client.delete(location, headers={**key, "If-Match": fresh}).status_code == 204
        assert client.get(location).status_code == 404

    def test_policy_document_and_publication(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        key = bearer(api_keys["write"])
        document = client.post(
            f"{API}/countries/BE/policy-documents",
            json={"title": "Belgian Asylum Act", "year": 2023, "kind": "act"},
            headers=key,
        )
        assert document.status_code == 201
        publication = client.post(
            f"{API}/countries/BE/publications",
            json={"title": "Migration Outlook 2024", "publisher": "OECD", "year": 2024},
            headers=key,
        )
        assert publication.status_code == 201
        titles = [
            d["title"] for d in client.get(f"{API}/countries/BE/policy-documents").json()["data"]
        ]
        assert titles[-1] == "Belgian Asylum Act"
        duplicate = client.post(
            f"{API}/countries/BE/publications", json={"title": "UN Migration Profile"}, headers=key
        )
        assert duplicate.status_code == 409

    def test_narrative_citations_must_be_in_the_body(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        key = bearer(api_keys["write"])
        url = f"{API}/countries/BE/narrative/people-smuggling"
        etag = client.get(url).headers["etag"]
        bad = client.patch(
            url,
            json={"citations": [{"text": "not in the text", "target": "https://example.org"}]},
            headers={**key, "If-Match": etag},
        )
        assert bad.status_code == 422
        good = client.patch(
            url,
            json={
                "citations": [
                    {
                        "text": "An action plan on the fight against irregular transit migration",
                        "target": "https://example.org/action-plan",
                    }
                ]
            },
            headers={**key, "If-Match": etag},
        )
        assert good.status_code == 200
        assert good.json()["citations"][0]["target"] == "https://example.org/action-plan"
        # The ETag of the profile changed too: the page shows the section.
        section = client.get(url, headers={"Accept-Encoding": "identity"})
        assert section.headers["etag"] == good.headers["etag"]


class TestCatalogueWrites:
    def test_country_source_indicator(self, client: TestClient, api_keys: dict[str, str]) -> None:
        admin = bearer(api_keys["admin"])
        country = client.post(
            f"{API}/countries",
            json={"code": "NL", "alpha3": "NLD", "name": "Netherlands"},
            headers=admin,
        )
        assert country.status_code == 201
        assert country.headers["location"] == f"{API}/countries/NL"
        assert [c["code"] for c in client.get(f"{API}/countries").json()["data"]] == ["BE", "NL"]
        etag = client.get(f"{API}/countries/NLD").headers["etag"]
        assert (
            client.delete(f"{API}/countries/nl", headers={**admin, "If-Match": etag}).status_code
            == 204
        )

        belgium = client.get(f"{API}/countries/BE").headers["etag"]
        refused = client.delete(f"{API}/countries/BE", headers={**admin, "If-Match": belgium})
        assert refused.status_code == 409

        source = client.post(
            f"{API}/sources",
            json={
                "slug": "eurostat",
                "label": "Eurostat",
                "organisation": "Eurostat",
                "kind": "international",
            },
            headers=admin,
        )
        assert source.status_code == 201
        statbel = client.get(f"{API}/sources/statbel").headers["etag"]
        in_use = client.delete(f"{API}/sources/statbel", headers={**admin, "If-Match": statbel})
        assert in_use.status_code == 409

        indicator = client.post(
            f"{API}/indicators",
            json={
                "slug": "first-permits",
                "name": "First residence permits",
                "label": "First permits",
                "group": "Residence permits",
                "value_type": "number",
                "unit": "persons",
            },
            headers=admin,
        )
        assert indicator.status_code == 201
        assert indicator.json()["position"] == 17

    def test_text_is_bounded_as_sent_and_stored_trimmed(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        # A body one character over the schema's maxLength was accepted when its
        # first character was whitespace (trimmed before the length was checked).
        admin = bearer(api_keys["admin"])
        source = {"slug": "eurostat", "label": "Eurostat", "kind": "international"}
        too_long = {**source, "organisation": "\u00a0" + "*" * 300}
        refused = client.post(f"{API}/sources", json=too_long, headers=admin)
        assert refused.status_code == 422
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["errors"][0]["loc"] == ["body", "organisation"]
        blank = client.post(f"{API}/sources", json={**source, "organisation": "  "}, headers=admin)
        assert blank.status_code == 422
        padded = {**source, "organisation": "  Eurostat  ", "label": " Eurostat"}
        created = client.post(f"{API}/sources", json=padded, headers=admin)
        assert created.status_code == 201
        assert (created.json()["organisation"], created.json()["label"]) == ("Eurostat", "Eurostat")


class TestProfileReplace:
    def _document(self) -> dict[str, object]:
        import orjson

        return orjson.loads(dumps(read_document(BELGIUM).model_dump()))

    def test_one_bad_item_changes_nothing(
        self, client: TestClient, session: Session, api_keys: dict[str, str]
    ) -> None:
        before = client.get(f"{API}/countries/BE/profile").content
        document = self._document()
        observations = document["general_information"]["observations"]  # type: ignore[index]
        observations[0]["value"] = 99  # a valid change...
        document["authorities"][0]["name"] = "Renamed"  # type: ignore[index]
        observations.append(
            {"indicator": "population", "source": "nowhere", "year": 2020, "value": 1}
        )  # ...and one bad item
        response = client.put(
            f"{API}/countries/BE/profile", json=document, headers=bearer(api_keys["admin"])
        )
        assert response.status_code == 422
        assert "nowhere" in response.json()["detail"]
        assert client.get(f"{API}/countries/BE/profile").content == before
        assert session.scalar(select(func.count()).select_from(ObservationRevision)) == 18

    def test_replace_changes_values_with_revisions(
        self, client: TestClient, session: Session, api_keys: dict[str, str]
    ) -> None:
        document = self._document()
        document["general_information"]["observations"][0]["value"] = 11858611  # type: ignore[index]
        document["policy_documents"] = document["policy_documents"][:2]  # type: ignore[index]
        response = client.put(
            f"{API}/countries/bel/profile", json=document, headers=bearer(api_keys["admin"])
        )
        assert response.status_code == 200, response.text
        values = response.json()["general_information"]["groups"][0]["indicators"][0]["values"]
        assert values[0]["value"] == 11858611
        assert values[0]["entered_by"] == "api-key:test-admin"
        assert session.scalar(select(func.count()).select_from(PolicyDocument)) == 2
        assert (
            client.put(
                f"{API}/countries/BE/profile", json=document, headers=bearer(api_keys["admin"])
            ).json()
            == response.json()
        )

    def test_new_country_is_created(self, client: TestClient, api_keys: dict[str, str]) -> None:
        document = self._document()
        document["country"] = {"code": "LU", "alpha3": "LUX", "name": "Luxembourg"}
        response = client.put(
            f"{API}/countries/LUX/profile", json=document, headers=bearer(api_keys["admin"])
        )
        assert response.status_code == 201
        assert response.headers["location"] == f"{API}/countries/LU/profile"
        mismatch = client.put(
            f"{API}/countries/FR/profile", json=document, headers=bearer(api_keys["admin"])
        )
        assert mismatch.status_code == 422

    def test_stale_if_match_is_412(self, client: TestClient, api_keys: dict[str, str]) -> None:
        response = client.put(
            f"{API}/countries/BE/profile",
            json=self._document(),
            headers={**bearer(api_keys["admin"]), "If-Match": '"0123"'},
        )
        assert response.status_code == 412


class TestLimits:
    def test_large_body_is_413(self, client: TestClient, api_keys: dict[str, str]) -> None:
        response = client.post(
            f"{API}/observations",
            content=b'{"note": "' + b"x" * (1024 * 1024 + 10) + b'"}',
            headers={**bearer(api_keys["write"]), "Content-Type": "application/json"},
        )
        assert response.status_code == 413
        assert response.headers["content-type"] == "application/problem+json"


def test_authority_rows_untouched_by_failed_writes(session: Session) -> None:
    assert session.scalar(select(func.count()).select_from(Authority)) == 12


def test_chunked_large_body_is_413(client: TestClient, api_keys: dict[str, str]) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"note": "'
        for _ in range(20):
            yield b"x" * 65536
        yield b'"}'

    response = client.post(
        f"{API}/observations",
        content=chunks(),
        headers={**bearer(api_keys["write"]), "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
