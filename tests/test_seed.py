"""The Belgium seed: every figure, list and sentence of the published page, loaded once."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.models import (
    Authority,
    Citation,
    Country,
    Indicator,
    NarrativeSection,
    Observation,
    ObservationRevision,
    PolicyDocument,
    Publication,
    Source,
)
from app.profiles.document import read_document
from app.profiles.loader import InvalidDocument, load_profile
from seeds import BELGIUM
from tests.page import PAGE, SHARED_PAGE, markdown_text, read_page, sentences

# (indicator, source label, year, exact value, unit, price basis, measure), as on the page.
FIGURES = [
    ("population", "World Bank", 2024, "11858610", "persons", None, None),
    ("population", "STAT BEL", 2024, "11763650", "persons", None, None),
    ("immigration", "STAT BEL", 2023, "194887", "persons", None, "flow"),
    ("emigration", "UN Emigration Stock", 2020, "577463", "persons", None, "stock"),
    ("emigration", "STAT BEL", 2023, "128538", "persons", None, "flow"),
    ("working-age-population", "World Bank", 2024, "7523789", "persons", None, None),
    ("working-age-population", "STAT BEL", 2024, "7076347", "persons", None, None),
    ("unemployment-rate", "World Bank", 2024, "5.7", "%", None, None),
    ("unemployment-rate", "STAT BEL", 2024, "6", "%", None, None),
    ("gdp", "World Bank", 2024, "671370081636.4", "USD", "current prices", None),
    ("gdp", "NBB BEL", 2023, "596320500000", "EUR", "current prices", None),
    ("refugees", "UNHCR", 2025, "186406", "persons", None, None),
    ("refugees", "CGRA BEL", 2021, "25971", "persons", None, None),
    ("asylum-seekers", "UNHCR", 2025, "56786", "persons", None, None),
    ("asylum-seekers", "CGRA BEL", 2021, "19590", "persons", None, None),
    ("idps", "UNHCR", 2025, "0", "persons", None, None),
    ("territory", "CIA World Factbook", None, "30528", "km2", None, None),
]


def _observations(session: Session) -> list[Observation]:
    return list(
        session.scalars(
            select(Observation)
            .options(joinedload(Observation.indicator), joinedload(Observation.source))
            .order_by(Observation.id)
        )
    )


def _table_snapshot(session: Session) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every seeded table, as plain tuples, for before/after comparison."""
    snapshot = {}
    for model in (
        Country,
        Source,
        Indicator,
        Observation,
        ObservationRevision,
        Authority,
        PolicyDocument,
        Publication,
        NarrativeSection,
        Citation,
    ):
        columns = list(model.__table__.columns)
        rows = session.execute(select(*columns).order_by(*model.__table__.primary_key)).all()
        snapshot[model.__tablename__] = [tuple(row) for row in rows]
    return snapshot


class TestPageCopy:
    def test_vendored_page_matches_shared(self) -> None:
        if not SHARED_PAGE.exists():
            pytest.skip("shared/ is not beside the checkout")
        assert PAGE.read_bytes() == SHARED_PAGE.read_bytes()


class TestFigures:
    def test_every_figure_with_source_year_unit_and_exact_value(self, session: Session) -> None:
        numeric = [
            (
                o.indicator.slug,
                o.source.label,
                o.year,
                format(o.value_number, "f"),
                o.unit or o.indicator.unit,
                o.price_basis,
                o.measure,
            )
            for o in _observations(session)
            if o.value_number is not None
        ]
        assert numeric == FIGURES

    def test_gdp_is_exact_decimal(self, session: Session) -> None:
        gdp = session.scalars(
            select(Observation.value_number)
            .join(Observation.indicator)
            .where(Indicator.slug == "gdp", Observation.year == 2024)
        ).one()
        assert gdp == Decimal("671370081636.4")
        assert str(gdp) == "671370081636.4"

    def test_citizenship_by_birth_is_text_with_qualifier(self, session: Session) -> None:
        [citizenship] = [o for o in _observations(session) if o.value_text is not None]
        assert citizenship.indicator.slug == "citizenship-by-birth"
        assert (citizenship.value_text, citizenship.qualifier) == ("Yes", "conditional")
        assert (citizenship.source.label, citizenship.year) == ("GLOBALCIT", 2024)

    def test_eighteen_values_as_on_the_page(self, session: Session) -> None:
        observations = _observations(session)
        assert len(observations) == 18
        page_text = "\n".join(
            line
            for heading, paragraphs in read_page().paragraphs.items()
            for paragraph in paragraphs
            for line in paragraph.splitlines()
        )
        for o in observations:
            if o.value_number is not None:
                digits = format(o.value_number, "f")
                whole, _, decimals = digits.partition(".")
                shown = f"{int(whole):,}".replace(",", " ") + (f".{decimals}" if decimals else "")
            else:
                shown = f"{o.value_text} ({o.qualifier})"
            label = o.source.label + (f" {o.year}" if o.year else "")
            assert f"({label})" in page_text, label
            assert any(
                line.startswith(shown) and line.endswith(f"({label})")
                for line in page_text.splitlines()
            ), (shown, label)

    def test_emigration_figures_say_stock_or_flow(self, session: Session) -> None:
        notes = {
            o.source.slug: (o.measure, o.note)
            for o in _observations(session)
            if o.indicator.slug == "emigration"
        }
        assert notes["un-desa"][0] == "stock"
        assert notes["statbel"][0] == "flow"
        assert all(note for _, note in notes.values())

    def test_every_value_has_one_create_revision(self, session: Session) -> None:
        rows = session.execute(
            select(
                ObservationRevision.action, ObservationRevision.changed_by, func.count()
            ).group_by(ObservationRevision.action, ObservationRevision.changed_by)
        ).all()
        assert rows == [("create", "seed:belgium.yaml", 18)]


class TestListsAndText:
    def test_authorities_by_role_as_on_the_page(self, session: Session) -> None:
        page = read_page().paragraphs
        authorities = session.scalars(select(Authority).order_by(Authority.position)).all()

        def shown(a: Authority) -> str:
            extra = a.remit or a.acronym
            return f"{a.name} ({extra})" if extra else a.name

        by_role = {
            role: [shown(a) for a in authorities if a.role == role]
            for role in ("responsible_body", "line_ministry", "agency")
        }
        assert by_role["responsible_body"] == page["Responsible Body"]
        assert by_role["line_ministry"] == page["Line Ministries"]
        # On the page the CGRS acronym stands on a line of its own under the name.
        agencies = page["Agencies"]
        cgrs = agencies.index("(CGRS)")
        agencies[cgrs - 1 : cgrs + 1] = [f"{agencies[cgrs - 1]} (CGRS)"]
        assert by_role["agency"] == agencies
        assert len(by_role["agency"]) == 7

    def test_acronyms(self, session: Session) -> None:
        acronyms = dict(
            session.execute(
                select(Authority.acronym, Authority.name).where(Authority.acronym.is_not(None))
            ).all()
        )
        assert acronyms == {
            "Fedasil": "Federal Agency for the Reception of Asylum Seekers",
            "CGRS": "Office of the Commissioner General for Refugees and Stateless Persons",
            "Myria": "Federal Migration Centre",
        }

    def test_policy_documents_with_years_and_kinds(self, session: Session) -> None:
        documents = session.scalars(select(PolicyDocument).order_by(PolicyDocument.position))
        shown = [(f"{d.year} {d.title}", d.kind) for d in documents]
        assert [title for title, _ in shown] == read_page().paragraphs["Key Policy Documents"]
        assert [kind for _, kind in shown] == ["code", "act", "act", "royal_decree"]

    def test_publications(self, session: Session) -> None:
        titles = session.scalars(select(Publication.title).order_by(Publication.position)).all()
        assert titles == read_page().publications

    def test_every_narrative_sentence_verbatim(self, session: Session) -> None:
        sections = session.scalars(
            select(NarrativeSection).order_by(NarrativeSection.position)
        ).all()
        bodies = [markdown_text(s.body) for s in sections]
        page_sentences = [s for p in read_page().narrative for s in sentences(p)]
        assert len(page_sentences) >= 40
        missing = [s for s in page_sentences if not any(s in " ".join(b.split()) for b in bodies)]
        assert missing == []
        # Nothing added either: the sections hold exactly the page's paragraphs.
        paragraphs = [p for body in bodies for p in body.split("\n\n")]
        assert paragraphs == read_page().narrative

    def test_sections_have_titles_and_distinct_slugs(self, session: Session) -> None:
        rows = session.execute(
            select(NarrativeSection.slug, NarrativeSection.title).order_by(
                NarrativeSection.position
            )
        ).all()
        assert len(rows) == 9
        assert len({slug for slug, _ in rows}) == 9
        assert ("people-smuggling", "People smuggling and transit migration") in rows

    def test_citations_are_the_page_links_with_unknown_targets_null(self, session: Session) -> None:
        sections = session.scalars(
            select(NarrativeSection)
            .options(selectinload(NarrativeSection.citations))
            .order_by(NarrativeSection.position)
        ).all()
        stored = [(c.text, c.target) for s in sections for c in s.citations]
        page_links = read_page().links
        assert len(stored) == len(page_links) == 17
        assert [text for text, _ in stored] == [text for text, _ in page_links]
        assert {href for _, href in page_links} == {"#"}
        assert {target for _, target in stored} == {None}

    def test_general_information_note(self, session: Session) -> None:
        note = session.scalars(select(Country.indicators_note)).one()
        assert note == read_page().paragraphs["Territory"][-1]


class TestIdempotentLoad:
    def test_loading_again_changes_nothing(self, session: Session) -> None:
        before = _table_snapshot(session)
        report = load_profile(
            session, read_document(BELGIUM), changed_by="seed:again", remove=False
        )
        assert report.changes == []
        assert report.counts["observations.unchanged"] == 18
        assert _table_snapshot(session) == before

    def test_a_changed_document_leaves_revisions(self, session: Session) -> None:
        document = read_document(BELGIUM)
        observations = document.general_information.observations
        population = next(o for o in observations if o.indicator == "population")
        population.value = Decimal("11858611")
        observations.remove(next(o for o in observations if o.indicator == "idps"))

        report = load_profile(session, document, changed_by="curator", remove=True)

        assert [c.line() for c in report.changes] == [
            "update observations population/world-bank/2024: value 11858610 -> 11858611",
            "delete observations idps/unhcr/2025",
        ]
        history = session.execute(
            select(ObservationRevision.action, ObservationRevision.value_number)
            .join(Indicator, Indicator.id == ObservationRevision.indicator_id)
            .where(Indicator.slug.in_(["population", "idps"]))
            .where(ObservationRevision.changed_by == "curator")
            .order_by(ObservationRevision.id)
        ).all()
        assert history == [("update", Decimal("11858611")), ("delete", Decimal("0"))]
        idps = session.scalars(
            select(Observation).join(Observation.indicator).where(Indicator.slug == "idps")
        ).one()
        assert idps.deleted_at is not None
        assert idps.version == 2

    def test_a_number_for_a_text_indicator_is_refused(self, session: Session) -> None:
        document = read_document(BELGIUM)
        entry = next(
            o
            for o in document.general_information.observations
            if o.indicator == "citizenship-by-birth"
        )
        entry.value = Decimal(1)
        with pytest.raises(InvalidDocument, match="citizenship-by-birth takes a text value"):
            load_profile(session, document, changed_by="curator", remove=True)
