"""The whole-page profile read."""

from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.authorities.schemas import ROLE_LABELS, AuthorityGroupRead, AuthorityRead
from app.authorities.service import list_authorities
from app.documents.schemas import PolicyDocumentRead, PublicationRead
from app.documents.service import list_documents
from app.models import Country, Indicator, PolicyDocument, Publication, ValueType
from app.narrative.schemas import NarrativeSectionRead
from app.narrative.service import list_narrative
from app.observations.queries import ObservationFilter, list_observations
from app.observations.schemas import value_fields
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
) -> list[tuple[Indicator, list[Row[Any]]]]:
    """The newest value of every source, by indicator, in page order."""
    rows = list_observations(
        session, ObservationFilter(country_ids=[country.id], latest=True, as_of=as_of)
    )
    ids = {row.indicator_id for row in rows}
    indicators = {i.id: i for i in session.scalars(select(Indicator).where(Indicator.id.in_(ids)))}
    ordered = sorted(
        rows, key=lambda r: (indicators[r.indicator_id].position, r.indicator_id, r.id)
    )
    return [
        (indicators[indicator_id], list(group))
        for indicator_id, group in groupby(ordered, key=lambda r: r.indicator_id)
    ]


def latest_by_indicator(
    session: Session, country: Country, as_of: datetime | None = None
) -> list[IndicatorValuesRead]:
    """Each indicator the country has, with the newest value of every source, in page order."""
    return [
        IndicatorValuesRead(
            slug=indicator.slug,
            name=indicator.name,
            label=indicator.label,
            group=indicator.group,
            value_type=ValueType(indicator.value_type),
            unit=indicator.unit,
            values=[
                SourceValueRead(
                    **value_fields(row),
                    source=SourceRef(slug=row.source, label=row.source_label),
                )
                for row in rows
            ],
        )
        for indicator, rows in latest_observations(session, country, as_of)
    ]


def general_information(
    session: Session, country: Country, as_of: datetime | None = None
) -> GeneralInformationRead:
    groups: list[IndicatorGroupRead] = []
    for indicator in latest_by_indicator(session, country, as_of):
        if not groups or groups[-1].title != indicator.group:
            groups.append(IndicatorGroupRead(title=indicator.group, indicators=[]))
        groups[-1].indicators.append(indicator)
    return GeneralInformationRead(note=country.indicators_note, groups=groups)


def authority_groups(session: Session, country: Country) -> list[AuthorityGroupRead]:
    authorities = list_authorities(session, country)
    return [
        AuthorityGroupRead(
            role=role,
            label=label,
            authorities=[AuthorityRead.model_validate(a) for a in authorities if a.role == role],
        )
        for role, label in ROLE_LABELS.items()
    ]


def get_profile(session: Session, country: Country, as_of: datetime | None = None) -> ProfileRead:
    """The whole page; with `as_of`, its values as they stood then (the lists and text
    have no history and are served as they are now)."""
    return ProfileRead(
        country=CountryRef.model_validate(country),
        general_information=general_information(session, country, as_of),
        authorities=authority_groups(session, country),
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
