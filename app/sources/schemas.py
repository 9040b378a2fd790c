"""Response schemas of sources."""

from pydantic import ConfigDict, Field

from app.models import SourceKind
from app.schemas import ReadModel


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
