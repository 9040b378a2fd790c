"""Every read endpoint returns the real Belgium values, in the collection envelope."""

import pytest
from fastapi.testclient import TestClient

from app.observations.schemas import OBSERVATION_EXAMPLE, ObservationRead
from tests.test_seed import FIGURES

API = "/api/v1"


class TestCountries:
    def test_list(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries").json()
        assert body["meta"] == {"total": 1}
        assert body["links"] == {"self": f"{API}/countries", "next": None}
        [belgium] = body["data"]
        assert (belgium["code"], belgium["alpha3"], belgium["name"]) == ("BE", "BEL", "Belgium")

    @pytest.mark.parametrize("code", ["BE", "bel", "Bel"])
    def test_one_with_links_that_resolve(self, client: TestClient, code: str) -> None:
        country = client.get(f"{API}/countries/{code}").json()
        assert country["code"] == "BE"
        assert country["links"]["profile"] == f"{API}/countries/BE/profile"
        for link in country["links"].values():
            assert client.get(link).status_code == 200, link


class TestCountryIndicators:
    def test_newest_value_of_each_source(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/BE/indicators").json()
        assert body["meta"]["total"] == 11
        rows = [
            (i["slug"], v["source"]["label"], v["year"], v["value"])
            for i in body["data"]
            for v in i["values"]
        ]
        numbers = [r for r in rows if not isinstance(r[3], str)]
        assert [(r[0], r[1], r[2]) for r in numbers] == [(f[0], f[1], f[2]) for f in FIGURES]
        assert [str(r[3]) for r in numbers] == [f[3] for f in FIGURES]
        assert ("citizenship-by-birth", "GLOBALCIT", 2024, "Yes") in rows

    def test_population_lists_world_bank_and_statbel(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/bel/indicators/population").json()
        assert body["country"] == "BE"
        assert body["indicator"]["slug"] == "population"
        assert [
            (s["source"]["label"], [(v["year"], v["value"]) for v in s["values"]])
            for s in body["series"]
        ] == [("World Bank", [(2024, 11858610)]), ("STAT BEL", [(2024, 11763650)])]

    def test_source_filter_is_repeatable(self, client: TestClient) -> None:
        url = f"{API}/countries/BE/indicators/refugees?source=cgra&source=unhcr"
        series = client.get(url).json()["series"]
        assert [(s["source"]["slug"], s["values"][0]["value"]) for s in series] == [
            ("unhcr", 186406),
            ("cgra", 25971),
        ]
        only = client.get(f"{API}/countries/BE/indicators/refugees?source=cgra").json()
        assert [s["source"]["slug"] for s in only["series"]] == ["cgra"]

    def test_year_range(self, client: TestClient) -> None:
        def labels(query: str) -> list[str]:
            url = f"{API}/countries/BE/indicators/emigration?{query}"
            return [s["source"]["label"] for s in client.get(url).json()["series"]]

        assert labels("from=2021") == ["STAT BEL"]
        assert labels("to=2020") == ["UN Emigration Stock"]
        assert labels("from=2020&to=2023") == ["UN Emigration Stock", "STAT BEL"]
        assert labels("from=2024") == []

    def test_undated_territory(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/BE/indicators/territory").json()
        [value] = body["series"][0]["values"]
        assert (value["year"], value["value"], value["unit"]) == (None, 30528, "km2")

    def test_gdp_units_and_exact_digits(self, client: TestClient) -> None:
        response = client.get(f"{API}/countries/BE/indicators/gdp")
        assert '"value":671370081636.4,' in response.text
        series = response.json()["series"]
        assert [(s["values"][0]["unit"], s["values"][0]["price_basis"]) for s in series] == [
            ("USD", "current prices"),
            ("EUR", "current prices"),
        ]

    def test_text_value(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/BE/indicators/citizenship-by-birth").json()
        value = body["series"][0]["values"][0]
        assert (value["value"], value["qualifier"], value["unit"]) == ("Yes", "conditional", None)


class TestAuthoritiesDocumentsPublications:
    def test_agencies_with_cgrs_acronym(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/BE/authorities?role=agency").json()
        assert body["meta"]["total"] == 7
        names = [(a["name"], a["acronym"]) for a in body["data"]]
        assert (
            "Office of the Commissioner General for Refugees and Stateless Persons",
            "CGRS",
        ) in names
        assert names[0] == ("Immigration Office", None)
        assert {a["role"] for a in body["data"]} == {"agency"}

    def test_all_roles_in_page_order(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/BE/authorities").json()
        assert [a["role"] for a in body["data"]] == (
            ["responsible_body"] + ["line_ministry"] * 4 + ["agency"] * 7
        )
        assert body["data"][0]["remit"] == (
            "covering Foreign Affairs, Foreign Trade and Development Cooperation, "
            "as well as Migration and Asylum"
        )

    def test_policy_documents(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/BE/policy-documents").json()
        assert [(d["year"], d["title"], d["kind"]) for d in body["data"]] == [
            (1984, "Belgian Nationality Code", "code"),
            (1981, "Belgian Immigration Act", "act"),
            (2007, "Belgian Reception Act", "act"),
            (1999, "Royal Decree implementing the Foreign Workers Act", "royal_decree"),
        ]

    def test_publications(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/BE/publications").json()
        assert [(p["title"], p["publisher"], p["year"]) for p in body["data"]] == [
            ("UN Migration Profile", "UN", None),
            ("International Migration Outlook 2022", None, 2022),
            (
                "OECD Study. Jobs for Immigrants: Labour Market Integration in Belgium, "
                "France, the Netherlands and Portugal",
                "OECD",
                None,
            ),
        ]


class TestNarrative:
    def test_sections_in_order(self, client: TestClient) -> None:
        body = client.get(f"{API}/countries/BE/narrative").json()
        assert body["meta"]["total"] == 9
        assert body["data"][0]["body"].startswith("Belgium is primarily a country of immigration.")
        assert [s["position"] for s in body["data"]] == list(range(9))

    def test_one_section(self, client: TestClient) -> None:
        section = client.get(f"{API}/countries/BE/narrative/people-smuggling").json()
        assert section["title"] == "People smuggling and transit migration"
        assert "11.761 migrants being smuggled" in section["body"]

    def test_unknown_section_is_404(self, client: TestClient) -> None:
        response = client.get(f"{API}/countries/BE/narrative/nothing-here")
        assert response.status_code == 404
        assert response.json()["detail"] == "Belgium has no narrative section 'nothing-here'."


class TestObservations:
    def test_one_observation(self, client: TestClient) -> None:
        listed = client.get(f"{API}/observations?indicator=gdp&source=world-bank").json()
        [gdp] = listed["data"]
        one = client.get(gdp["links"]["self"])
        assert one.json() == gdp
        assert '"value":671370081636.4,' in one.text
        # The item is the documented example: every field, in the same order.
        assert list(gdp) == list(ObservationRead.model_fields) == list(OBSERVATION_EXAMPLE)
        assert gdp == {
            **OBSERVATION_EXAMPLE,
            "id": gdp["id"],
            "updated_at": gdp["updated_at"],
            "links": {"self": f"{API}/observations/{gdp['id']}"},
        }
        assert gdp["updated_at"].endswith("+00:00")

    def test_filters(self, client: TestClient) -> None:
        def count(query: str) -> int:
            return int(client.get(f"{API}/observations?{query}").json()["meta"]["total"])

        assert count("") == 18
        assert count("country=BE") == 18
        assert count("country=bel&indicator=population") == 2
        assert count("source=statbel") == 5
        assert count("source=statbel&source=unhcr") == 8
        assert count("indicator=emigration&indicator=immigration") == 3
        assert count("from=2024") == 11
        assert count("to=2021") == 3
        assert count("latest=true") == 18

    def test_latest_keeps_the_newest_year_per_series(self, client: TestClient, session) -> None:  # type: ignore[no-untyped-def]
        from decimal import Decimal

        from sqlalchemy import select

        from app.models import Country, Indicator, Source
        from app.observations.service import ObservationKey, ObservationValues, upsert_observation

        key = ObservationKey(
            country_id=session.scalar(select(Country.id)),
            indicator_id=session.scalar(select(Indicator.id).where(Indicator.slug == "population")),
            source_id=session.scalar(select(Source.id).where(Source.slug == "world-bank")),
            year=2023,
        )
        upsert_observation(
            session,
            key=key,
            values=ObservationValues(value_number=Decimal(11787423)),
            changed_by="t",
        )
        session.commit()
        url = f"{API}/observations?indicator=population&source=world-bank"
        assert [o["year"] for o in client.get(url).json()["data"]] == [2024, 2023]
        assert [o["year"] for o in client.get(f"{url}&latest=true").json()["data"]] == [2024]
        assert [o["year"] for o in client.get(f"{url}&latest=true&to=2023").json()["data"]] == [
            2023
        ]


class TestCatalogue:
    def test_indicators(self, client: TestClient) -> None:
        body = client.get(f"{API}/indicators").json()
        assert [i["slug"] for i in body["data"]] == [
            "population",
            "immigration",
            "emigration",
            "net-migration",
            "migrant-stock",
            "migrant-stock-share",
            "working-age-population",
            "unemployment-rate",
            "gdp",
            "remittances",
            "remittances-share-of-gdp",
            "refugees",
            "asylum-seekers",
            "idps",
            "refugees-by-origin",
            "citizenship-by-birth",
            "territory",
        ]
        gdp = client.get(f"{API}/indicators/gdp").json()
        assert (gdp["definition"], gdp["unit"]) == (
            "Gross domestic product at current prices.",
            "USD",
        )

    def test_sources(self, client: TestClient) -> None:
        body = client.get(f"{API}/sources").json()
        labels = {s["slug"]: (s["label"], s["kind"]) for s in body["data"]}
        assert labels == {
            "world-bank": ("World Bank", "international"),
            "statbel": ("STAT BEL", "national"),
            "un-desa": ("UN Emigration Stock", "international"),
            "nbb": ("NBB BEL", "national"),
            "unhcr": ("UNHCR", "international"),
            "cgra": ("CGRA BEL", "national"),
            "globalcit": ("GLOBALCIT", "international"),
            "cia-world-factbook": ("CIA World Factbook", "international"),
        }
        assert client.get(f"{API}/sources/nbb").json()["organisation"] == "National Bank of Belgium"
