"""The whole-page profile read."""

from collections.abc import Sequence
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.models import (
    Authority,
    AuthorityRole,
    Country,
    Indicator,
    NarrativeSection,
    Observation,
    PolicyDocument,
    Publication,
)
from app.profiles.schemas import (
    AuthorityGroupRead,
    AuthorityRead,
    CountryRead,
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


def source_value(observation: Observation) -> SourceValueRead:
    return SourceValueRead(
        id=observation.id,
        source=SourceRef.model_validate(observation.source),
        year=observation.year,
        value=observation.value_number
        if observation.value_number is not None
        else observation.value_text,
        qualifier=observation.qualifier,
        unit=observation.unit or observation.indicator.unit,
        price_basis=observation.price_basis,
        measure=observation.measure,
        note=observation.note,
        source_url=observation.source_url,
        retrieved_at=observation.retrieved_at,
        entered_by=observation.entered_by,
        updated_at=observation.updated_at,
    )


def country_observations(session: Session, country: Country) -> Sequence[Observation]:
    """The country's current observations in page order: by indicator, then as entered."""
    return session.scalars(
        select(Observation)
        .join(Observation.indicator)
        .where(Observation.country_id == country.id, Observation.deleted_at.is_(None))
        .options(joinedload(Observation.indicator), joinedload(Observation.source))
        .order_by(Indicator.position, Observation.id)
    ).all()


def general_information(session: Session, country: Country) -> GeneralInformationRead:
    observations = country_observations(session, country)
    indicators: list[IndicatorValuesRead] = []
    groups: list[IndicatorGroupRead] = []
    for indicator, rows in groupby(observations, key=lambda o: o.indicator):
        item = IndicatorValuesRead(
            slug=indicator.slug,
            name=indicator.name,
            label=indicator.label,
            value_type=indicator.value_type,
            unit=indicator.unit,
            values=[source_value(o) for o in rows],
        )
        indicators.append(item)
        if not groups or groups[-1].title != indicator.group:
            groups.append(IndicatorGroupRead(title=indicator.group, indicators=[]))
        groups[-1].indicators.append(item)
    return GeneralInformationRead(note=country.indicators_note, groups=groups)


def authority_groups(session: Session, country: Country) -> list[AuthorityGroupRead]:
    authorities = session.scalars(
        select(Authority).where(Authority.country_id == country.id).order_by(Authority.position)
    ).all()
    return [
        AuthorityGroupRead(
            role=role,
            label=label,
            authorities=[AuthorityRead.model_validate(a) for a in authorities if a.role == role],
        )
        for role, label in ROLE_LABELS.items()
    ]


def get_profile(session: Session, country: Country) -> ProfileRead:
    documents = session.scalars(
        select(PolicyDocument)
        .where(PolicyDocument.country_id == country.id)
        .order_by(PolicyDocument.position)
    )
    publications = session.scalars(
        select(Publication)
        .where(Publication.country_id == country.id)
        .order_by(Publication.position)
    )
    sections = session.scalars(
        select(NarrativeSection)
        .where(NarrativeSection.country_id == country.id)
        .options(selectinload(NarrativeSection.citations))
        .order_by(NarrativeSection.position)
    )
    return ProfileRead(
        country=CountryRead.model_validate(country),
        general_information=general_information(session, country),
        authorities=authority_groups(session, country),
        policy_documents=[PolicyDocumentRead.model_validate(d) for d in documents],
        publications=[PublicationRead.model_validate(p) for p in publications],
        narrative=[NarrativeSectionRead.model_validate(s) for s in sections],
    )
