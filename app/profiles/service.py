"""The whole-page profile read."""

from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session

from app.authorities.schemas import ROLE_LABELS, AuthorityGroupRead, AuthorityRead
from app.authorities.service import list_authorities
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


def latest_observations(
    session: Session, country: Country, as_of: datetime | None = None
) -> list[tuple[Indicator, list[RowMapping]]]:
    """The newest value of every source, by indicator, in page order."""
    rows = list_observations(
        session, ObservationFilter(country_ids=[country.id], latest=True, as_of=as_of)
    )
    ids = {row["indicator_id"] for row in rows}
    indicators = {i.id: i for i in session.scalars(select(Indicator).where(Indicator.id.in_(ids)))}
    ordered = sorted(
        rows, key=lambda r: (indicators[r["indicator_id"]].position, r["indicator_id"], r["id"])
    )
    return [
        (indicators[indicator_id], list(group))
        for indicator_id, group in groupby(ordered, key=lambda r: r["indicator_id"])
    ]


def latest_by_indicator(
    session: Session, country: Country, as_of: datetime | None = None
) -> list[IndicatorValuesRead]:
    """Each indicator the country has, with the newest value of every source, in page
    order; with `as_of`, the catalogue's names, units and labels as they were then."""
    indicators = _catalogue_as_of(session, Indicator, as_of)
    sources = _catalogue_as_of(session, Source, as_of)
    found = []
    for indicator, rows in latest_observations(session, country, as_of):
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
    session: Session, model: type[Indicator] | type[Source], as_of: datetime | None
) -> dict[str, dict[str, Any]]:
    """The catalogue entries (by slug) as they were at `as_of`; none without it."""
    if as_of is None:
        return {}
    return {state["slug"]: state for state in states_as_of(session, model, as_of=as_of)}


def general_information(
    session: Session, country: Country, note: str | None, as_of: datetime | None = None
) -> GeneralInformationRead:
    groups: list[IndicatorGroupRead] = []
    for indicator in latest_by_indicator(session, country, as_of):
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


def get_profile(session: Session, country: Country, as_of: datetime | None = None) -> ProfileRead:
    """The whole page; with `as_of`, as it stood then: its values, its lists and text,
    and the catalogue's labels, from their revisions."""
    if as_of is not None:
        return _profile_as_of(session, country, as_of)
    return ProfileRead(
        country=CountryRef.model_validate(country),
        general_information=general_information(session, country, country.indicators_note),
        authorities=_authority_groups(
            [AuthorityRead.model_validate(a) for a in list_authorities(session, country)]
        ),
        policy_documents=[
            PolicyDocumentRead.model_validate(d)
            for d in list_documents(session, PolicyDocument, country)
        ],
        publications=[
            PublicationRead.model_validate(p) for p in list_documents(session, Publication, country)
        ],
        narrative=[
            NarrativeSectionRead.model_validate(s) for s in list_narrative(session, country)
        ],
    )


def _profile_as_of(session: Session, country: Country, as_of: datetime) -> ProfileRead:
    def states(model: type[Base]) -> list[dict[str, Any]]:
        return states_as_of(session, model, as_of=as_of, country_id=country.id)

    then = state_as_of(session, Country, resource_id=country.id, as_of=as_of)
    role_order = list(ROLE_LABELS)
    authorities = sorted(
        (AuthorityRead.model_validate(s) for s in states(Authority)),
        key=lambda a: (role_order.index(a.role), a.position, a.id),
    )
    return ProfileRead(
        country=CountryRef.model_validate(then or country),
        general_information=general_information(
            session, country, then["indicators_note"] if then else None, as_of
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
