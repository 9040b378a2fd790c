"""Response schemas of countries."""

from pydantic import ConfigDict, Field

from app.config import API_PREFIX
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
    links: CountryLinks


def country_read(code: str, alpha3: str, name: str) -> CountryRead:
    base = f"{API_PREFIX}/countries/{code}"
    return CountryRead(
        code=code,
        alpha3=alpha3,
        name=name,
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
