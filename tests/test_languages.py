"""Belgium in its languages: negotiation, the official names and translated
labels, English as the visible fallback, and caches that keep languages apart."""

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
        body = {
            "country": document["country"],
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

    def test_stemming_in_french(self, client: TestClient) -> None:
        found = client.get("/api/v1/search", params={"q": "étranger", "lang": "fr"}).json()
        assert "Office des Étrangers" in [h["title"] for h in found["data"]]
