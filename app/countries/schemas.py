"""Response schemas of countries."""

from pydantic import BaseModel, ConfigDict, Field

from app.config import API_PREFIX
from app.models import Country
from app.schemas import ReadModel

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


class CountryRead(ReadModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "code": "BE",
                    "alpha3": "BEL",
                    "name": "Belgium",
                    "indicators_note": "Data from international sources is updated "
                    "automatically as it becomes available.",
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
                }
            ]
        }
    )

    code: str = Field(description="ISO 3166-1 alpha-2 code.")
    alpha3: str = Field(description="ISO 3166-1 alpha-3 code.")
    name: str
    indicators_note: str | None = Field(description="A note shown under the country's indicators.")
    links: CountryLinks


class CountryCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"code": "NL", "alpha3": "NLD", "name": "Netherlands"}]},
    )

    code: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2, upper case.")
    alpha3: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3, upper case.")
    name: str = Field(min_length=1, max_length=200)
    indicators_note: str | None = Field(default=None, max_length=2000)


class CountryUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"name": "Kingdom of Belgium"}]}
    )

    alpha3: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    name: str | None = Field(default=None, min_length=1, max_length=200)
    indicators_note: str | None = Field(default=None, max_length=2000)


def country_read(country: Country) -> CountryRead:
    code = country.code
    base = f"{API_PREFIX}/countries/{code}"
    return CountryRead(
        code=code,
        alpha3=country.alpha3,
        name=country.name,
        indicators_note=country.indicators_note,
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
    )
