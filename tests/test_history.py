"""Every curated resource keeps its history, and `as_of` answers the whole profile as it was."""

import time
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.config import Settings
from app.db import create_db_engine
from app.history.record import attribute
from app.migrate import downgrade, upgrade
from app.models import Authority, Revision
from app.profiles.document import read_document
from app.profiles.loader import load_profile
from seeds import BELGIUM
from tests.conftest import bearer

API = "/api/v1"
IMMIGRATION_OFFICE = {
    "id": 6,
    "role": "agency",
    "name": "Immigration Office",
    "acronym": None,
    "remit": None,
    "position": 0,
    "translations": {
        "fr": {"name": "Office des Étrangers", "acronym": "OE"},
        "nl": {"name": "Dienst Vreemdelingenzaken", "acronym": "DVZ"},
        "de": {"name": "Ausländeramt"},
    },
    "languages": {"name": "en", "acronym": "en", "remit": "en"},
}


def _moment() -> str:
    """Now, between two requests, as an as_of parameter (with a margin on both sides)."""
    time.sleep(0.01)
    moment = datetime.now(UTC).isoformat()
    time.sleep(0.01)
    return moment


def _etag(client: TestClient, url: str) -> str:
    return client.get(url, headers={"Accept-Encoding": "identity"}).headers["etag"]


def _summary(revisions: list[dict[str, Any]]) -> list[tuple[int, str, str, str | None]]:
    return [(r["number"], r["action"], r["changed_by"], r["reason"]) for r in revisions]


class TestAuthorityHistory:
    def test_a_translation_is_written_with_history_and_as_of(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        key = bearer(api_keys["write"])
        url = f"{API}/countries/BE/authorities/6"
        seeded = _moment()
        translations = {
            **IMMIGRATION_OFFICE["translations"],
            "de": {"name": "Ausländeramt", "acronym": "AA"},
        }
        updated = client.patch(
            url,
            json={"translations": translations, "reason": "Its German acronym"},
            headers={**key, "If-Match": _etag(client, url)},
        )
        assert updated.status_code == 200, updated.text
        assert updated.json()["translations"]["de"] == {"name": "Ausländeramt", "acronym": "AA"}
        revisions = client.get(f"{url}/revisions").json()["data"]
        assert [(r["old"], r["new"]) for r in revisions][-1] == (
            IMMIGRATION_OFFICE,
            {**IMMIGRATION_OFFICE, "translations": translations},
        )
        then = client.get(f"{API}/countries/BE/profile", params={"as_of": seeded}).json()
        agencies = {g["role"]: g for g in then["authorities"]}["agency"]["authorities"]
        assert agencies[0]["translations"]["de"] == {"name": "Ausländeramt"}

    @pytest.mark.parametrize(
        ("translations", "where"),
        [
            ({"es": {"name": "Oficina de Extranjería"}}, ["body", "translations", "es"]),
            ({"fr": {}}, ["body", "translations", "fr"]),
            ({"fr": {"name": "x" * 501}}, ["body", "translations", "fr", "name"]),
            ({"fr": {"title": "Office"}}, ["body", "translations", "fr", "title"]),
            (None, ["body", "translations"]),
        ],
    )
    def test_bad_translations_are_422(
        self, client: TestClient, api_keys: dict[str, str], translations: Any, where: list[str]
    ) -> None:
        url = f"{API}/countries/BE/authorities/6"
        response = client.patch(
            url,
            json={"translations": translations},
            headers={**bearer(api_keys["write"]), "If-Match": _etag(client, url)},
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"][: len(where)] == where

    def test_update_and_delete_are_revisions_and_as_of_sees_each_state(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        key = bearer(api_keys["write"])
        url = f"{API}/countries/BE/authorities/6"
        assert client.get(url).json() == IMMIGRATION_OFFICE
        seeded = _moment()

        updated = client.patch(
            url,
            json={"acronym": "DVZ", "reason": "Its Dutch acronym"},
            headers={**key, "If-Match": _etag(client, url)},
        )
        assert updated.status_code == 200, updated.text
        after_update = _moment()
        deleted = client.delete(
            f"{url}?reason=merged", headers={**key, "If-Match": updated.headers["etag"]}
        )
        assert deleted.status_code == 204
        assert client.get(url).status_code == 404

        history = client.get(f"{url}/revisions")
        assert history.status_code == 200
        revisions = history.json()["data"]
        assert _summary(revisions) == [
            (1, "create", "seed:belgium.yaml", None),
            (2, "update", "api-key:test-write", "Its Dutch acronym"),
            (3, "delete", "api-key:test-write", "merged"),
        ]
        renamed = {**IMMIGRATION_OFFICE, "acronym": "DVZ"}
        assert [(r["old"], r["new"]) for r in revisions] == [
            (None, IMMIGRATION_OFFICE),
            (IMMIGRATION_OFFICE, renamed),
            (renamed, None),
        ]

        def agencies(moment: str) -> list[dict[str, Any]]:
            profile = client.get(f"{API}/countries/BE/profile", params={"as_of": moment}).json()
            groups = {group["role"]: group for group in profile["authorities"]}
            # The same shape as the authority reads serve.
            agencies: list[dict[str, Any]] = groups["agency"]["authorities"]
            return agencies

        assert agencies(seeded)[0] == IMMIGRATION_OFFICE
        assert agencies(after_update)[0] == renamed
        now = agencies(_moment())
        assert "Immigration Office" not in [a["name"] for a in now]
        assert len(agencies(seeded)) == len(now) + 1


class TestNarrativeHistory:
    def test_update_and_delete_are_revisions_and_as_of_sees_each_state(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        key = bearer(api_keys["write"])
        url = f"{API}/countries/BE/narrative/people-smuggling"
        before = client.get(url).json()
        seeded = _moment()
        updated = client.patch(
            url,
            json={
                "title": "People smuggling",
                "citations": [{"text": "An action plan", "target": "https://example.org/plan"}],
            },
            headers={**key, "If-Match": _etag(client, url)},
        )
        assert updated.status_code == 200, updated.text
        after_update = _moment()
        assert (
            client.delete(url, headers={**key, "If-Match": updated.headers["etag"]}).status_code
            == 204
        )
        assert client.get(url).status_code == 404

        revisions = client.get(f"{url}/revisions").json()["data"]
        assert _summary(revisions) == [
            (1, "create", "seed:belgium.yaml", None),
            (2, "update", "api-key:test-write", None),
            (3, "delete", "api-key:test-write", None),
        ]
        assert revisions[0]["new"] == before
        changed = revisions[1]["new"]
        assert changed["title"] == "People smuggling"
        assert changed["citations"] == [
            {"text": "An action plan", "target": "https://example.org/plan"}
        ]
        assert changed["body"] == before["body"]
        assert revisions[2]["old"] == changed

        def sections(moment: str) -> dict[str, dict[str, Any]]:
            profile = client.get(f"{API}/countries/BE/profile", params={"as_of": moment}).json()
            # The same shape as the narrative reads serve.
            return {s["slug"]: s for s in profile["narrative"]}

        assert sections(seeded)["people-smuggling"] == before
        assert sections(after_update)["people-smuggling"] == changed
        assert "people-smuggling" not in sections(_moment())
        assert len(sections(seeded)) == 9

    def test_a_profile_as_of_now_is_the_profile(self, client: TestClient) -> None:
        profile = client.get(f"{API}/countries/BE/profile").json()
        assert client.get(f"{API}/countries/BE/profile", params={"as_of": _moment()}).json() == (
            profile
        )

    def test_a_profile_before_anything_existed_is_empty(self, client: TestClient) -> None:
        profile = client.get(f"{API}/countries/BE/profile", params={"as_of": "2000-01-01"}).json()
        assert profile["general_information"]["groups"] == []
        assert [g["authorities"] for g in profile["authorities"]] == [[], [], []]
        assert profile["policy_documents"] == profile["publications"] == profile["narrative"] == []


class TestCatalogueAndCountryHistory:
    def test_source_indicator_and_country_changes_are_revisions(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        admin = bearer(api_keys["admin"])
        seeded = _moment()
        for url, change in (
            (f"{API}/sources/statbel", {"label": "Statbel", "reason": "renamed"}),
            (f"{API}/indicators/population", {"name": "Total population"}),
            (f"{API}/countries/BE", {"name": "Kingdom of Belgium"}),
        ):
            response = client.patch(
                url, json=change, headers={**admin, "If-Match": _etag(client, url)}
            )
            assert response.status_code == 200, response.text
            revisions = client.get(f"{url}/revisions").json()["data"]
            assert [r["action"] for r in revisions] == ["create", "update"]
            assert revisions[1]["changed_by"] == "api-key:test-admin"
            field = next(k for k in change if k != "reason")
            assert revisions[1]["new"][field] == change[field]
        assert client.get(f"{API}/sources/statbel/revisions").json()["data"][1]["reason"] == (
            "renamed"
        )

        # The page as it was: the catalogue's names and labels, and the country's.
        then = client.get(f"{API}/countries/BE/profile", params={"as_of": seeded}).json()
        now = client.get(f"{API}/countries/BE/profile").json()
        assert then["country"]["name"] == "Belgium"
        assert now["country"]["name"] == "Kingdom of Belgium"
        population_then = then["general_information"]["groups"][0]["indicators"][0]
        population_now = now["general_information"]["groups"][0]["indicators"][0]
        assert (population_then["name"], population_now["name"]) == (
            "Population",
            "Total population",
        )
        labels = {v["source"]["label"] for v in population_then["values"]}
        assert labels == {"World Bank", "STAT BEL"}
        assert {v["source"]["label"] for v in population_now["values"]} == {
            "World Bank",
            "Statbel",
        }

    def test_a_deleted_country_keeps_its_history_and_its_lists_theirs(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        admin = bearer(api_keys["admin"])
        created = client.post(
            f"{API}/countries",
            json={"code": "LU", "alpha3": "LUX", "name": "Luxembourg"},
            headers=admin,
        )
        assert created.status_code == 201
        authority = client.post(
            f"{API}/countries/LU/authorities", json={"role": "agency", "name": "ONA"}, headers=admin
        )
        assert authority.status_code == 201
        gone = client.delete(
            f"{API}/countries/LU",
            headers={**admin, "If-Match": _etag(client, f"{API}/countries/LU")},
        )
        assert gone.status_code == 204
        assert client.get(f"{API}/countries/LU").status_code == 404
        for code in ("LU", "lux"):
            revisions = client.get(f"{API}/countries/{code}/revisions").json()["data"]
            assert [r["action"] for r in revisions] == ["create", "delete"]
            assert revisions[1]["old"]["name"] == "Luxembourg"

    def test_unknown_resources_have_no_history(self, client: TestClient) -> None:
        for url in (
            f"{API}/countries/BE/authorities/999/revisions",
            f"{API}/countries/BE/narrative/nothing/revisions",
            f"{API}/sources/nowhere/revisions",
            f"{API}/countries/XX/revisions",
        ):
            response = client.get(url)
            assert response.status_code == 404, url
            assert response.headers["content-type"] == "application/problem+json"


class TestEveryWritePathIsRecorded:
    def test_a_change_that_alters_nothing_records_nothing(
        self, client: TestClient, session: Session, api_keys: dict[str, str]
    ) -> None:
        url = f"{API}/countries/BE/authorities/6"
        count = session.scalar(select(func.count()).select_from(Revision))
        response = client.patch(
            url,
            json={"name": "Immigration Office"},
            headers={**bearer(api_keys["write"]), "If-Match": _etag(client, url)},
        )
        assert response.status_code == 200
        assert session.scalar(select(func.count()).select_from(Revision)) == count

    def test_a_change_without_attribution_fails_loudly(self, session: Session) -> None:
        authority = session.get(Authority, 6)
        assert authority is not None
        authority.acronym = "OE"
        with pytest.raises(RuntimeError, match=r"without `history\.attribute"):
            session.commit()
        session.rollback()
        attribute(session, "test")
        authority = session.get(Authority, 6)
        assert authority is not None
        authority.acronym = "OE"
        session.commit()
        revision = session.scalar(
            select(Revision)
            .where(Revision.resource == "authority", Revision.resource_id == 6)
            .order_by(Revision.number.desc())
        )
        assert revision is not None
        assert (revision.action, revision.changed_by, revision.state["acronym"]) == (
            "update",
            "test",
            "OE",
        )


class TestExistingRowsGetAFirstRevision:
    def test_the_migration_records_what_exists(self, scratch_settings: Settings) -> None:
        upgrade(scratch_settings)
        engine = create_db_engine(scratch_settings)
        try:
            with Session(engine) as session, session.begin():
                load_profile(
                    session, read_document(BELGIUM), changed_by="seed:belgium.yaml", remove=False
                )
            # Back to before revisions were kept, and up again: the migration makes them.
            downgrade(scratch_settings, "5a8e1c2d9f30")
            upgrade(scratch_settings)
            with Session(engine) as session:
                rows = session.execute(
                    select(Revision.resource, func.count())
                    .where(Revision.changed_by == "migration:history")
                    .group_by(Revision.resource)
                ).all()
                narrative = session.scalar(
                    select(Revision.state).where(Revision.key == "people-smuggling")
                )
        finally:
            engine.dispose()
        assert dict(rows) == {
            "authority": 12,
            "country": 1,
            "indicator": 17,
            "narrative_section": 9,
            "policy_document": 4,
            "publication": 3,
            "source": 8,
        }
        assert narrative is not None
        assert narrative["title"] == "People smuggling and transit migration"
        assert narrative["citations"] == [
            {
                "text": "An action plan on the fight against irregular transit migration",
                "target": None,
            }
        ]
