"""Reading and writing a country's narrative sections."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from app.changes import apply_changes
from app.errors import InvalidParameter, NotFound
from app.models import Citation, Country, NarrativeSection
from app.narrative.schemas import NarrativeSectionCreate, missing_citation


def _sections(country: Country) -> Select[NarrativeSection]:
    return (
        select(NarrativeSection)
        .where(NarrativeSection.country_id == country.id)
        .options(selectinload(NarrativeSection.citations))
        .order_by(NarrativeSection.position, NarrativeSection.id)
    )


def list_narrative(session: Session, country: Country) -> Sequence[NarrativeSection]:
    return session.scalars(_sections(country)).all()


def get_narrative_section(
    session: Session, country: Country, slug: str, *, for_update: bool = False
) -> NarrativeSection:
    query = _sections(country).where(NarrativeSection.slug == slug)
    section = session.scalar(query.with_for_update(of=NarrativeSection) if for_update else query)
    if section is None:
        raise NotFound(f"{country.name} has no narrative section {slug!r}.")
    return section


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
