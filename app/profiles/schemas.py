"""Response schemas of the whole-page profile."""

from typing import Any

from pydantic import ConfigDict, Field

from app.authorities.schemas import AUTHORITY_EXAMPLE, AuthorityRead
from app.documents.schemas import (
    POLICY_DOCUMENT_EXAMPLE,
    PUBLICATION_EXAMPLE,
    PolicyDocumentRead,
    PublicationRead,
)
from app.models import AuthorityRole, ValueType
from app.narrative.schemas import NARRATIVE_EXAMPLE, NarrativeSectionRead
from app.observations.schemas import ValueRead, example_of
from app.schemas import ReadModel, TextLanguages, TranslatableRead
from app.sources.schemas import SourceLabelRead

# Examples for the documentation, taken from the Belgium profile.
VALUE_EXAMPLE: dict[str, Any] = {
    **example_of(ValueRead),
    "id": 1,
    "value": 11858610,
    "unit": "persons",
    "price_basis": None,
}
SOURCE_VALUE_EXAMPLE: dict[str, Any] = {
    **VALUE_EXAMPLE,
    "source": {"slug": "world-bank", "label": "World Bank", "languages": {"label": "en"}},
}
INDICATOR_VALUES_EXAMPLE: dict[str, Any] = {
    "slug": "population",
    "name": "Population",
    "label": "Population",
    "group": "Population",
    "value_type": "number",
    "unit": "persons",
    "languages": {"name": "en", "label": "en", "group": "en", "unit": "en"},
    "values": [
        SOURCE_VALUE_EXAMPLE,
        {
            **VALUE_EXAMPLE,
            "id": 2,
            "value": 11763650,
            "source": {"slug": "statbel", "label": "STAT BEL", "languages": {"label": "en"}},
        },
    ],
}
PROFILE_EXAMPLE: dict[str, Any] = {
    "country": {"code": "BE", "alpha3": "BEL", "name": "Belgium", "languages": {"name": "en"}},
    "curated": True,
    "general_information": {
        "note": "Data from international sources is updated automatically as it becomes available.",
        "groups": [
            {
                "title": "Population",
                "languages": {"title": "en"},
                "indicators": [INDICATOR_VALUES_EXAMPLE],
            }
        ],
    },
    "authorities": [
        {
            "role": "agency",
            "label": "Agencies",
            "languages": {"label": "en"},
            "authorities": [AUTHORITY_EXAMPLE],
        },
    ],
    "policy_documents": [POLICY_DOCUMENT_EXAMPLE],
    "publications": [PUBLICATION_EXAMPLE],
    "narrative": [NARRATIVE_EXAMPLE],
}


class CountryRef(ReadModel):
    code: str = Field(examples=["BE"])
    alpha3: str = Field(examples=["BEL"])
    name: str = Field(
        description="In the language asked for where ISO 3166 translates it.",
        examples=["Belgium"],
    )
    languages: TextLanguages


class SourceValueRead(ValueRead):
    """One source's value for an indicator."""

    model_config = ConfigDict(json_schema_extra={"examples": [SOURCE_VALUE_EXAMPLE]})

    source: SourceLabelRead


class IndicatorValuesRead(TranslatableRead):
    TEXTS = ("name", "label", "group", "unit")

    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [INDICATOR_VALUES_EXAMPLE]}
    )

    slug: str = Field(examples=["population"])
    name: str = Field(examples=["Population"])
    label: str = Field(description="The indicator's name within its group on the page.")
    group: str = Field(description="The heading it is shown under.")
    value_type: ValueType
    unit: str | None = Field(description="Default unit of the indicator's values.")
    languages: TextLanguages
    values: list[SourceValueRead]


class IndicatorGroupRead(ReadModel):
    title: str = Field(examples=["Refugees, Asylum seekers, IDPs"])
    languages: TextLanguages
    indicators: list[IndicatorValuesRead]


class AuthorityGroupRead(ReadModel):
    role: AuthorityRole
    label: str = Field(examples=["Agencies"])
    languages: TextLanguages
    authorities: list[AuthorityRead]


class GeneralInformationRead(ReadModel):
    note: str | None
    groups: list[IndicatorGroupRead]


class ProfileRead(ReadModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [PROFILE_EXAMPLE]}
    )

    country: CountryRef
    curated: bool = Field(
        description="Whether the profile is curated. False for a country known only from "
        "the international sources: its general information holds their figures, and its "
        "authorities, documents, publications and narrative are empty because no one has "
        "curated them yet."
    )
    general_information: GeneralInformationRead
    authorities: list[AuthorityGroupRead]
    policy_documents: list[PolicyDocumentRead]
    publications: list[PublicationRead]
    narrative: list[NarrativeSectionRead]
