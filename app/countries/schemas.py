"""Response schemas of countries."""

from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints
from sqlalchemy import Row

from app.config import API_PREFIX
from app.countries.names import name_in
from app.languages import Language
from app.models import Country
from app.schemas import (
    TRIMMED_NOT_BLANK,
    PartialUpdate,
    ReadModel,
    Reasoned,
    TextLanguages,
    WriteModel,
)

# Each field's bounds, once: the API's bodies and the profile document use these.
Alpha2 = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{2}$"),
    Field(description="ISO 3166-1 alpha-2, upper case."),
]
Alpha3 = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{3}$"),
    Field(description="ISO 3166-1 alpha-3, upper case."),
]
CountryName = Annotated[str, StringConstraints(min_length=1, max_length=200), TRIMMED_NOT_BLANK]
IndicatorsNote = Annotated[str, StringConstraints(max_length=2000)]

API = f"{API_PREFIX}/countries/BE"


class CountryLinks(ReadModel):
    self: str
    profile: str
    indicators: str
    authorities: str
    policy_documents: str
    publications: str
    narrative: str
    observations: str


COUNTRY_EXAMPLE: dict[str, Any] = {
    "code": "BE",
    "alpha3": "BEL",
    "name": "Belgium",
    "indicators_note": "Data from international sources is updated "
    "automatically as it becomes available.",
}


class CountryState(ReadModel):
    """A country's own fields, as its history keeps them."""

    model_config = ConfigDict(json_schema_extra={"examples": [COUNTRY_EXAMPLE]})

    code: str = Field(description="ISO 3166-1 alpha-2 code.")
    alpha3: str = Field(description="ISO 3166-1 alpha-3 code.")
    name: str
    indicators_note: str | None = Field(description="A note shown under the country's indicators.")


class CountryRead(CountryState):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **COUNTRY_EXAMPLE,
                    "curated": True,
                    "links": {
                        "self": API,
                        "profile": f"{API}/profile",
                        "indicators": f"{API}/indicators",
                        "authorities": f"{API}/authorities",
                        "policy_documents": f"{API}/policy-documents",
                        "publications": f"{API}/publications",
                        "narrative": f"{API}/narrative",
                        "observations": f"{API_PREFIX}/observations?country=BE",
                    },
                    "languages": {"name": "en"},
                }
            ]
        }
    )

    curated: bool = Field(
        description="Whether the country has a curated profile (authorities, documents, "
        "publications, text or values entered by people); false when all it has are "
        "the international sources' figures."
    )
    links: CountryLinks
    languages: TextLanguages = Field(
        description="The language `name` is in: ISO 3166's name in the language asked "
        "for, else `en`."
    )


class CountryFields(WriteModel):
    """A country as a profile document names it."""

    code: Alpha2
    alpha3: Alpha3
    name: CountryName


class CountryCreate(CountryFields, Reasoned):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"code": "NL", "alpha3": "NLD", "name": "Netherlands"}]},
    )

    indicators_note: IndicatorsNote | None = None


class CountryUpdate(PartialUpdate):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "Kingdom of Belgium"}]})

    alpha3: Alpha3 | None = None
    NOT_NULL = frozenset({"alpha3", "name"})

    name: CountryName | None = None
    indicators_note: IndicatorsNote | None = None


def country_read(
    country: Country | Row[Any], lang: Language = Language.EN, *, curated: bool
) -> CountryRead:
    """A `CountryRead`, its name in `lang` where ISO 3166 translates it."""
    code = country.code
    base = f"{API_PREFIX}/countries/{code}"
    name, in_lang = name_in(country.name, lang)
    return CountryRead(
        code=code,
        alpha3=country.alpha3,
        name=name,
        indicators_note=country.indicators_note,
        curated=curated,
        links=CountryLinks(
            self=base,
            profile=f"{base}/profile",
            indicators=f"{base}/indicators",
            authorities=f"{base}/authorities",
            policy_documents=f"{base}/policy-documents",
            publications=f"{base}/publications",
            narrative=f"{base}/narrative",
            observations=f"{API_PREFIX}/observations?country={code}",
        ),
        languages={"name": in_lang},
    )
