"""Response schemas of the whole-page profile."""

from datetime import datetime

from pydantic import Field

from app.models import AuthorityRole, Measure, ValueType
from app.schemas import ExactNumber, ReadModel


class CountryRead(ReadModel):
    code: str = Field(examples=["BE"])
    alpha3: str = Field(examples=["BEL"])
    name: str = Field(examples=["Belgium"])


class SourceRef(ReadModel):
    slug: str = Field(examples=["world-bank"])
    label: str = Field(description="The label shown on the profile page.", examples=["World Bank"])


class SourceValueRead(ReadModel):
    """One source's value for an indicator."""

    id: int = Field(description="The observation's id.")
    source: SourceRef
    year: int | None = Field(description="Reference year; null for undated figures.")
    value: ExactNumber | str | None = Field(
        description="An exact number for numeric indicators, text for text indicators."
    )
    qualifier: str | None = Field(
        description="Qualifies a text value: `Yes` with qualifier `conditional`."
    )
    unit: str | None = Field(description="The value's unit: its own, else the indicator's.")
    price_basis: str | None = Field(examples=["current prices"])
    measure: Measure | None = Field(description="`stock` or `flow` where an indicator mixes both.")
    note: str | None
    source_url: str | None = Field(description="Where the figure was published, when known.")
    retrieved_at: datetime | None = Field(description="When it was fetched from the source.")
    entered_by: str = Field(description="Who entered it last: an API key, a sync run, a seed.")
    updated_at: datetime = Field(description="When it was entered or last changed.")


class IndicatorValuesRead(ReadModel):
    slug: str = Field(examples=["population"])
    name: str = Field(examples=["Population"])
    label: str = Field(description="The indicator's name within its group on the page.")
    value_type: ValueType
    unit: str | None = Field(description="Default unit of the indicator's values.")
    values: list[SourceValueRead]


class IndicatorGroupRead(ReadModel):
    title: str = Field(examples=["Refugees, Asylum seekers, IDPs"])
    indicators: list[IndicatorValuesRead]


class GeneralInformationRead(ReadModel):
    note: str | None
    groups: list[IndicatorGroupRead]


class AuthorityRead(ReadModel):
    id: int
    role: AuthorityRole
    name: str = Field(examples=["Federal Agency for the Reception of Asylum Seekers"])
    acronym: str | None = Field(examples=["Fedasil"])
    remit: str | None


class AuthorityGroupRead(ReadModel):
    role: AuthorityRole
    label: str = Field(examples=["Agencies"])
    authorities: list[AuthorityRead]


class PolicyDocumentRead(ReadModel):
    id: int
    title: str = Field(examples=["Belgian Reception Act"])
    year: int | None = Field(examples=[2007])
    kind: str = Field(examples=["act"])
    url: str | None


class PublicationRead(ReadModel):
    id: int
    title: str = Field(examples=["International Migration Outlook 2022"])
    publisher: str | None
    year: int | None
    url: str | None


class CitationRead(ReadModel):
    text: str
    target: str | None = Field(description="The link's target; null when unknown.")


class NarrativeSectionRead(ReadModel):
    slug: str = Field(examples=["people-smuggling"])
    title: str = Field(examples=["People smuggling and transit migration"])
    position: int
    body: str = Field(description="Markdown; paragraphs separated by a blank line.")
    citations: list[CitationRead]


class ProfileRead(ReadModel):
    country: CountryRead
    general_information: GeneralInformationRead
    authorities: list[AuthorityGroupRead]
    policy_documents: list[PolicyDocumentRead]
    publications: list[PublicationRead]
    narrative: list[NarrativeSectionRead]
