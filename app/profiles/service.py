"""The whole-page profile read."""

from collections.abc import Sequence
from itertools import groupby

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session, selectinload

from app.errors import NotFound
from app.models import (
    Authority,
    AuthorityRole,
    Country,
    NarrativeSection,
    Observation,
    PolicyDocument,
    Publication,
    ValueType,
)
from app.observations.queries import ObservationFilter, list_observations
from app.observations.schemas import value_fields
from app.profiles.schemas import (
    AuthorityGroupRead,
    AuthorityRead,
    CountryRef,
    GeneralInformationRead,
    IndicatorGroupRead,
    IndicatorValuesRead,
    NarrativeSectionRead,
    PolicyDocumentRead,
    ProfileRead,
    PublicationRead,
    SourceRef,
    SourceValueRead,
)

ROLE_LABELS = {
    AuthorityRole.RESPONSIBLE_BODY: "Responsible Body",
    AuthorityRole.LINE_MINISTRY: "Line Ministries",
    AuthorityRole.AGENCY: "Agencies",
}


def latest_observations(session: Session, country: Country) -> list[Observation]:
    """The newest value of every source for every indicator, in page order."""
    observations = list_observations(
        session, ObservationFilter(country_ids=[country.id], latest=True)
    )
    observations.sort(key=lambda o: (o.indicator.position, o.id))
    return observations


def latest_by_indicator(session: Session, country: Country) -> list[IndicatorValuesRead]:
    """Each indicator the country has, with the newest value of every source, in page order."""
    observations = latest_observations(session, country)
    return [
        IndicatorValuesRead(
            slug=indicator.slug,
            name=indicator.name,
            label=indicator.label,
            group=indicator.group,
            value_type=ValueType(indicator.value_type),
            unit=indicator.unit,
            values=[
                SourceValueRead(**value_fields(o), source=SourceRef.model_validate(o.source))
                for o in rows
            ],
        )
        for indicator, rows in groupby(observations, key=lambda o: o.indicator)
    ]


def general_information(session: Session, country: Country) -> GeneralInformationRead:
    groups: list[IndicatorGroupRead] = []
    for indicator in latest_by_indicator(session, country):
        if not groups or groups[-1].title != indicator.group:
            groups.append(IndicatorGroupRead(title=indicator.group, indicators=[]))
        groups[-1].indicators.append(indicator)
    return GeneralInformationRead(note=country.indicators_note, groups=groups)


def list_authorities(
    session: Session, country: Country, role: AuthorityRole | None = None
) -> Sequence[Authority]:
    query = select(Authority).where(Authority.country_id == country.id)
    if role is not None:
        query = query.where(Authority.role == role)
    # Page order: responsible body, line ministries, agencies.
    role_order = case({r.value: i for i, r in enumerate(ROLE_LABELS)}, value=Authority.role)
    return session.scalars(query.order_by(role_order, Authority.position)).all()


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


def list_policy_documents(session: Session, country: Country) -> Sequence[PolicyDocument]:
    return session.scalars(
        select(PolicyDocument)
        .where(PolicyDocument.country_id == country.id)
        .order_by(PolicyDocument.position)
    ).all()


def list_publications(session: Session, country: Country) -> Sequence[Publication]:
    return session.scalars(
        select(Publication)
        .where(Publication.country_id == country.id)
        .order_by(Publication.position)
    ).all()


def _sections(country: Country) -> Select[NarrativeSection]:
    return (
        select(NarrativeSection)
        .where(NarrativeSection.country_id == country.id)
        .options(selectinload(NarrativeSection.citations))
        .order_by(NarrativeSection.position)
    )


def list_narrative(session: Session, country: Country) -> Sequence[NarrativeSection]:
    return session.scalars(_sections(country)).all()


def get_narrative_section(session: Session, country: Country, slug: str) -> NarrativeSection:
    section = session.scalar(_sections(country).where(NarrativeSection.slug == slug))
    if section is None:
        raise NotFound(f"{country.name} has no narrative section {slug!r}.")
    return section


def get_profile(session: Session, country: Country) -> ProfileRead:
    return ProfileRead(
        country=CountryRef.model_validate(country),
        general_information=general_information(session, country),
        authorities=authority_groups(session, country),
        policy_documents=[
            PolicyDocumentRead.model_validate(d) for d in list_policy_documents(session, country)
        ],
        publications=[
            PublicationRead.model_validate(p) for p in list_publications(session, country)
        ],
        narrative=[
            NarrativeSectionRead.model_validate(s) for s in list_narrative(session, country)
        ],
    )
