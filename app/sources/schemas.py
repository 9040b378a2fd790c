"""Response schemas of sources."""

from pydantic import BaseModel, ConfigDict, Field

from app.models import SourceKind
from app.schemas import NewSlug, ReadModel


class SourceRead(ReadModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "slug": "statbel",
                    "label": "STAT BEL",
                    "organisation": "Statbel, the Belgian statistical office",
                    "kind": "national",
                    "url": "https://statbel.fgov.be",
                }
            ]
        }
    )

    slug: str = Field(description="Stable identifier used in URLs and filters.")
    label: str = Field(description="The label shown on profile pages.")
    organisation: str
    kind: SourceKind = Field(description="`international` or `national`.")
    url: str | None = Field(description="The publisher's home page.")


class SourceCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "slug": "eurostat",
                    "label": "Eurostat",
                    "organisation": "Eurostat, the statistical office of the EU",
                    "kind": "international",
                    "url": "https://ec.europa.eu/eurostat",
                }
            ]
        },
    )

    slug: NewSlug
    label: str = Field(min_length=1, max_length=200)
    organisation: str = Field(min_length=1, max_length=300)
    kind: SourceKind
    url: str | None = Field(default=None, max_length=500)


class SourceUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"label": "STAT BEL"}]}
    )

    label: str | None = Field(default=None, min_length=1, max_length=200)
    organisation: str | None = Field(default=None, min_length=1, max_length=300)
    kind: SourceKind | None = None
    url: str | None = Field(default=None, max_length=500)
