"""Chart-ready reads: one indicator across countries, the agreement of a figure's
sources, decimals as strings, and decimal strings on writes."""

from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from tests.conftest import bearer

COMPARISON = "/api/v1/indicators/{}/comparison"
AGREEMENT = "/api/v1/countries/{}/indicators/{}/agreement"
POPULATION = {
    "slug": "population",
    "name": "Population",
    "label": "Population",
    "group": "Population",
    "value_type": "number",
    "unit": "persons",
    "definition": "Total number of residents of the country.",
    "position": 0,
    "translations": {
        "fr": {
            "name": "Population",
            "label": "Population",
            "group": "Population",
            "unit": "personnes",
        },
        "nl": {"name": "Bevolking", "label": "Bevolking", "group": "Bevolking", "unit": "personen"},
        "de": {
            "name": "Bevölkerung",
            "label": "Bevölkerung",
            "group": "Bevölkerung",
            "unit": "Personen",
        },
    },
    "languages": {"name": "en", "label": "en", "group": "en", "unit": "en", "definition": "en"},
}
ENGLISH_LABEL = {"source_label": "en"}


def series(country: str, name: str, source: str, label: str, unit: str, points: list) -> dict:  # type: ignore[type-arg]
    return {
        "country": country,
        "country_name": name,
        "source": source,
        "source_label": label,
        "unit": unit,
        "price_basis": None,
        "measure": None,
        "points": [{"year": year, "value": value} for year, value in points],
        "languages": {"country_name": "en", "source_label": "en"},
    }


class TestComparison:
    def test_belgiums_population_two_sources_one_series_each(self, client: TestClient) -> None:
        response = client.get(COMPARISON.format("population"), params={"country": "BE"})
        assert response.status_code == 200
        assert response.json() == {
            "indicator": POPULATION,
            "series": [
                series("BE", "Belgium", "world-bank", "World Bank", "persons", [(2024, 11858610)]),
                series("BE", "Belgium", "statbel", "STAT BEL", "persons", [(2024, 11763650)]),
            ],
        }

    def test_two_countries_from_the_sync_fixtures(self, synced: TestClient) -> None:
        response = synced.get(
            COMPARISON.format("population"),
            params={"country": ["FRA", "be"], "source": "world-bank", "from": 2022},
        )
        assert response.status_code == 200
        assert response.json()["series"] == [
            series("FR", "France", "world-bank", "World Bank", "persons", [(2024, 68516699)]),
            series(
                "BE",
                "Belgium",
                "world-bank",
                "World Bank",
                "persons",
                [(2022, 11685814), (2023, 11787423), (2024, 11858610)],
            ),
        ]

    def test_latest_only_and_csv_in_wide_form(self, synced: TestClient) -> None:
        latest = synced.get(
            COMPARISON.format("population"), params={"country": ["BE", "FR"], "latest": "true"}
        )
        assert [(s["country"], s["source"], s["points"]) for s in latest.json()["series"]] == [
            ("BE", "world-bank", [{"year": 2024, "value": 11858610}]),
            ("BE", "statbel", [{"year": 2024, "value": 11763650}]),
            ("FR", "world-bank", [{"year": 2024, "value": 68516699}]),
        ]
        csv = synced.get(
            COMPARISON.format("population"),
            params={"country": ["BE", "FR"], "from": 2023, "format": "csv"},
        )
        assert csv.status_code == 200
        assert csv.headers["content-type"] == "text/csv; charset=utf-8; header=present"
        assert csv.text == (
            "year,BE/world-bank,BE/statbel,FR/world-bank\r\n"
            "2023,11787423,,\r\n"
            "2024,11858610,11763650,68516699\r\n"
        )

    def test_every_country_when_none_is_named(self, synced: TestClient) -> None:
        response = synced.get(
            COMPARISON.format("population"), params={"latest": "true", "source": "world-bank"}
        )
        names = [s["country_name"] for s in response.json()["series"]]
        assert names == ["Belgium", "France"]

    def test_units_are_never_mixed_on_one_line(self, client: TestClient) -> None:
        response = client.get(COMPARISON.format("gdp"), params={"country": "BE"})
        assert [
            (s["source"], s["unit"], s["price_basis"], s["points"])
            for s in response.json()["series"]
        ] == [
            ("world-bank", "USD", "current prices", [{"year": 2024, "value": 671370081636.4}]),
            ("nbb", "EUR", "current prices", [{"year": 2023, "value": 596320500000}]),
        ]
        # The exact digits, not a float's.
        assert '"value":671370081636.4}' in response.text

    def test_too_many_countries_is_a_422(self, client: TestClient) -> None:
        codes = ["BE", "FR", "NL", "DE", "LU", "IT", "ES", "PT", "AT", "CH", "PL"]
        codes += ["CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT"]
        assert len(codes) == 21
        response = client.get(COMPARISON.format("population"), params={"country": codes})
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["detail"] == "Invalid request parameters: query.country."
        assert problem["errors"][0]["loc"] == ["query", "country"]
        assert problem["errors"][0]["type"] == "too_long"
        twenty = client.get(COMPARISON.format("population"), params={"country": codes[:1] * 20})
        assert twenty.status_code == 200

    @pytest.mark.parametrize(
        ("params", "detail"),
        [
            ({"country": "XK"}, "No country with code 'XK'."),
            ({"source": "nowhere"}, "No source 'nowhere'."),
        ],
    )
    def test_unknown_names_are_404(self, client: TestClient, params: dict, detail: str) -> None:  # type: ignore[type-arg]
        response = client.get(COMPARISON.format("population"), params=params)
        assert response.status_code == 404
        assert response.json()["detail"] == detail
        unknown = client.get(COMPARISON.format("no-such-indicator"))
        assert unknown.status_code == 404
        assert unknown.json()["detail"] == "No indicator 'no-such-indicator'."


class TestAgreement:
    def test_belgiums_population_in_2024(self, client: TestClient) -> None:
        response = client.get(AGREEMENT.format("BE", "population"))
        assert response.status_code == 200
        assert response.json() == {
            "country": "BE",
            "indicator": POPULATION,
            "years": [
                {
                    "year": 2024,
                    "unit": "persons",
                    "price_basis": None,
                    "measure": None,
                    "values": [
                        {
                            "source": "world-bank",
                            "source_label": "World Bank",
                            "value": 11858610,
                            "languages": ENGLISH_LABEL,
                        },
                        {
                            "source": "statbel",
                            "source_label": "STAT BEL",
                            "value": 11763650,
                            "languages": ENGLISH_LABEL,
                        },
                    ],
                    "mean": 11811130,
                    "spread": 94960,
                    "relative_spread": 0.00804,
                }
            ],
        }

    def test_csv(self, client: TestClient) -> None:
        response = client.get(AGREEMENT.format("BEL", "population"), params={"format": "csv"})
        assert response.text == (
            "year,unit,price_basis,measure,world-bank,statbel,mean,spread,relative_spread\r\n"
            "2024,persons,,,11858610,11763650,11811130,94960,0.00804\r\n"
        )

    def test_a_stock_is_never_set_against_a_flow(self, client: TestClient) -> None:
        # The UN's emigrant stock and STAT BEL's yearly emigration flow.
        response = client.get(AGREEMENT.format("BE", "emigration"))
        assert response.json()["years"] == []

    def test_currencies_are_never_compared(self, client: TestClient) -> None:
        # The World Bank's GDP in USD and the NBB's in EUR.
        assert client.get(AGREEMENT.format("BE", "gdp")).json()["years"] == []

    def test_france_refugees_from_the_world_bank_and_unhcr(self, synced: TestClient) -> None:
        response = synced.get(AGREEMENT.format("FR", "refugees"))
        assert response.status_code == 200
        assert response.json()["years"] == [
            {
                "year": 2024,
                "unit": "persons",
                "price_basis": None,
                "measure": None,
                "values": [
                    {
                        "source": "world-bank",
                        "source_label": "World Bank",
                        "value": 640000,
                        "languages": ENGLISH_LABEL,
                    },
                    {
                        "source": "unhcr",
                        "source_label": "UNHCR",
                        "value": 612345,
                        "languages": ENGLISH_LABEL,
                    },
                ],
                "mean": 626172.5,
                "spread": 27655,
                "relative_spread": 0.044165,
            }
        ]

    def test_years_and_sources_filter(self, client: TestClient) -> None:
        assert (
            client.get(AGREEMENT.format("BE", "population"), params={"to": 2023}).json()["years"]
            == []
        )
        one = client.get(AGREEMENT.format("BE", "population"), params={"source": "statbel"})
        assert one.json()["years"] == []

    def test_unknown_country_is_404(self, client: TestClient) -> None:
        response = client.get(AGREEMENT.format("XK", "population"))
        assert response.status_code == 404
        assert response.json()["detail"] == "No country with code 'XK'."


class TestDecimalsAsStrings:
    def test_every_read_of_values_can_write_decimals_as_strings(self, client: TestClient) -> None:
        gdp = "671370081636.4"
        world_bank = {"country": "BE", "indicator": "gdp", "source": "world-bank"}
        reads = [
            ("/api/v1/countries/BE/indicators/gdp", {}, lambda b: b["series"][0]["values"][0]),
            (
                "/api/v1/countries/BE/indicators",
                {},
                lambda b: next(i for i in b["data"] if i["slug"] == "gdp")["values"][0],
            ),
            (
                "/api/v1/countries/BE/profile",
                {},
                lambda b: next(
                    i
                    for g in b["general_information"]["groups"]
                    for i in g["indicators"]
                    if i["slug"] == "gdp"
                )["values"][0],
            ),
            ("/api/v1/observations", world_bank, lambda b: b["data"][0]),
            (COMPARISON.format("gdp"), {"country": "BE"}, lambda b: b["series"][0]["points"][0]),
        ]
        for url, params, first in reads:
            as_number = client.get(url, params=params)
            as_string = client.get(url, params={**params, "decimals": "string"})
            assert first(as_number.json(parse_float=Decimal))["value"] == Decimal(gdp), url
            assert f'"value":{gdp}' in as_number.text, url
            assert first(as_string.json())["value"] == gdp, url
            assert as_number.headers["etag"] != as_string.headers["etag"], url

    def test_agreement_numbers_as_strings(self, client: TestClient) -> None:
        year = client.get(
            AGREEMENT.format("BE", "population"), params={"decimals": "string"}
        ).json()["years"][0]
        assert [v["value"] for v in year["values"]] == ["11858610", "11763650"]
        assert (year["mean"], year["spread"], year["relative_spread"]) == (
            "11811130",
            "94960",
            "0.00804",
        )

    def test_an_unknown_form_is_a_422(self, client: TestClient) -> None:
        response = client.get("/api/v1/observations", params={"decimals": "float"})
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["query", "decimals"]


class TestDecimalStringsOnWrites:
    def test_a_decimal_string_is_stored_digit_for_digit(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        created = client.post(
            "/api/v1/observations",
            json={
                "country": "BE",
                "indicator": "gdp",
                "source": "world-bank",
                "year": 2021,
                "value": "98765432109876.54",
                "unit": "USD",
            },
            headers=bearer(api_keys["write"]),
        )
        assert created.status_code == 201, created.text
        url = created.headers["location"]
        assert '"value":98765432109876.54,' in created.text
        read = client.get(url, params={"decimals": "string"})
        assert read.json()["value"] == "98765432109876.54"
        # The ETag of the string form is as good as the number form's for If-Match.
        updated = client.patch(
            url,
            json={"value": "98765432109876.55"},
            headers={**bearer(api_keys["write"]), "If-Match": read.headers["etag"]},
        )
        assert updated.status_code == 200, updated.text
        assert '"value":98765432109876.55,' in updated.text

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ("12abc", "gdp takes a number value, got '12abc'"),
            ("1" * 39, "the number has more than 38 significant digits"),
        ],
    )
    def test_a_string_that_is_not_a_decimal_is_a_422(
        self, client: TestClient, api_keys: dict[str, str], value: str, message: str
    ) -> None:
        response = client.post(
            "/api/v1/observations",
            json={
                "country": "BE",
                "indicator": "gdp",
                "source": "nbb",
                "year": 2021,
                "value": value,
            },
            headers=bearer(api_keys["write"]),
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["msg"] == message
