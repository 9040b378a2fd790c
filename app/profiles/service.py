"""The whole-page profile read."""

from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Row, RowMapping, bindparam, select

from app.authorities.schemas import ROLE_LABELS, AuthorityGroupRead, AuthorityRead
from app.authorities.service import list_authorities
from app.countries.service import get_country
from app.documents.schemas import PolicyDocumentRead, PublicationRead
from app.documents.service import list_documents
from app.history.service import state_as_of, states_as_of
from app.models import (
    Authority,
    Base,
    Country,
    Indicator,
    NarrativeSection,
    PolicyDocument,
    Publication,
    Source,
    ValueType,
)
from app.narrative.schemas import NarrativeSectionRead
from app.narrative.service import list_narrative
from app.observations.queries import ObservationFilter, list_observations
from app.observations.schemas import ValueRead, served
from app.profiles.schemas import (
    CountryRef,
    GeneralInformationRead,
    IndicatorGroupRead,
    IndicatorValuesRead,
    ProfileRead,
    SourceRef,
    SourceValueRead,
)
from app.types import Queryable

_indicators = Indicator.__table__
_ENTRIES = select(*_indicators.c).where(_indicators.c.id.in_(bindparam("ids", expanding=True)))


def latest_observations(
    db: Queryable, country_id: int, as_of: datetime | None = None
) -> list[tuple[Row[Any], list[RowMapping]]]:
    """The newest value of every source, by indicator (its catalogue entry), in page order."""
    rows = list_observations(
        db, ObservationFilter(country_ids=[country_id], latest=True, as_of=as_of)
    )
    ids = list({row["indicator_id"] for row in rows})
    indicators = {i.id: i for i in db.execute(_ENTRIES, {"ids": ids})}
    ordered = sorted(
        rows, key=lambda r: (indicators[r["indicator_id"]].position, r["indicator_id"], r["id"])
    )
    return [
        (indicators[indicator_id], list(group))
        for indicator_id, group in groupby(ordered, key=lambda r: r["indicator_id"])
    ]


def latest_by_indicator(
    db: Queryable, country_id: int, as_of: datetime | None = None
) -> list[IndicatorValuesRead]:
    """Each indicator the country has, with the newest value of every source, in page
    order; with `as_of`, the catalogue's names, units and labels as they were then."""
    indicators = _catalogue_as_of(db, Indicator, as_of)
    sources = _catalogue_as_of(db, Source, as_of)
    found = []
    for indicator, rows in latest_observations(db, country_id, as_of):
        entry = indicators.get(indicator.slug, {})
        found.append(
            IndicatorValuesRead(
                slug=indicator.slug,
                name=entry.get("name", indicator.name),
                label=entry.get("label", indicator.label),
                group=entry.get("group", indicator.group),
                value_type=ValueType(indicator.value_type),
                unit=entry.get("unit", indicator.unit),
                values=[
                    SourceValueRead(
                        **served(row, ValueRead),
                        source=SourceRef(
                            slug=row["source"],
                            label=sources.get(row["source"], {}).get("label", row["source_label"]),
                        ),
                    )
                    for row in rows
                ],
            )
        )
    if as_of is not None:
        found.sort(key=lambda i: indicators.get(i.slug, {}).get("position", 0))
    return found


def _catalogue_as_of(
    db: Queryable, model: type[Indicator] | type[Source], as_of: datetime | None
) -> dict[str, dict[str, Any]]:
    """The catalogue entries (by slug) as they were at `as_of`; none without it."""
    if as_of is None:
        return {}
    return {state["slug"]: state for state in states_as_of(db, model, as_of=as_of)}


def general_information(
    db: Queryable, country_id: int, note: str | None, as_of: datetime | None = None
) -> GeneralInformationRead:
    groups: list[IndicatorGroupRead] = []
    for indicator in latest_by_indicator(db, country_id, as_of):
        if not groups or groups[-1].title != indicator.group:
            groups.append(IndicatorGroupRead(title=indicator.group, indicators=[]))
        groups[-1].indicators.append(indicator)
    return GeneralInformationRead(note=note, groups=groups)


def _authority_groups(authorities: list[AuthorityRead]) -> list[AuthorityGroupRead]:
    return [
        AuthorityGroupRead(
            role=role,
            label=label,
            authorities=[a for a in authorities if a.role == role],
        )
        for role, label in ROLE_LABELS.items()
    ]


def read_profile(connection: Connection, code: str, as_of: datetime | None) -> ProfileRead:
    """The whole page of the country with this code (a read, see `app.db.Database.read`)."""
    return get_profile(connection, get_country(connection, code), as_of)


def get_profile(
    db: Queryable, country: Row[Any] | Country, as_of: datetime | None = None
) -> ProfileRead:
    """The whole page; with `as_of`, as it stood then: its values, its lists and text,
    and the catalogue's labels, from their revisions."""
    if as_of is not None:
        return _profile_as_of(db, country, as_of)
    return ProfileRead(
        country=CountryRef.model_validate(country),
        general_information=general_information(db, country.id, country.indicators_note),
        authorities=_authority_groups(
            [AuthorityRead.model_validate(a) for a in list_authorities(db, country.id)]
        ),
        policy_documents=[
            PolicyDocumentRead.model_validate(d)
            for d in list_documents(db, PolicyDocument, country.id)
        ],
        publications=[
            PublicationRead.model_validate(p) for p in list_documents(db, Publication, country.id)
        ],
        narrative=[NarrativeSectionRead.model_validate(s) for s in list_narrative(db, country.id)],
    )


def _profile_as_of(db: Queryable, country: Row[Any] | Country, as_of: datetime) -> ProfileRead:
    def states(model: type[Base]) -> list[dict[str, Any]]:
        return states_as_of(db, model, as_of=as_of, country_id=country.id)

    then = state_as_of(db, Country, resource_id=country.id, as_of=as_of)
    role_order = list(ROLE_LABELS)
    authorities = sorted(
        (AuthorityRead.model_validate(s) for s in states(Authority)),
        key=lambda a: (role_order.index(a.role), a.position, a.id),
    )
    return ProfileRead(
        country=CountryRef.model_validate(then or country),
        general_information=general_information(
            db, country.id, then["indicators_note"] if then else None, as_of
        ),
        authorities=_authority_groups(authorities),
        policy_documents=sorted(
            (PolicyDocumentRead.model_validate(s) for s in states(PolicyDocument)),
            key=lambda d: (d.position, d.id),
        ),
        publications=sorted(
            (PublicationRead.model_validate(s) for s in states(Publication)),
            key=lambda p: (p.position, p.id),
        ),
        narrative=sorted(
            (NarrativeSectionRead.model_validate(s) for s in states(NarrativeSection)),
            key=lambda n: (n.position, n.slug),
        ),
    )
