"""Load a profile document into the database, idempotently.

After a load the country's profile is exactly the document: rows are matched by
their natural keys (slugs, titles, names), changed in place when they differ,
created when new and removed when the document no longer has them. Loading the
same document again changes nothing. Observations go through the observation
service, so every change to a value leaves a revision and removed values are
only hidden. The caller owns the transaction.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.errors import AppError, InvalidParameter
from app.history.record import attribute
from app.models import (
    Authority,
    AuthorityRole,
    Base,
    Country,
    Indicator,
    NarrativeSection,
    Observation,
    PolicyDocument,
    Publication,
    Source,
)
from app.narrative.service import citation_rows
from app.observations.service import (
    ObservationKey,
    ObservationValues,
    Outcome,
    checked_value,
    delete_observation,
    upsert_observation,
)
from app.profiles.document import ObservationEntry, ProfileDocument
from app.writes import apply_changes

Row = TypeVar("Row", bound=Base)
Catalogue = TypeVar("Catalogue", Source, Indicator)


class InvalidDocument(AppError):
    status = 422
    slug = "invalid-profile-document"


def load_profile(session: Session, document: ProfileDocument, *, changed_by: str) -> Counter[str]:
    """Make the database hold `document`; return counts of what changed, by kind."""
    attribute(session, changed_by)
    summary: Counter[str] = Counter()
    sources = _sync_catalogue(session, Source, document.sources, summary)
    indicators = _sync_catalogue(session, Indicator, document.indicators, summary)
    country = _upsert_country(session, document, summary)
    _load_observations(session, country, document, sources, indicators, changed_by, summary)
    _sync_list(
        session,
        Authority,
        country,
        [
            # Authorities are ordered within their role.
            {**entry.model_dump(), "position": index}
            for _, entries in groupby(
                sorted(document.authorities, key=lambda a: list(AuthorityRole).index(a.role)),
                key=lambda a: a.role,
            )
            for index, entry in enumerate(entries)
        ],
        key=("role", "name"),
        summary=summary,
    )
    _sync_list(
        session,
        PolicyDocument,
        country,
        [
            {**entry.model_dump(), "position": index}
            for index, entry in enumerate(document.policy_documents)
        ],
        key=("title",),
        summary=summary,
    )
    _sync_list(
        session,
        Publication,
        country,
        [
            {**entry.model_dump(), "position": index}
            for index, entry in enumerate(document.publications)
        ],
        key=("title",),
        summary=summary,
    )
    _load_narrative(session, country, document, summary)
    session.flush()
    return summary


def _count(summary: Counter[str], kind: str, outcome: str) -> None:
    summary[f"{kind}.{outcome}"] += 1


def _sync_catalogue(
    session: Session,
    model: type[Catalogue],
    entries: Sequence[Any],
    summary: Counter[str],
) -> dict[str, Catalogue]:
    """Upsert the sources or indicators the document brings; return every one by slug."""
    existing: dict[str, Catalogue] = {row.slug: row for row in session.scalars(select(model))}
    for position, entry in enumerate(entries):
        values = entry.model_dump()
        if model is Indicator:
            values["position"] = position
        row = existing.get(entry.slug)
        if row is None:
            row = model(**values)
            session.add(row)
            existing[entry.slug] = row
            _count(summary, model.__tablename__, Outcome.INSERTED)
        elif apply_changes(row, values):
            _count(summary, model.__tablename__, Outcome.UPDATED)
    session.flush()
    return existing


def _upsert_country(session: Session, document: ProfileDocument, summary: Counter[str]) -> Country:
    values = {
        **document.country.model_dump(),
        "indicators_note": document.general_information.note,
    }
    country = session.scalar(select(Country).where(Country.code == document.country.code))
    if country is None:
        country = Country(**values)
        session.add(country)
        _count(summary, "countries", Outcome.INSERTED)
    elif apply_changes(country, values):
        _count(summary, "countries", Outcome.UPDATED)
    session.flush()
    return country


def _observation_values(entry: ObservationEntry, indicator: Indicator) -> ObservationValues:
    try:
        value = checked_value(indicator, entry.value)
    except InvalidParameter as error:
        raise InvalidDocument(
            f"observation {indicator.slug}/{entry.source}/{entry.year}: "
            f"{error.errors[0]['msg'] if error.errors else error.detail}"
        ) from None
    fields = entry.model_dump(exclude={"indicator", "source", "year", "value"})
    return ObservationValues(**value, **fields)


def _load_observations(
    session: Session,
    country: Country,
    document: ProfileDocument,
    sources: dict[str, Source],
    indicators: dict[str, Indicator],
    changed_by: str,
    summary: Counter[str],
) -> None:
    kept: set[int] = set()
    for entry in document.general_information.observations:
        indicator = indicators.get(entry.indicator)
        source = sources.get(entry.source)
        if indicator is None or source is None:
            unknown = entry.indicator if indicator is None else entry.source
            kind = "indicator" if indicator is None else "source"
            raise InvalidDocument(
                f"observation {entry.indicator}/{entry.source}/{entry.year}: unknown {kind} "
                f"{unknown!r}; add it to the document's {kind} list"
            )
        observation, outcome = upsert_observation(
            session,
            key=ObservationKey(
                country_id=country.id,
                indicator_id=indicator.id,
                source_id=source.id,
                year=entry.year,
            ),
            values=_observation_values(entry, indicator),
            changed_by=changed_by,
        )
        kept.add(observation.id)
        _count(summary, "observations", outcome)
    stale = session.scalars(
        select(Observation).where(
            Observation.country_id == country.id,
            Observation.deleted_at.is_(None),
            Observation.id.not_in(kept),
        )
    )
    for observation in stale:
        delete_observation(session, observation, changed_by=changed_by)
        _count(summary, "observations", Outcome.DELETED)


def _sync_list(
    session: Session,
    model: type[Row],
    country: Country,
    entries: Iterable[dict[str, Any]],
    *,
    key: tuple[str, ...],
    summary: Counter[str],
) -> None:
    """Make the country's rows of `model` equal `entries`, matched on `key`."""
    existing = {
        tuple(getattr(row, k) for k in key): row
        for row in session.scalars(
            select(model).where(model.country_id == country.id)  # type: ignore[attr-defined]
        )
    }
    kind = model.__tablename__
    for values in entries:
        row = existing.pop(tuple(values[k] for k in key), None)
        if row is None:
            session.add(model(country_id=country.id, **values))
            _count(summary, kind, Outcome.INSERTED)
        elif apply_changes(row, values):
            _count(summary, kind, Outcome.UPDATED)
    for row in existing.values():
        session.delete(row)
        _count(summary, kind, Outcome.DELETED)
    session.flush()


def _load_narrative(
    session: Session, country: Country, document: ProfileDocument, summary: Counter[str]
) -> None:
    existing = {
        section.slug: section
        for section in session.scalars(
            select(NarrativeSection)
            .where(NarrativeSection.country_id == country.id)
            .options(selectinload(NarrativeSection.citations))
        )
    }
    for position, entry in enumerate(document.narrative):
        values = {"title": entry.title, "body": entry.body, "position": position}
        citations = [(c.text, c.target) for c in entry.citations]
        section = existing.pop(entry.slug, None)
        if section is None:
            section = NarrativeSection(country_id=country.id, slug=entry.slug, **values)
            section.citations = citation_rows(citations)
            session.add(section)
            _count(summary, "narrative_sections", Outcome.INSERTED)
            continue
        changed = apply_changes(section, values)
        if [(c.text, c.target) for c in section.citations] != citations:
            section.citations.clear()
            session.flush()  # free the (section, position) keys before reusing them
            section.citations.extend(citation_rows(citations))
            changed = True
        if changed:
            _count(summary, "narrative_sections", Outcome.UPDATED)
    for section in existing.values():
        session.delete(section)
        _count(summary, "narrative_sections", Outcome.DELETED)
    session.flush()
