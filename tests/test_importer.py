"""Reading profile pages: the Belgium page equals the seed; crafted pages; errors; --load."""

import os
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import cli
from app.config import Settings
from app.importer import PageError, import_page
from app.main import create_app
from app.profiles.document import ProfileDocument, read_document
from seeds import BELGIUM
from tests.page import PAGE, markdown_text, sentences

runner = CliRunner()


def _effective_figures(document: ProfileDocument) -> list[tuple[object, ...]]:
    units = {i.slug: i.unit for i in read_document(BELGIUM).indicators}
    labels = {s.slug: s.label for s in document.sources}
    return [
        (
            o.indicator,
            labels[o.source],
            o.year,
            o.value,
            o.qualifier,
            o.unit or units[o.indicator],
            o.price_basis,
            o.source_url,
        )
        for o in document.general_information.observations
    ]


class TestBelgiumPage:
    def test_the_page_reads_as_the_seed_document(self) -> None:
        imported = import_page(PAGE)
        seed = read_document(BELGIUM)
        assert imported.country == seed.country
        assert _effective_figures(imported) == _effective_figures(seed)
        assert imported.general_information.note == seed.general_information.note
        assert [s.model_dump() for s in imported.sources] == [s.model_dump() for s in seed.sources]
        # A page carries no translations: those are the seed's own.
        untranslated = {"translations"}
        for listed in ("authorities", "policy_documents", "publications"):
            assert [i.model_dump(exclude=untranslated) for i in getattr(imported, listed)] == [
                i.model_dump(exclude=untranslated) for i in getattr(seed, listed)
            ], listed
        imported_text = " ".join(markdown_text(s.body) for s in imported.narrative)
        seed_text = " ".join(markdown_text(s.body) for s in seed.narrative)
        assert sentences(imported_text) == sentences(seed_text)
        assert [c for s in imported.narrative for c in s.citations] == [
            c for s in seed.narrative for c in s.citations
        ]

    def test_gdp_digit_for_digit(self) -> None:
        gdp = next(
            o for o in import_page(PAGE).general_information.observations if o.indicator == "gdp"
        )
        assert gdp.value == Decimal("671370081636.4")
        assert str(gdp.value) == "671370081636.4"


def page(
    figures: str, lists: str = "", narrative: str = "", heading: str = "## Netherlands"
) -> str:
    return f"""{heading}

### General Information

{figures}

# Migration Authorities

## Responsible Body

Ministry of Justice and Security

## Agencies

Immigration and Naturalisation Service

{lists}

## Key Policy Documents

2000 Aliens Act

## Relevant Publications

International Migration Outlook 2023

{narrative or "The Netherlands is a country of immigration."}
"""


def _read(tmp_path: Path, text: str) -> ProfileDocument:
    path = tmp_path / "page.md"
    path.write_text(text)
    return import_page(path)


class TestCraftedPages:
    def test_three_sources_and_a_new_source_label(self, tmp_path: Path) -> None:
        document = _read(
            tmp_path,
            page(
                "#### Population\n\n17 942 942 ([World Bank 2024](#))  \n"
                "17 947 406 ([STAT NLD 2024](https://www.cbs.nl))  \n"
                "17 900 000 ([CIA World Factbook](#))"
            ),
        )
        assert document.country.code == "NL"
        values = [
            (o.source, o.year, o.value, o.source_url)
            for o in document.general_information.observations
        ]
        assert values == [
            ("world-bank", 2024, Decimal("17942942"), None),
            ("stat-nld", 2024, Decimal("17947406"), "https://www.cbs.nl"),
            ("cia-world-factbook", None, Decimal("17900000"), None),
        ]
        new = next(s for s in document.sources if s.slug == "stat-nld")
        assert (new.label, new.kind) == ("STAT NLD", "national")

    def test_missing_sub_indicator_and_text_without_qualifier(self, tmp_path: Path) -> None:
        document = _read(
            tmp_path,
            page(
                "#### Refugees, Asylum seekers, IDPs\n\n**Refugees**  \n100 ([UNHCR 2025](#))\n\n"
                "**IDPs**  \n0 ([UNHCR 2025](#))\n\n"
                "#### Citizenship\n\n**By Birth**  \nNo ([GLOBALCIT 2024](#))"
            ),
        )
        observations = document.general_information.observations
        assert [(o.indicator, o.value, o.qualifier) for o in observations] == [
            ("refugees", Decimal(100), None),
            ("idps", Decimal(0), None),
            ("citizenship-by-birth", "No", None),
        ]

    def test_a_trillion_with_decimals_and_units(self, tmp_path: Path) -> None:
        document = _read(
            tmp_path,
            page(
                "#### GDP\n\n1 118 124 000 000.25 current prices USD ([World Bank 2024](#))\n\n"
                "#### Unemployment rate\n\n3.6 % ([World Bank 2024](#))\n\n"
                "#### Territory\n\n41 543 km<sup>2</sup> ([CIA World Factbook](#))"
            ),
        )
        gdp, unemployment, territory = document.general_information.observations
        assert (gdp.value, gdp.unit, gdp.price_basis) == (
            Decimal("1118124000000.25"),
            None,  # USD is the indicator's unit
            "current prices",
        )
        assert str(gdp.value) == "1118124000000.25"
        assert (unemployment.value, unemployment.unit) == (Decimal("3.6"), None)
        assert (territory.value, territory.unit, territory.year) == (Decimal(41543), None, None)

    def test_acronym_on_its_own_line(self, tmp_path: Path) -> None:
        document = _read(
            tmp_path,
            page("#### Population\n\n1 ([World Bank 2024](#))", lists="Central Agency\n\n(COA)"),
        )
        assert [(a.name, a.acronym) for a in document.authorities] == [
            ("Ministry of Justice and Security", None),
            ("Immigration and Naturalisation Service", None),
            ("Central Agency", "COA"),
        ]

    def test_narrative_links_with_and_without_targets(self, tmp_path: Path) -> None:
        document = _read(
            tmp_path,
            page(
                "#### Population\n\n1 ([World Bank 2024](#))",
                narrative="Migration [grew](https://example.org/grew) in [2023](#).\n\n"
                "It fell [later](#).",
            ),
        )
        [section] = document.narrative
        assert section.body == (
            "Migration [grew](https://example.org/grew) in 2023.\n\nIt fell later."
        )
        assert [(c.text, c.target) for c in section.citations] == [
            ("grew", "https://example.org/grew"),
            ("2023", None),
            ("later", None),
        ]

    def test_country_option_when_the_heading_is_missing(self, tmp_path: Path) -> None:
        path = tmp_path / "page.md"
        path.write_text(page("#### Population\n\n1 ([World Bank 2024](#))", heading=""))
        assert import_page(path, country_code="LU").country.name == "Luxembourg"


@pytest.mark.parametrize(
    ("figures", "line", "message"),
    [
        ("#### Population\n\nmany ([World Bank 2024](#))", 7, "expected a number"),
        ("#### Population\n\n11 858 610", 7, "a value without a source"),
        ("#### Population\n\n11 858 610 ([](#))", 7, "a value without a source"),
        ("#### Happiness\n\n7 ([World Bank 2024](#))", 7, "unknown indicator 'Happiness'"),
        ("#### Population\n\n1 ([World Bank 2024](#))\n\n## Weather", 9, "does not know"),
        ("#### Refugees, Asylum seekers, IDPs\n\n5 ([UNHCR 2025](#))", 7, "bold sub-heading"),
        ("#### Population\n\n1 000 0 ([World Bank 2024](#))", 7, "expected a number"),
        ("#### Population\n\n- 1 ([World Bank 2024](#))", 7, "unexpected bullet"),
    ],
)
def test_malformed_pages_name_the_line(
    tmp_path: Path, figures: str, line: int, message: str
) -> None:
    with pytest.raises(PageError, match=message) as error:
        _read(tmp_path, page(figures))
    assert error.value.line == line
    assert str(error.value).startswith(f"line {line}: ")


def test_an_acronym_line_cannot_add_a_second_acronym(tmp_path: Path) -> None:
    text = page("#### Population\n\n1 ([World Bank 2024](#))", lists="(COA)\n\n(XYZ)")
    with pytest.raises(PageError, match="has an acronym already") as error:
        _read(tmp_path, text)
    assert error.value.line == text.splitlines().index("(XYZ)") + 1


def test_policy_document_without_a_year(tmp_path: Path) -> None:
    text = page("#### Population\n\n1 ([World Bank 2024](#))").replace(
        "2000 Aliens Act", "Aliens Act"
    )
    with pytest.raises(PageError, match="YEAR TITLE") as error:
        _read(tmp_path, text)
    assert error.value.line == text.splitlines().index("Aliens Act") + 1


class TestImportCommand:
    def test_load_a_second_country_then_again_then_a_bad_page(self, tmp_path: Path) -> None:
        database = f"sqlite:///{tmp_path}/import.sqlite3"
        env = {**os.environ, "DATABASE_URL": database}
        assert runner.invoke(cli, ["seed"], env=env).exit_code == 0
        netherlands = tmp_path / "netherlands.md"
        netherlands.write_text(
            page(
                "#### Population\n\n17 942 942 ([World Bank 2024](#))  \n"
                "17 947 406 ([STAT NLD 2024](#))"
            )
        )
        loaded = runner.invoke(cli, ["import-profile", str(netherlands), "--load"], env=env)
        assert loaded.exit_code == 0, loaded.output
        assert "observations.inserted 2" in loaded.output
        again = runner.invoke(cli, ["import-profile", str(netherlands), "--load"], env=env)
        assert again.output == "loaded Netherlands: nothing changed\n"

        app = create_app(Settings(database_url=database, _env_file=None))  # type: ignore[call-arg]
        with TestClient(app) as client:
            codes = [c["code"] for c in client.get("/api/v1/countries").json()["data"]]
            assert codes == ["BE", "NL"]
            profile = client.get("/api/v1/countries/NLD/profile").json()
            values = profile["general_information"]["groups"][0]["indicators"][0]["values"]
            assert [(v["source"]["label"], v["value"]) for v in values] == [
                ("World Bank", 17942942),
                ("STAT NLD", 17947406),
            ]
            before = client.get("/api/v1/observations?format=csv").text

        broken = tmp_path / "broken.md"
        broken.write_text(
            netherlands.read_text()
            .replace("17 947 406", "17 947 407")
            .replace("2000 Aliens Act", "Aliens Act")
        )
        failed = runner.invoke(cli, ["import-profile", str(broken), "--load"], env=env)
        assert failed.exit_code == 1
        assert failed.output.startswith("error: line ")
        with TestClient(create_app(Settings(database_url=database, _env_file=None))) as client:  # type: ignore[call-arg]
            assert client.get("/api/v1/observations?format=csv").text == before

    def test_out_writes_a_document_the_seed_command_reads(self, tmp_path: Path) -> None:
        out = tmp_path / "belgium.yaml"
        result = runner.invoke(cli, ["import-profile", str(PAGE), "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert read_document(out) == import_page(PAGE)
        assert "value: 671370081636.4\n" in out.read_text()
