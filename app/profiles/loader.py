"""Load a profile document into the database, idempotently; read one back out.

After a load the country's profile is the document: rows are matched by their
natural keys (slugs, titles, names), changed in place when they differ, and
created when new. What the database holds and the document no longer lists is
removed only when the load is told to (`remove=True`: the whole-profile replace,
`--replace` on the command line); otherwise it is kept, and the report says
what a removal would have taken. Loading the same document again changes
nothing. Values go through the observation service and everything else
through the history hooks, so every change is a revision and a removed value is
only hidden. The caller owns the transaction.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import groupby
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.authorities.schemas import AuthorityFields
from app.authorities.service import list_authorities
from app.changes import apply_changes
from app.countries.schemas import CountryFields
from app.documents.schemas import PolicyDocumentFields, PublicationFields
from app.documents.service import list_documents
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
from app.narrative.schemas import CitationWrite, NarrativeSectionFields
from app.narrative.service import citation_rows, list_narrative
from app.observations.schemas import ObservationDetails, served_value
from app.observations.service import (
    ObservationKey,
    ObservationValues,
    Outcome,
    apply_values,
    checked_value,
    delete_observation,
    find_observation,
)
from app.profiles.document import GeneralInformation, ObservationEntry, ProfileDocument
from app.schemas import shaped

Row = TypeVar("Row", bound=Base)
Catalogue = TypeVar("Catalogue", Source, Indicator)


class InvalidDocument(AppError):
    status = 422
    slug = "invalid-profile-document"


@dataclass(frozen=True)
class Change:
    """One item a load inserted, updated, deleted, or would have deleted (`kept`)."""

    kind: str
    key: str
    action: str
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    def line(self) -> str:
        """`update observations population/world-bank/2024: value 11858610 -> 11858611`"""
        what = f"{_VERBS[self.action]} {self.kind} {self.key}"
        if self.fields:
            what += ": " + "; ".join(
                f"{name} {_short(old)} -> {_short(new)}" for name, (old, new) in self.fields.items()
            )
        return what


def _short(value: Any) -> str:
    if value is None:
        return "null"
    text = format(value, "f") if isinstance(value, Decimal) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass
class LoadReport:
    """What a load did: counts by kind and outcome, and each item it changed."""

    counts: Counter[str] = field(default_factory=Counter)
    changes: list[Change] = field(default_factory=list)

    def add(self, kind: str, outcome: str, key: str, fields: dict[str, Any] | None = None) -> None:
        self.counts[f"{kind}.{outcome}"] += 1
        if outcome != Outcome.UNCHANGED:
            self.changes.append(Change(kind, key, outcome, fields or {}))

    @property
    def kept(self) -> list[Change]:
        """What the document no longer lists and the load did not remove."""
        return [c for c in self.changes if c.action == KEPT]

    def summary(self) -> str:
        changed = {
            k: v for k, v in sorted(self.counts.items()) if not k.endswith((".unchanged", ".kept"))
        }
        return ", ".join(f"{k} {v}" for k, v in changed.items()) or "nothing changed"


# The outcome of an item the document no longer lists, in a load told not to remove.
KEPT = "kept"
_VERBS = {"inserted": "insert", "updated": "update", "deleted": "delete", KEPT: "delete"}


def load_profile(
    session: Session, document: ProfileDocument, *, changed_by: str, remove: bool
) -> LoadReport:
    """Make the database hold `document` (removing what it no longer lists only with
    `remove`); return what changed, item by item."""
    attribute(session, changed_by)
    report = LoadReport()
    sources = _sync_catalogue(session, Source, document.sources, report)
    indicators = _sync_catalogue(session, Indicator, document.indicators, report)
    country = _upsert_country(session, document, report)
    _load_observations(session, country, document, sources, indicators, changed_by, remove, report)
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
        remove=remove,
        report=report,
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
        remove=remove,
        report=report,
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
        remove=remove,
        report=report,
    )
    _load_narrative(session, country, document, remove, report)
    session.flush()
    return report


def _sync_catalogue(
    session: Session,
    model: type[Catalogue],
    entries: Sequence[Any],
    report: LoadReport,
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
            report.add(model.__tablename__, Outcome.INSERTED, entry.slug)
        elif changed := apply_changes(row, values):
            report.add(model.__tablename__, Outcome.UPDATED, entry.slug, changed)
    session.flush()
    return existing


def _upsert_country(session: Session, document: ProfileDocument, report: LoadReport) -> Country:
    values = {
        **document.country.model_dump(),
        "indicators_note": document.general_information.note,
    }
    code = document.country.code
    country = session.scalar(select(Country).where(Country.code == code))
    if country is None:
        country = Country(**values)
        session.add(country)
        report.add("countries", Outcome.INSERTED, code)
    elif changed := apply_changes(country, values):
        report.add("countries", Outcome.UPDATED, code, changed)
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
    remove: bool,
    report: LoadReport,
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
        key = ObservationKey(
            country_id=country.id, indicator_id=indicator.id, source_id=source.id, year=entry.year
        )
        values = _observation_values(entry, indicator)
        before = find_observation(session, key)
        old = _value_fields(before) if before is not None and before.deleted_at is None else {}
        observation, outcome = apply_values(
            session, before, key=key, values=values, changed_by=changed_by
        )
        kept.add(observation.id)
        new = _value_fields(observation)
        report.add(
            "observations",
            outcome,
            f"{entry.indicator}/{entry.source}/{entry.year or '-'}",
            {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v} if old else None,
        )
    stale = session.scalars(
        select(Observation)
        .where(
            Observation.country_id == country.id,
            Observation.deleted_at.is_(None),
            Observation.id.not_in(kept),
        )
        .options(joinedload(Observation.indicator), joinedload(Observation.source))
    )
    for observation in stale:
        name = f"{observation.indicator.slug}/{observation.source.slug}/{observation.year or '-'}"
        if remove:
            delete_observation(session, observation, changed_by=changed_by)
            report.add("observations", Outcome.DELETED, name)
        else:
            report.add("observations", KEPT, name)


def _value_fields(observation: Observation) -> dict[str, Any]:
    """A stored value as a document's entry gives it: the value and its details."""
    return {
        "value": served_value(observation.value_number, observation.value_text),
        **{name: getattr(observation, name) for name in ObservationDetails.model_fields},
    }


def _sync_list(
    session: Session,
    model: type[Row],
    country: Country,
    entries: Iterable[dict[str, Any]],
    *,
    key: tuple[str, ...],
    remove: bool,
    report: LoadReport,
) -> None:
    """Make the country's rows of `model` equal `entries`, matched on `key`."""
    existing = {
        tuple(getattr(row, k) for k in key): row
        for row in session.scalars(
            select(model)
            .where(model.country_id == country.id)  # type: ignore[attr-defined]
            .order_by(model.position, model.id)  # type: ignore[attr-defined]
        )
    }
    kind = model.__tablename__
    for values in entries:
        name = "/".join(str(values[k]) for k in key)
        row = existing.pop(tuple(values[k] for k in key), None)
        if row is None:
            session.add(model(country_id=country.id, **values))
            report.add(kind, Outcome.INSERTED, name)
        elif changed := apply_changes(row, values):
            report.add(kind, Outcome.UPDATED, name, changed)
        else:
            report.add(kind, Outcome.UNCHANGED, name)
    for natural_key, row in existing.items():
        name = "/".join(map(str, natural_key))
        if remove:
            session.delete(row)
            report.add(kind, Outcome.DELETED, name)
        else:
            report.add(kind, KEPT, name)
    session.flush()


def _load_narrative(
    session: Session,
    country: Country,
    document: ProfileDocument,
    remove: bool,
    report: LoadReport,
) -> None:
    existing = {
        section.slug: section
        for section in session.scalars(
            select(NarrativeSection)
            .where(NarrativeSection.country_id == country.id)
            .options(selectinload(NarrativeSection.citations))
            .order_by(NarrativeSection.position, NarrativeSection.id)
        )
    }
    kind = "narrative_sections"
    for position, entry in enumerate(document.narrative):
        values = {"title": entry.title, "body": entry.body, "position": position}
        citations = [(c.text, c.target) for c in entry.citations]
        section = existing.pop(entry.slug, None)
        if section is None:
            section = NarrativeSection(country_id=country.id, slug=entry.slug, **values)
            section.citations = citation_rows(citations)
            session.add(section)
            report.add(kind, Outcome.INSERTED, entry.slug)
            continue
        changed = apply_changes(section, values)
        old_citations = [(c.text, c.target) for c in section.citations]
        if old_citations != citations:
            section.citations.clear()
            session.flush()  # free the (section, position) keys before reusing them
            section.citations.extend(citation_rows(citations))
            changed["citations"] = (len(old_citations), len(citations))
        report.add(kind, Outcome.UPDATED if changed else Outcome.UNCHANGED, entry.slug, changed)
    for slug, section in existing.items():
        if remove:
            session.delete(section)
            report.add(kind, Outcome.DELETED, slug)
        else:
            report.add(kind, KEPT, slug)
    session.flush()


def current_document(session: Session, country: Country) -> ProfileDocument:
    """The country's profile as it is stored, as a profile document (the catalogue
    aside): what a load of it would leave unchanged."""
    observations = session.scalars(
        select(Observation)
        .where(Observation.country_id == country.id, Observation.deleted_at.is_(None))
        .options(joinedload(Observation.indicator), joinedload(Observation.source))
        .order_by(Observation.id)
    )
    return ProfileDocument(
        country=CountryFields(code=country.code, alpha3=country.alpha3, name=country.name),
        general_information=GeneralInformation(
            note=country.indicators_note,
            observations=[
                ObservationEntry(
                    indicator=o.indicator.slug,
                    source=o.source.slug,
                    year=o.year,
                    **_value_fields(o),
                )
                for o in observations
            ],
        ),
        authorities=[
            AuthorityFields.model_validate(shaped(a, AuthorityFields))
            for a in list_authorities(session, country.id)
        ],
        policy_documents=[
            PolicyDocumentFields.model_validate(shaped(d, PolicyDocumentFields))
            for d in list_documents(session, PolicyDocument, country.id)
        ],
        publications=[
            PublicationFields.model_validate(shaped(p, PublicationFields))
            for p in list_documents(session, Publication, country.id)
        ],
        narrative=[
            NarrativeSectionFields(
                slug=s["slug"],
                title=s["title"],
                body=s["body"],
                citations=[CitationWrite(**c) for c in s["citations"]],
            )
            for s in list_narrative(session, country.id)
        ],
    )
