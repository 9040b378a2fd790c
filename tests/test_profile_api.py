"""GET /api/v1/countries/{country}/profile and the health probes."""

import pytest
from fastapi.testclient import TestClient

from tests.test_seed import FIGURES

PROBLEM = "application/problem+json"


def _values(profile: dict) -> list[tuple]:  # type: ignore[type-arg]
    return [
        (indicator["slug"], value["source"]["label"], value["year"], value["value"])
        for group in profile["general_information"]["groups"]
        for indicator in group["indicators"]
        for value in indicator["values"]
    ]


class TestProfile:
    @pytest.mark.parametrize("code", ["BE", "BEL", "be", "bel", "Be"])
    def test_any_code_form(self, client: TestClient, code: str) -> None:
        response = client.get(f"/api/v1/countries/{code}/profile")
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.json()["country"] == {
            "code": "BE",
            "alpha3": "BEL",
            "name": "Belgium",
            "languages": {"name": "en"},
        }

    def test_all_eighteen_figures_with_source_labels(self, client: TestClient) -> None:
        profile = client.get("/api/v1/countries/BE/profile").json()
        values = _values(profile)
        assert len(values) == 18
        expected_numbers = [(f[0], f[1], f[2]) for f in FIGURES]
        assert [v[:3] for v in values if not isinstance(v[3], str)] == expected_numbers
        assert ("citizenship-by-birth", "GLOBALCIT", 2024, "Yes") in values

    def test_exact_decimals_and_integers_in_the_json_text(self, client: TestClient) -> None:
        body = client.get("/api/v1/countries/BE/profile").text
        assert '"value":671370081636.4,' in body
        assert '"value":596320500000,' in body
        assert '"value":11858610,' in body
        assert '"value":5.7,' in body
        assert '"value":"Yes","qualifier":"conditional"' in body

    def test_groups_in_page_order(self, client: TestClient) -> None:
        groups = client.get("/api/v1/countries/BE/profile").json()["general_information"]
        assert [g["title"] for g in groups["groups"]] == [
            "Population",
            "Immigration",
            "Emigration",
            "Working-age population",
            "Unemployment rate",
            "GDP",
            "Refugees, Asylum seekers, IDPs",
            "Citizenship",
            "Territory",
        ]
        refugees = groups["groups"][6]["indicators"]
        assert [i["label"] for i in refugees] == ["Refugees", "Asylum Seekers", "IDPs"]
        gdp = groups["groups"][5]["indicators"][0]["values"]
        assert [(v["unit"], v["price_basis"]) for v in gdp] == [
            ("USD", "current prices"),
            ("EUR", "current prices"),
        ]
        territory = groups["groups"][8]["indicators"][0]["values"][0]
        assert (territory["year"], territory["value"], territory["unit"]) == (None, 30528, "km2")
        assert groups["note"] == (
            "Data from international sources is updated automatically as it becomes available."
        )

    def test_lists_and_narrative(self, client: TestClient) -> None:
        profile = client.get("/api/v1/countries/bel/profile").json()
        roles = {g["role"]: g for g in profile["authorities"]}
        assert roles["responsible_body"]["authorities"][0]["remit"].startswith(
            "covering Foreign Affairs"
        )
        assert len(roles["line_ministry"]["authorities"]) == 4
        agencies = roles["agency"]["authorities"]
        assert roles["agency"]["label"] == "Agencies"
        assert [a["acronym"] for a in agencies if a["acronym"]] == ["Fedasil", "CGRS", "Myria"]
        first_document = profile["policy_documents"][0]
        assert (first_document["year"], first_document["title"]) == (
            1984,
            "Belgian Nationality Code",
        )
        assert len(profile["publications"]) == 3
        narrative = profile["narrative"]
        assert [s["position"] for s in narrative] == list(range(9))
        smuggling = next(s for s in narrative if s["slug"] == "people-smuggling")
        assert smuggling["citations"] == [
            {
                "text": "An action plan on the fight against irregular transit migration",
                "target": None,
            }
        ]


class TestProfileErrors:
    @pytest.mark.parametrize(
        ("code", "status"),
        [
            ("XX", 404),
            ("XXX", 404),
            ("FR", 404),
            ("XXXX", 404),
            ("B", 422),
            ("BELGI", 422),
            ("B1", 422),
        ],
    )
    def test_unknown_or_malformed_country(self, client: TestClient, code: str, status: int) -> None:
        response = client.get(f"/api/v1/countries/{code}/profile")
        assert response.status_code == status
        assert response.headers["content-type"] == PROBLEM
        problem = response.json()
        assert problem["status"] == status
        assert set(problem) >= {"type", "title", "status", "detail"}
        assert "Traceback" not in response.text

    def test_unknown_country_problem_body(self, client: TestClient) -> None:
        response = client.get("/api/v1/countries/xx/profile", headers={"X-Request-ID": "rq-42"})
        assert response.json() == {
            "type": "/problems/not-found",
            "title": "Not Found",
            "status": 404,
            "detail": "No country with code 'XX'.",
            "request_id": "rq-42",
        }

    def test_unknown_path_and_method(self, client: TestClient) -> None:
        missing = client.get("/api/v1/nowhere")
        assert (missing.status_code, missing.headers["content-type"]) == (404, PROBLEM)
        assert missing.json()["type"] == "about:blank"
        wrong = client.delete("/api/v1/countries/BE/profile")
        assert (wrong.status_code, wrong.headers["content-type"]) == (405, PROBLEM)
        assert "allow" in wrong.headers


class TestHealth:
    def test_live(self, client: TestClient) -> None:
        assert client.get("/health/live").json() == {"status": "ok"}

    def test_ready_checks_the_database(self, client: TestClient) -> None:
        response = client.get("/health/ready")
        assert (response.status_code, response.json()) == (200, {"status": "ok"})

    def test_ready_is_503_when_the_database_is_unreachable(self, client: TestClient) -> None:
        from sqlalchemy import create_engine

        app = client.app
        working = app.state.engine  # type: ignore[attr-defined]
        # A port nothing listens on: the connection is refused at once.
        app.state.engine = create_engine(  # type: ignore[attr-defined]
            "postgresql+psycopg://nobody@127.0.0.1:9/none", connect_args={"connect_timeout": 1}
        )
        try:
            response = client.get("/health/ready")
        finally:
            app.state.engine.dispose()  # type: ignore[attr-defined]
            app.state.engine = working  # type: ignore[attr-defined]
        assert response.status_code == 503
        assert response.headers["content-type"] == PROBLEM
        assert response.headers["retry-after"] == "5"
        assert response.json()["detail"] == "The database is unreachable."
