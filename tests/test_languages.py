"""Belgium in its languages: negotiation, the official names and translated
labels, English as the visible fallback, and caches that keep languages apart."""

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from app.languages import Language, negotiate
from tests.conftest import bearer

PROFILE = "/api/v1/countries/BE/profile"


def agencies(profile: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    groups = {group["role"]: group for group in profile["authorities"]}
    return {a["id"]: a for a in groups["agency"]["authorities"]}


class TestNegotiation:
    @pytest.mark.parametrize(
        ("lang", "accept_language", "chosen"),
        [
            (None, None, Language.EN),
            (None, "nl-BE, nl;q=0.9", Language.NL),
            (None, "de-DE,de;q=0.9,en;q=0.8", Language.DE),
            (None, "es, fr;q=0.5", Language.FR),
            (None, "fr;q=0, de", Language.DE),
            (None, "es, pt", Language.EN),
            (None, "fr;q=abc", Language.EN),
            ("fr", "nl", Language.FR),
            ("NL-be", None, Language.NL),
            ("es", "fr", Language.EN),
        ],
    )
    def test_lang_wins_then_the_best_accepted_then_english(
        self, lang: str | None, accept_language: str | None, chosen: Language
    ) -> None:
        assert negotiate(lang, accept_language) is chosen


class TestProfileInLanguages:
    @pytest.mark.parametrize(
        ("lang", "immigration_office", "cgrs", "fedasil", "population", "world_bank", "agencies"),
        [
            (
                "fr",
                ("Office des Étrangers", "OE"),
                ("Commissariat général aux réfugiés et aux apatrides", "CGRA"),
                "Agence fédérale pour l'accueil des demandeurs d'asile",
                ("Population", "personnes"),
                "Banque mondiale",
                "Agences",
            ),
            (
                "nl",
                ("Dienst Vreemdelingenzaken", "DVZ"),
                ("Commissariaat-generaal voor de Vluchtelingen en de Staatlozen", "CGVS"),
                "Federaal agentschap voor de opvang van asielzoekers",
                ("Bevolking", "personen"),
                "Wereldbank",
                "Agentschappen",
            ),
            (
                "de",
                ("Ausländeramt", None),
                ("Generalkommissariat für Flüchtlinge und Staatenlose", "GKFS"),
                "Föderalagentur für die Aufnahme von Asylsuchenden",
                ("Bevölkerung", "Personen"),
                "Weltbank",
                "Behörden",
            ),
        ],
    )
    def test_official_names_and_translated_labels(
        self,
        client: TestClient,
        lang: str,
        immigration_office: tuple[str, str | None],
        cgrs: tuple[str, str],
        fedasil: str,
        population: tuple[str, str],
        world_bank: str,
        agencies: str,
    ) -> None:
        response = client.get(PROFILE, params={"lang": lang})
        assert response.headers["content-language"] == lang
        assert "Accept-Language" in response.headers["vary"]
        profile = response.json()
        by_id = {a["id"]: a for g in profile["authorities"] for a in g["authorities"]}
        office = by_id[6]
        name, acronym = immigration_office
        assert office["name"] == name
        if acronym is None:
            # No official German acronym: none is served, and the field says so.
            assert (office["acronym"], office["languages"]["acronym"]) == (None, "en")
        else:
            assert (office["acronym"], office["languages"]["acronym"]) == (acronym, lang)
        assert (by_id[9]["name"], by_id[9]["acronym"]) == cgrs
        assert (by_id[8]["name"], by_id[8]["acronym"]) == (fedasil, "Fedasil")
        indicator = profile["general_information"]["groups"][0]["indicators"][0]
        assert (indicator["name"], indicator["unit"]) == population
        assert indicator["languages"] == {"name": lang, "label": lang, "group": lang, "unit": lang}
        assert indicator["values"][0]["source"] == {
            "slug": "world-bank",
            "label": world_bank,
            "languages": {"label": lang},
        }
        assert profile["authorities"][2]["label"] == agencies

    def test_the_french_profile_in_detail(self, client: TestClient) -> None:
        profile = client.get(PROFILE, params={"lang": "fr"}).json()
        groups = profile["general_information"]["groups"]
        assert [g["title"] for g in groups][5:7] == [
            "PIB",
            "Réfugiés, demandeurs d'asile, personnes déplacées internes",
        ]
        assert [d["title"] for d in profile["policy_documents"]][:2] == [
            "Code de la nationalité belge",
            "Loi sur l'accès au territoire, le séjour, l'établissement et l'éloignement "
            "des étrangers",
        ]
        # No official French name: English, and marked as English.
        flemish = {a["id"]: a for g in profile["authorities"] for a in g["authorities"]}[12]
        assert flemish["name"] == "Flemish Employment Service"
        assert flemish["languages"]["name"] == "en"
        assert profile["publications"][0]["languages"] == {"title": "en"}

    def test_the_narrative_is_english_and_says_so(self, client: TestClient) -> None:
        english = client.get(PROFILE).json()["narrative"]
        french = client.get(PROFILE, params={"lang": "fr"}).json()["narrative"]
        assert [s["body"] for s in french] == [s["body"] for s in english]
        assert {tuple(s["languages"].items()) for s in french} == {
            (("title", "en"), ("body", "en"), ("body_html", "en"))
        }

    def test_accept_language_picks_dutch(self, client: TestClient) -> None:
        response = client.get(PROFILE, headers={"Accept-Language": "nl-BE, nl;q=0.9"})
        assert response.headers["content-language"] == "nl"
        assert agencies(response.json())[6]["name"] == "Dienst Vreemdelingenzaken"

    def test_lang_wins_over_accept_language(self, client: TestClient) -> None:
        response = client.get(PROFILE, params={"lang": "de"}, headers={"Accept-Language": "fr"})
        assert response.headers["content-language"] == "de"
        assert agencies(response.json())[6]["name"] == "Ausländeramt"

    @pytest.mark.parametrize(
        ("params", "headers"), [({"lang": "es"}, {}), ({}, {"Accept-Language": "es-ES, pt"})]
    )
    def test_an_unsupported_language_is_english(
        self,
        client: TestClient,
        params: dict,
        headers: dict,  # type: ignore[type-arg]
    ) -> None:
        response = client.get(PROFILE, params=params, headers=headers)
        assert response.status_code == 200
        assert response.headers["content-language"] == "en"
        office = agencies(response.json())[6]
        assert (office["name"], office["languages"]["name"]) == ("Immigration Office", "en")

    def test_a_country_s_indicators_in_german(self, client: TestClient) -> None:
        response = client.get("/api/v1/countries/BE/indicators", params={"lang": "de"})
        assert response.headers["content-language"] == "de"
        names = [i["name"] for i in response.json()["data"]]
        assert names[:3] == ["Bevölkerung", "Einwanderung", "Auswanderung"]


API = "/api/v1"


def _by(items: list[dict], key: str) -> dict:  # type: ignore[type-arg]
    return {item[key]: item for item in items}


class TestEveryReadInLanguages:
    """Each read that serves a translatable text answers in the language asked for,
    says which language each text is in, and names its language in the headers."""

    @pytest.mark.parametrize(
        ("path", "lang", "pick", "expected"),
        [
            (
                "/countries/BE/authorities",
                "fr",
                lambda body: _by(body["data"], "id")[6],
                ("Office des Étrangers", "OE", {"name": "fr", "acronym": "fr", "remit": "en"}),
            ),
            (
                "/countries/BE/authorities/6",
                "nl",
                lambda body: body,
                (
                    "Dienst Vreemdelingenzaken",
                    "DVZ",
                    {"name": "nl", "acronym": "nl", "remit": "en"},
                ),
            ),
            (
                "/countries/BE/authorities/6",
                "de",
                lambda body: body,
                ("Ausländeramt", None, {"name": "de", "acronym": "en", "remit": "en"}),
            ),
        ],
    )
    def test_authorities(
        self,
        client: TestClient,
        path: str,
        lang: str,
        pick: Callable[[dict], dict],  # type: ignore[type-arg]
        expected: tuple[str, str | None, dict[str, str]],
    ) -> None:
        response = client.get(API + path, params={"lang": lang})
        assert response.headers["content-language"] == lang
        assert "Accept-Language" in response.headers["vary"]
        office = pick(response.json())
        assert (office["name"], office["acronym"], office["languages"]) == expected

    def test_policy_documents_and_publications(self, client: TestClient) -> None:
        documents = client.get(f"{API}/countries/BE/policy-documents", params={"lang": "de"})
        first = documents.json()["data"][0]
        assert (first["title"], first["languages"]) == (
            "Gesetzbuch über die belgische Staatsangehörigkeit",
            {"title": "de"},
        )
        french = client.get(f"{API}/countries/BE/publications", headers={"Accept-Language": "fr"})
        assert french.headers["content-language"] == "fr"
        assert [(p["title"], p["languages"]["title"]) for p in french.json()["data"]] == [
            # No French title was published: English, and it says so.
            ("UN Migration Profile", "en"),
            ("Perspectives des migrations internationales 2022", "fr"),
            (
                "OECD Study. Jobs for Immigrants: Labour Market Integration in Belgium, "
                "France, the Netherlands and Portugal",
                "en",
            ),
        ]
        one = client.get(f"{API}/countries/BE/publications/2", params={"lang": "nl"}).json()
        assert (one["title"], one["languages"]) == (
            "International Migration Outlook 2022",
            {"title": "en"},
        )

    def test_the_narrative_says_it_is_english(self, client: TestClient) -> None:
        for path in ("/countries/BE/narrative", "/countries/BE/narrative/people-smuggling"):
            response = client.get(API + path, params={"lang": "fr"})
            assert response.headers["content-language"] == "en"
            body = response.json()
            section = body["data"][0] if "data" in body else body
            assert section["languages"] == {"title": "en", "body": "en", "body_html": "en"}

    def test_the_catalogue(self, client: TestClient) -> None:
        indicators = client.get(f"{API}/indicators", params={"lang": "nl"})
        population = _by(indicators.json()["data"], "slug")["population"]
        assert (population["name"], population["unit"], population["definition"]) == (
            "Bevolking",
            "personen",
            "Total number of residents of the country.",
        )
        assert population["languages"] == {
            "name": "nl",
            "label": "nl",
            "group": "nl",
            "unit": "nl",
            "definition": "en",
        }
        one = client.get(f"{API}/indicators/population", headers={"Accept-Language": "de"})
        assert (one.headers["content-language"], one.json()["name"]) == ("de", "Bevölkerung")
        sources = _by(client.get(f"{API}/sources", params={"lang": "fr"}).json()["data"], "slug")
        assert (sources["world-bank"]["label"], sources["world-bank"]["languages"]) == (
            "Banque mondiale",
            {"label": "fr", "organisation": "fr"},
        )
        assert (sources["statbel"]["label"], sources["statbel"]["languages"]["label"]) == (
            "STAT BEL",
            "en",
        )
        unhcr = client.get(f"{API}/sources/unhcr", params={"lang": "fr"}).json()
        assert (unhcr["label"], unhcr["organisation"]) == (
            "HCR",
            "HCR, l'Agence des Nations Unies pour les réfugiés",
        )

    def test_a_series_a_comparison_and_an_agreement(self, client: TestClient) -> None:
        series = client.get(
            f"{API}/countries/BE/indicators/population", params={"lang": "nl"}
        ).json()
        assert series["indicator"]["name"] == "Bevolking"
        assert [(s["source"]["label"], s["source"]["languages"]) for s in series["series"]] == [
            ("Wereldbank", {"label": "nl"}),
            ("STAT BEL", {"label": "en"}),
        ]
        comparison = client.get(
            f"{API}/indicators/population/comparison",
            params={"country": "BE", "lang": "de"},
        )
        assert comparison.headers["content-language"] == "de"
        assert comparison.json()["indicator"]["name"] == "Bevölkerung"
        assert [
            (s["country_name"], s["source_label"], s["languages"])
            for s in comparison.json()["series"]
        ] == [
            ("Belgien", "Weltbank", {"country_name": "de", "source_label": "de"}),
            ("Belgien", "STAT BEL", {"country_name": "de", "source_label": "en"}),
        ]
        agreement = client.get(
            f"{API}/countries/BE/indicators/population/agreement", params={"lang": "fr"}
        ).json()
        assert [(v["source_label"], v["value"]) for v in agreement["years"][0]["values"]] == [
            ("Banque mondiale", 11858610),
            ("STAT BEL", 11763650),
        ]

    @pytest.mark.parametrize(
        ("lang", "name"), [("fr", "Belgique"), ("nl", "België"), ("de", "Belgien")]
    )
    def test_country_names_from_iso_3166(self, client: TestClient, lang: str, name: str) -> None:
        one = client.get(f"{API}/countries/BE", params={"lang": lang})
        assert one.headers["content-language"] == lang
        assert (one.json()["name"], one.json()["languages"]) == (name, {"name": lang})
        listed = _by(client.get(f"{API}/countries", params={"lang": lang}).json()["data"], "code")
        assert listed["BE"]["name"] == name
        profile = client.get(PROFILE, params={"lang": lang}).json()
        assert profile["country"] == {
            "code": "BE",
            "alpha3": "BEL",
            "name": name,
            "languages": {"name": lang},
        }

    def test_a_name_iso_does_not_give_stays_english(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        url = f"{API}/countries/BE"
        renamed = client.patch(
            url,
            json={"name": "Kingdom of Belgium"},
            headers={**bearer(api_keys["admin"]), "If-Match": client.get(url).headers["etag"]},
        )
        assert renamed.status_code == 200, renamed.text
        french = client.get(url, params={"lang": "fr"}).json()
        assert (french["name"], french["languages"]) == ("Kingdom of Belgium", {"name": "en"})

    def test_observations(self, client: TestClient) -> None:
        params = {"country": "BE", "indicator": "population", "lang": "fr"}
        page = client.get(f"{API}/observations", params=params)
        assert page.headers["content-language"] == "fr"
        assert [(o["source_label"], o["languages"], o["value"]) for o in page.json()["data"]] == [
            ("Banque mondiale", {"source_label": "fr"}, 11858610),
            ("STAT BEL", {"source_label": "en"}, 11763650),
        ]
        csv = client.get(f"{API}/observations", params={**params, "lang": "nl", "format": "csv"})
        assert csv.headers["content-language"] == "nl"
        assert [line.split(",")[4] for line in csv.text.splitlines()] == [
            "source_label",
            "Wereldbank",
            "STAT BEL",
        ]
        first = page.json()["data"][0]["id"]
        one = client.get(f"{API}/observations/{first}", headers={"Accept-Language": "de"})
        assert (one.headers["content-language"], one.json()["source_label"]) == ("de", "Weltbank")
        english = client.get(f"{API}/observations/{first}").json()
        assert (english["source_label"], english["languages"]) == (
            "World Bank",
            {"source_label": "en"},
        )

    @pytest.mark.parametrize(
        ("path", "key", "change"),
        [
            ("/countries/BE/authorities/6", "write", {"acronym": "IO"}),
            ("/countries/BE/publications/2", "write", {"year": 2023}),
            ("/countries/BE/policy-documents/1", "write", {"year": 1985}),
            ("/indicators/population", "admin", {"definition": "Residents."}),
            ("/sources/world-bank", "admin", {"url": "https://data.worldbank.org"}),
            ("/observations/1", "write", {"note": "Checked."}),
            ("/countries/BE", "admin", {"indicators_note": "Checked."}),
        ],
    )
    def test_the_tag_of_any_language_is_good_for_if_match(
        self,
        client: TestClient,
        api_keys: dict[str, str],
        path: str,
        key: str,
        change: dict,  # type: ignore[type-arg]
    ) -> None:
        french = client.get(API + path, params={"lang": "fr"})
        english = client.get(API + path)
        assert french.headers["etag"] != english.headers["etag"]
        headers = bearer(api_keys[key])
        stale = client.patch(API + path, json=change, headers={**headers, "If-Match": '"stale"'})
        assert stale.status_code == 412
        changed = client.patch(
            API + path, json=change, headers={**headers, "If-Match": french.headers["etag"]}
        )
        assert changed.status_code == 200, changed.text
        # A write answers in English, as entered, with the tag of the English read.
        assert changed.headers["etag"] == client.get(API + path).headers["etag"]
        assert set(changed.json()["languages"].values()) == {"en"}
        # The French read still answers in French.
        again = client.get(API + path, params={"lang": "fr"}).json()
        assert again["languages"] == french.json()["languages"]
        assert "fr" in again["languages"].values()


class TestCachesKeepLanguagesApart:
    def test_one_path_in_two_languages_never_answers_with_the_others_body(
        self, client: TestClient
    ) -> None:
        french = client.get(PROFILE, headers={"Accept-Language": "fr"})
        dutch = client.get(PROFILE, headers={"Accept-Language": "nl"})
        again = client.get(PROFILE, headers={"Accept-Language": "fr"})
        assert agencies(french.json())[6]["name"] == "Office des Étrangers"
        assert agencies(dutch.json())[6]["name"] == "Dienst Vreemdelingenzaken"
        assert again.content == french.content
        assert french.headers["etag"] != dutch.headers["etag"]
        # The French tag does not validate the Dutch answer.
        conditional = client.get(
            PROFILE, headers={"Accept-Language": "nl", "If-None-Match": french.headers["etag"]}
        )
        assert conditional.status_code == 200
        assert agencies(conditional.json())[6]["name"] == "Dienst Vreemdelingenzaken"
        same = client.get(
            PROFILE, headers={"Accept-Language": "fr", "If-None-Match": french.headers["etag"]}
        )
        assert same.status_code == 304

    def test_the_tag_of_any_language_is_good_for_if_match(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        german = client.get(PROFILE, params={"lang": "de"})
        document = client.get(PROFILE).json()
        country = document["country"]
        body = {
            "country": {key: country[key] for key in ("code", "alpha3", "name")},
            "general_information": {"observations": []},
        }
        stale = client.put(
            PROFILE, json=body, headers={**bearer(api_keys["admin"]), "If-Match": '"stale"'}
        )
        assert stale.status_code == 412
        replaced = client.put(
            PROFILE,
            json=body,
            headers={**bearer(api_keys["admin"]), "If-Match": german.headers["etag"]},
        )
        assert replaced.status_code == 200, replaced.text


class TestSearchInLanguages:
    @pytest.mark.parametrize(
        ("q", "title", "language"),
        [
            ("étrangers", "Office des Étrangers", "fr"),
            ("vreemdelingen", "Dienst Vreemdelingenzaken", "nl"),
            ("Ausländeramt", "Ausländeramt", "de"),
            ("immigration office", "Immigration Office", "en"),
        ],
    )
    def test_the_immigration_office_in_each_language(
        self, client: TestClient, q: str, title: str, language: str
    ) -> None:
        found = client.get("/api/v1/search", params={"q": q, "type": "authority"}).json()["data"]
        office = [h for h in found if h["url"] == "/api/v1/countries/BE/authorities/6"]
        assert len(office) == 1  # one hit per resource, whatever its languages
        assert office[0]["title"] == title
        assert office[0]["languages"] == {"title": language, "snippet": language}

    def test_lang_filters(self, client: TestClient) -> None:
        def titles(**params: str) -> list[str]:
            found = client.get("/api/v1/search", params=params).json()["data"]
            return [h["title"] for h in found]

        assert "Dienst Vreemdelingenzaken" in titles(q="vreemdelingen", lang="nl")
        assert titles(q="vreemdelingen", lang="fr") == []
        immigration_act = (
            "Wet betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de "
            "verwijdering van vreemdelingen"
        )
        assert immigration_act in titles(q="vreemdelingen", lang="nl")
        # The narrative is English only.
        assert titles(q="smuggling", lang="de") == []
        assert titles(q="smuggling", lang="en") != []

    @pytest.mark.parametrize(
        ("q", "title"),
        [
            ("etrangers", "Office des Étrangers"),
            ("auslanderamt", "Ausländeramt"),
            ("Föderalagentur", "Föderalagentur für die Aufnahme von Asylsuchenden"),
        ],
    )
    def test_accents_are_folded_on_both_databases(
        self, client: TestClient, q: str, title: str
    ) -> None:
        found = client.get("/api/v1/search", params={"q": q, "type": "authority"}).json()
        assert title in [h["title"] for h in found["data"]]

    def test_stemming_in_french(self, client: TestClient) -> None:
        found = client.get("/api/v1/search", params={"q": "étranger", "lang": "fr"}).json()
        assert "Office des Étrangers" in [h["title"] for h in found["data"]]
