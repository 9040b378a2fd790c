"""Reading and writing a country's narrative sections."""

from typing import Any

from sqlalchemy import Row, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from app.changes import apply_changes
from app.errors import InvalidParameter, NotFound
from app.models import Citation, Country, NarrativeSection
from app.narrative.schemas import NarrativeSectionCreate, missing_citation
from app.types import Queryable

_sections = NarrativeSection.__table__
_citations = Citation.__table__


# Statements are built once: building one costs more than running it.
_LIST = (
    select(*_sections.c)
    .where(_sections.c.country_id == bindparam("country_id"))
    .order_by(_sections.c.position, _sections.c.id)
)
_ONE = _LIST.where(_sections.c.slug == bindparam("slug"))
_CITATIONS = (
    select(_citations.c.section_id, _citations.c.text, _citations.c.target)
    .join(_sections, _sections.c.id == _citations.c.section_id)
    .where(_sections.c.country_id == bindparam("country_id"))
    .order_by(_citations.c.section_id, _citations.c.position)
)
_CITATIONS_OF_ONE = _CITATIONS.where(_sections.c.slug == bindparam("slug"))


def list_narrative(db: Queryable, country_id: int, slug: str | None = None) -> list[dict[str, Any]]:
    """The country's sections in page order (or the one with this slug), each with
    its id, fields and citations in order, in two statements."""
    params = {"country_id": country_id, "slug": slug}
    rows = db.execute(_LIST if slug is None else _ONE, params).mappings().all()
    sections = {row["id"]: {**row, "citations": []} for row in rows}
    if sections:
        citations = db.execute(_CITATIONS if slug is None else _CITATIONS_OF_ONE, params).all()
        for section_id, text, target in citations:
            sections[section_id]["citations"].append({"text": text, "target": target})
    return list(sections.values())


def get_narrative_section(db: Queryable, country: Row[Any] | Country, slug: str) -> dict[str, Any]:
    """One of the country's sections; NotFound when it has none with this slug."""
    found = list_narrative(db, country.id, slug)
    if not found:
        raise NotFound(f"{country.name} has no narrative section {slug!r}.")
    return found[0]


def lock_section(session: Session, country: Country, slug: str) -> NarrativeSection:
    """The section to change (its citations loaded), locked until the transaction ends."""
    found = get_narrative_section(session, country, slug)
    return session.get_one(
        NarrativeSection,
        found["id"],
        with_for_update=True,
        options=[selectinload(NarrativeSection.citations)],
    )


def citation_rows(pairs: list[tuple[str, str | None]]) -> list[Citation]:
    """Citation rows, in order, from (text, target) pairs."""
    return [
        Citation(position=index, text=text, target=target)
        for index, (text, target) in enumerate(pairs)
    ]


def create_section(
    session: Session, country: Country, data: NarrativeSectionCreate
) -> NarrativeSection:
    position = data.position
    if position is None:
        last = session.scalar(
            select(func.max(NarrativeSection.position)).where(
                NarrativeSection.country_id == country.id
            )
        )
        position = 0 if last is None else last + 1
    section = NarrativeSection(
        country_id=country.id, slug=data.slug, title=data.title, body=data.body, position=position
    )
    section.citations = citation_rows([(c.text, c.target) for c in data.citations])
    session.add(section)
    session.flush()
    return section


def update_section(session: Session, section: NarrativeSection, changes: dict[str, Any]) -> None:
    citations = changes.pop("citations", None)
    body = changes.get("body", section.body)
    apply_changes(section, changes)
    if citations is not None:
        section.citations.clear()
        session.flush()  # free the (section, position) keys before reusing them
        section.citations.extend(citation_rows([(c["text"], c.get("target")) for c in citations]))
    missing = missing_citation(body, [c.text for c in section.citations])
    if missing is not None:
        raise InvalidParameter(
            "body", "citations", f"citation {missing!r} does not occur in the body"
        )
    session.flush()


def delete_section(session: Session, section: NarrativeSection) -> None:
    session.delete(section)
    session.flush()
