"""Response schemas of the whole-page profile."""

from datetime import datetime
from typing import Any

from pydantic import ConfigDict, Field

from app.models import AuthorityRole, Measure, ValueType
from app.schemas import ExactNumber, ReadModel

# Examples for the documentation, taken from the Belgium profile.
VALUE_EXAMPLE: dict[str, Any] = {
    "id": 1,
    "year": 2024,
    "value": 11858610,
    "qualifier": None,
    "unit": "persons",
    "price_basis": None,
    "measure": None,
    "note": None,
    "source_url": None,
    "retrieved_at": None,
    "entered_by": "seed:belgium.yaml",
    "updated_at": "2026-11-28T08:53:06.374304+00:00",
}
SOURCE_VALUE_EXAMPLE: dict[str, Any] = {
    **VALUE_EXAMPLE,
    "source": {"slug": "world-bank", "label": "World Bank"},
}
INDICATOR_VALUES_EXAMPLE: dict[str, Any] = {
    "slug": "population",
    "name": "Population",
    "label": "Population",
    "group": "Population",
    "value_type": "number",
    "unit": "persons",
    "values": [
        SOURCE_VALUE_EXAMPLE,
        {
            **VALUE_EXAMPLE,
            "id": 2,
            "value": 11763650,
            "source": {"slug": "statbel", "label": "STAT BEL"},
        },
    ],
}
AUTHORITY_EXAMPLE: dict[str, Any] = {
    "id": 8,
    "role": "agency",
    "name": "Federal Agency for the Reception of Asylum Seekers",
    "acronym": "Fedasil",
    "remit": None,
}
POLICY_DOCUMENT_EXAMPLE: dict[str, Any] = {
    "id": 3,
    "title": "Belgian Reception Act",
    "year": 2007,
    "kind": "act",
    "url": None,
}
PUBLICATION_EXAMPLE: dict[str, Any] = {
    "id": 2,
    "title": "International Migration Outlook 2022",
    "publisher": None,
    "year": 2022,
    "url": None,
}
NARRATIVE_EXAMPLE: dict[str, Any] = {
    "slug": "refugees-and-asylum",
    "title": "Refugees and asylum",
    "position": 5,
    "body": "The number of recognised refugees in Belgium has increased over the last 20 years "
    "from 12.560 in 2002 to 65.033 in 2022. In 2020, Syria, Afghanistan and Eritrea were the "
    "top countries of origin among recognised refugees. As of May 2022, Belgium received "
    "6.252 asylum applications.",
    "citations": [
        {"text": "12.560 in 2002 to 65.033 in 2022", "target": None},
        {
            "text": "In 2020, Syria, Afghanistan and Eritrea were the top countries of origin "
            "among",
            "target": None,
        },
    ],
}
PROFILE_EXAMPLE: dict[str, Any] = {
    "country": {"code": "BE", "alpha3": "BEL", "name": "Belgium"},
    "general_information": {
        "note": "Data from international sources is updated automatically as it becomes available.",
        "groups": [{"title": "Population", "indicators": [INDICATOR_VALUES_EXAMPLE]}],
    },
    "authorities": [
        {"role": "agency", "label": "Agencies", "authorities": [AUTHORITY_EXAMPLE]},
    ],
    "policy_documents": [POLICY_DOCUMENT_EXAMPLE],
    "publications": [PUBLICATION_EXAMPLE],
    "narrative": [NARRATIVE_EXAMPLE],
}


class CountryRef(ReadModel):
    code: str = Field(examples=["BE"])
    alpha3: str = Field(examples=["BEL"])
    name: str = Field(examples=["Belgium"])


class SourceRef(ReadModel):
    slug: str = Field(examples=["world-bank"])
    label: str = Field(description="The label shown on the profile page.", examples=["World Bank"])


class ValueRead(ReadModel):
    """One value of an indicator, without its source (given by the enclosing series)."""

    id: int = Field(description="The observation's id: `/api/v1/observations/{id}`.")
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


class SourceValueRead(ValueRead):
    """One source's value for an indicator."""

    source: SourceRef


class IndicatorValuesRead(ReadModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [INDICATOR_VALUES_EXAMPLE]}
    )

    slug: str = Field(examples=["population"])
    name: str = Field(examples=["Population"])
    label: str = Field(description="The indicator's name within its group on the page.")
    group: str = Field(description="The heading it is shown under.")
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
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [AUTHORITY_EXAMPLE]}
    )

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
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [POLICY_DOCUMENT_EXAMPLE]}
    )

    id: int
    title: str = Field(examples=["Belgian Reception Act"])
    year: int | None = Field(examples=[2007])
    kind: str = Field(examples=["act"])
    url: str | None


class PublicationRead(ReadModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [PUBLICATION_EXAMPLE]}
    )

    id: int
    title: str = Field(examples=["International Migration Outlook 2022"])
    publisher: str | None
    year: int | None
    url: str | None


class CitationRead(ReadModel):
    text: str
    target: str | None = Field(description="The link's target; null when unknown.")


class NarrativeSectionRead(ReadModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [NARRATIVE_EXAMPLE]}
    )

    slug: str = Field(examples=["people-smuggling"])
    title: str = Field(examples=["People smuggling and transit migration"])
    position: int
    body: str = Field(description="Markdown; paragraphs separated by a blank line.")
    citations: list[CitationRead]


class ProfileRead(ReadModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [PROFILE_EXAMPLE]}
    )

    country: CountryRef
    general_information: GeneralInformationRead
    authorities: list[AuthorityGroupRead]
    policy_documents: list[PolicyDocumentRead]
    publications: list[PublicationRead]
    narrative: list[NarrativeSectionRead]
