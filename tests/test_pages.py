"""The web pages over HTTP: what they show equals what the API answers, their
caching, their policy, their 404 page, and the setting that turns them off.
(What a person sees in a browser is tests/test_pages_browser.py.)"""

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection

from app.config import Settings
from app.http.security_headers import PAGE_POLICY
from app.main import create_app
from tests.pages import api_figures, page_figures

BELGIUM_FIGURES = {
    "population": [
        ("World Bank", Decimal("11858610"), 2024),
        ("STAT BEL", Decimal("11763650"), 2024),
    ],
    "gdp": [
        ("World Bank", Decimal("671370081636.4"), 2024),
        ("NBB BEL", Decimal("596320500000"), 2023),
    ],
    "citizenship-by-birth": [("GLOBALCIT", "Yes (conditional)", 2024)],
    "territory": [("CIA World Factbook", Decimal("30528"), None)],
}


class TestCountryPage:
    def test_belgiums_figures_are_the_apis(self, client: TestClient) -> None:
        page = client.get("/countries/BE")
        assert page.status_code == 200
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        shown = page_figures(page.text)
        api = api_figures(client.get("/api/v1/countries/BE/profile").json(parse_float=Decimal))
        assert shown == api
        assert len(shown) == 11
        for slug, figures in BELGIUM_FIGURES.items():
            assert shown[slug] == figures, slug

    def test_a_synced_countrys_figures_are_the_apis(self, synced: TestClient) -> None:
        page = synced.get("/countries/FR")
        assert page.status_code == 200
        shown = page_figures(page.text)
        api = api_figures(synced.get("/api/v1/countries/FR/profile").json(parse_float=Decimal))
        assert shown == api
        assert shown["population"] == [("World Bank", Decimal("68516699"), 2024)]
        assert "No curated profile exists yet for France" in page.text
        assert "Migration Authorities" not in page.text

    def test_readable_numbers_with_the_exact_value_at_hand(self, client: TestClient) -> None:
        html = client.get("/countries/BE").text
        assert (
            '<data value="671370081636.4" title="671 370 081 636.4 USD">671.4 billion</data> USD'
            in html
        )
        assert '<data value="11858610" title="11 858 610 persons">11 858 610</data> persons' in html
        assert '<data value="30528" title="30 528 km²">30 528</data> km²' in html

    def test_the_sources_agreement(self, client: TestClient) -> None:
        html = " ".join(client.get("/countries/BE").text.split())
        assert (
            'In 2024, World Bank and STAT BEL differ by <data value="94960" title="94 960 '
            'persons">94 960</data> persons, 0.80 % of their mean.'
        ) in html

    def test_a_chart_per_indicator_and_unit_with_a_line_per_source(
        self, client: TestClient
    ) -> None:
        html = client.get("/countries/BE").text
        population = html[
            html.index('id="indicator-population"') : html.index('id="indicator-immigration"')
        ]
        assert population.count("<svg ") == 1
        assert re.findall(r'<g class="series series-\d" data-source="([^"]+)">', population) == [
            "World Bank",
            "STAT BEL",
        ]
        gdp = html[html.index('id="indicator-gdp"') : html.index('id="indicator-refugees"')]
        # USD and EUR are never drawn on one axis.
        assert gdp.count("<svg ") == 2

    def test_the_update_note(self, client: TestClient) -> None:
        html = " ".join(client.get("/countries/BE").text.split())
        assert (
            "Data from international sources is updated automatically as it becomes available. "
            "No update from an international source has succeeded yet."
        ) in html

    def test_the_date_of_the_last_successful_sync(self, synced: TestClient) -> None:
        synced_at = synced.get("/api/v1/sources/world-bank").json()["sync"]["last_synced_at"]
        html = synced.get("/countries/BE").text
        assert f">{synced_at[:10]}</time>" in html

    def test_an_unknown_country_is_the_404_page(self, client: TestClient) -> None:
        response = client.get("/countries/XK")
        assert response.status_code == 404
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert "<h1>Not found</h1>" in response.text
        assert "No country with code &#39;XK&#39;." in response.text


class TestIndexAndSearch:
    def test_curated_profiles_first(self, synced: TestClient) -> None:
        html = synced.get("/").text
        curated = html[html.index('id="curated"') : html.index('id="international"')]
        assert re.findall(r'<a href="/countries/(\w+)">', curated) == ["BE"]
        assert '<a href="/countries/FR">France</a>' in html[html.index('id="international"') :]

    def test_search_finds_reception_with_highlights(self, client: TestClient) -> None:
        html = client.get("/search", params={"q": "reception"}).text
        api = client.get("/api/v1/search", params={"q": "reception"}).json()
        assert f"{api['meta']['total']} results for “reception”" in html
        for hit in api["data"]:
            assert hit["title"] in html
            assert hit["snippet"] in html
        assert "<mark>Reception</mark>" in html
        assert '<a href="/countries/BE#authority-' in html

    def test_an_empty_search_shows_the_form(self, client: TestClient) -> None:
        html = client.get("/search").text
        assert 'id="search-q"' in html
        assert "results for" not in html


class TestLikeTheAPI:
    @pytest.mark.parametrize("path", ["/", "/countries/BE", "/search?q=asylum"])
    def test_etag_304_and_the_page_policy(self, client: TestClient, path: str) -> None:
        first = client.get(path)
        assert first.status_code == 200
        assert first.headers["content-security-policy"] == PAGE_POLICY
        assert "unsafe-inline" not in PAGE_POLICY
        assert first.headers["cache-control"] == "public, max-age=300"
        again = client.get(path, headers={"If-None-Match": first.headers["etag"]})
        assert again.status_code == 304

    def test_no_script_and_no_external_asset(self, client: TestClient) -> None:
        for path in ("/", "/countries/BE", "/search?q=asylum"):
            html = client.get(path).text
            assert "<script" not in html
            assert " style=" not in html
            assert re.findall(r'(?:src|href)="(https?:)?//', html) == [], path

    def test_the_stylesheet_is_the_services(self, client: TestClient) -> None:
        css = client.get("/static/site.css")
        assert css.status_code == 200
        assert css.headers["content-type"].startswith("text/css")
        assert "http" not in css.text


@pytest.fixture
def api_only(settings: Settings, connection: Connection) -> Iterator[TestClient]:
    app = create_app(settings.model_copy(update={"web_pages": False}))
    app.state.database.use(connection)
    with TestClient(app) as client:
        yield client


class TestTurnedOff:
    @pytest.mark.parametrize("path", ["/", "/countries/BE", "/search?q=asylum", "/static/site.css"])
    def test_web_pages_false_is_the_api_alone(self, api_only: TestClient, path: str) -> None:
        response = api_only.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
        assert api_only.get("/api/v1/countries/BE").status_code == 200


class TestInLanguages:
    def test_belgium_in_french(self, client: TestClient) -> None:
        response = client.get("/countries/BE", params={"lang": "fr"})
        assert response.headers["content-language"] == "fr"
        html = response.text
        assert '<html lang="fr">' in html
        assert '<h2 id="authorities">Autorités chargées de la migration</h2>' in html
        assert "Office des Étrangers (OE)" in html
        assert "Commissariat général aux réfugiés et aux apatrides (CGRA)" in html
        assert '<th scope="row">Banque mondiale</th>' in html
        # No official French name: English, marked as English for readers and screen readers.
        assert '<span lang="en">Flemish Employment Service</span>' in html
        # The narrative is English only.
        assert '<section id="section-migration-trends" aria-labelledby=' in html
        assert 'aria-labelledby="section-migration-trends-title" lang="en">' in html

    def test_the_page_s_own_sentences_numbers_and_units_in_french(self, client: TestClient) -> None:
        html = client.get("/countries/BE", params={"lang": "fr"}).text
        assert "<h1>Belgique</h1>" in html
        assert "<caption>Population : valeur la plus récente de chaque source</caption>" in html
        # The catalogue's unit in French, the exact value at hand with a decimal comma.
        assert (
            '<data value="11858610" title="11 858 610 personnes">11 858 610</data> personnes'
        ) in html
        assert (
            '<data value="671370081636.4" title="671 370 081 636,4 USD">671,4 milliards</data> USD'
        ) in html
        assert (
            "En 2024, Banque mondiale et STAT BEL diffèrent de "
            '<data value="94960" title="94 960 personnes">94 960</data> personnes, '
            "soit 0,80 % de leur moyenne."
        ) in html
        # A stored note stays English, and says so; the measure is the page's own word.
        assert 'un flux annuel; <span lang="en">People who immigrated' in html
        assert '<span lang="en">current prices</span>' in html
        assert "<title>Banque mondiale, 2024: 11 858 610 personnes</title>" in html

    @pytest.mark.parametrize(
        ("lang", "scale", "agreement"),
        [
            ("nl", "671,4 miljard", "In 2024 verschillen Wereldbank en STAT BEL"),
            ("de", "671,4 Milliarden", "2024 weichen Weltbank und STAT BEL um"),
            ("en", "671.4 billion", "In 2024, World Bank and STAT BEL differ by"),
        ],
    )
    def test_numbers_and_sentences_in_each_language(
        self, client: TestClient, lang: str, scale: str, agreement: str
    ) -> None:
        html = client.get("/countries/BE", params={"lang": lang}).text
        assert f">{scale}</data> USD" in html
        assert agreement in html

    def test_links_keep_the_language_chosen(self, client: TestClient) -> None:
        index = client.get("/", params={"lang": "de"}).text
        assert '<a href="/countries/BE?lang=de">Belgien</a>' in index
        assert "Redaktionell erstellte Profile" in index
        found = client.get("/search", params={"q": "vreemdelingen", "lang": "nl"}).text
        assert '<a href="/countries/BE?lang=nl#authority-6">Dienst Vreemdelingenzaken</a>' in found
        assert "resultaten voor ‘vreemdelingen’" in found
        assert "Migratie-instantie" in found
        # Without `lang`, links leave the choice to the reader's Accept-Language.
        assert '<a href="/countries/BE">' in client.get("/").text

    def test_the_language_switch(self, client: TestClient) -> None:
        html = client.get("/countries/BE", params={"lang": "nl"}).text
        for code, name in (
            ("en", "English"),
            ("fr", "Français"),
            ("nl", "Nederlands"),
            ("de", "Deutsch"),
        ):
            assert f'href="?lang={code}" lang="{code}" hreflang="{code}"' in html
            assert f">{name}</a>" in html
        assert 'hreflang="nl" aria-current="true">Nederlands</a>' in html
        assert "Dienst Vreemdelingenzaken (DVZ)" in html

    def test_accept_language_and_caches_keep_languages_apart(self, client: TestClient) -> None:
        german = client.get("/countries/BE", headers={"Accept-Language": "de-BE, de"})
        english = client.get("/countries/BE")
        assert '<html lang="de">' in german.text
        assert "Ausländeramt" in german.text
        assert '<html lang="en">' in english.text
        assert german.headers["etag"] != english.headers["etag"]
        assert "Accept-Language" in german.headers["vary"]
