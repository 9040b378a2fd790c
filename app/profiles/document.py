"""The profile document: one country's whole profile as a structured file.

The seed files in `seeds/` use it, and so do the profile import and the
whole-profile replace. Numbers are exact decimals: the YAML reader turns every
float scalar into a `Decimal` from its written digits, never through a float.
"""

from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any, Self

import yaml
from pydantic import ConfigDict, Field, model_validator

from app.authorities.schemas import AuthorityFields
from app.countries.schemas import CountryFields, IndicatorsNote
from app.documents.schemas import PolicyDocumentFields, PublicationFields
from app.indicators.schemas import IndicatorFields
from app.narrative.schemas import NarrativeSectionFields
from app.observations.schemas import ObservationDetails, ObservationValue
from app.schemas import NewSlug, WriteModel, Year
from app.sources.schemas import SourceFields

# Each entry is the resource's own set of fields (`CountryFields`,
# `AuthorityFields`, ...), with the same bounds as the API's bodies: a document
# the API would refuse item by item is refused whole.


class ObservationEntry(ObservationDetails):
    indicator: NewSlug
    source: NewSlug
    year: Year | None = None
    value: ObservationValue


class GeneralInformation(WriteModel):
    note: IndicatorsNote | None = None
    observations: list[ObservationEntry]


class ProfileDocument(WriteModel):
    """A country's whole profile: what `seeds/*.yaml` hold and `PUT .../profile` takes."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "country": {"code": "BE", "alpha3": "BEL", "name": "Belgium"},
                    "general_information": {
                        "note": "Data from international sources is updated automatically "
                        "as it becomes available.",
                        "observations": [
                            {
                                "indicator": "population",
                                "source": "world-bank",
                                "year": 2024,
                                "value": 11858610,
                            },
                            {
                                "indicator": "gdp",
                                "source": "world-bank",
                                "year": 2024,
                                "value": 671370081636.4,
                                "unit": "USD",
                                "price_basis": "current prices",
                            },
                        ],
                    },
                    "authorities": [
                        {"role": "agency", "name": "Immigration Office"},
                    ],
                    "policy_documents": [
                        {"title": "Belgian Reception Act", "year": 2007, "kind": "act"}
                    ],
                    "publications": [{"title": "UN Migration Profile", "publisher": "UN"}],
                    "narrative": [],
                }
            ]
        },
    )

    country: CountryFields
    sources: list[SourceFields] = Field(default_factory=list)
    indicators: list[IndicatorFields] = Field(default_factory=list)
    general_information: GeneralInformation
    authorities: list[AuthorityFields] = Field(default_factory=list)
    policy_documents: list[PolicyDocumentFields] = Field(default_factory=list)
    publications: list[PublicationFields] = Field(default_factory=list)
    narrative: list[NarrativeSectionFields] = Field(default_factory=list)

    @model_validator(mode="after")
    def unique_keys(self) -> Self:
        _require_unique("sources", [s.slug for s in self.sources])
        _require_unique("indicators", [i.slug for i in self.indicators])
        _require_unique(
            "observations",
            [(o.indicator, o.source, o.year) for o in self.general_information.observations],
        )
        _require_unique("authorities", [(a.role, a.name) for a in self.authorities])
        _require_unique("policy_documents", [d.title for d in self.policy_documents])
        _require_unique("publications", [p.title for p in self.publications])
        _require_unique("narrative", [n.slug for n in self.narrative])
        return self


def _require_unique(what: str, keys: list[Any]) -> None:
    seen: set[Any] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"{what}: {key!r} appears more than once")
        seen.add(key)


class _DecimalLoader(yaml.SafeLoader):
    """A YAML loader that reads float scalars as exact decimals."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    raw = loader.construct_scalar(node).replace("_", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise yaml.constructor.ConstructorError(
            None, None, f"not a finite decimal number: {raw!r}", node.start_mark
        ) from None


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


class _DecimalDumper(yaml.SafeDumper):
    """Writes decimals as YAML numbers with exactly their digits."""


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format(value, "f")
    tag = "tag:yaml.org,2002:float" if "." in text else "tag:yaml.org,2002:int"
    return dumper.represent_scalar(tag, text)


_DecimalDumper.add_representer(Decimal, _represent_decimal)
_DecimalDumper.add_multi_representer(
    StrEnum, lambda dumper, value: dumper.represent_str(str(value.value))
)


def dump_document(document: ProfileDocument) -> str:
    """The document as YAML that `read_document` reads back to the same values."""
    data = document.model_dump(mode="python", exclude_none=True)
    return yaml.dump(data, Dumper=_DecimalDumper, sort_keys=False, allow_unicode=True, width=100)


def parse_document(text: str) -> ProfileDocument:
    """Parse and validate a YAML profile document (raises yaml.YAMLError, ValidationError)."""
    return ProfileDocument.model_validate(yaml.load(text, Loader=_DecimalLoader))  # noqa: S506


def read_document(path: Path) -> ProfileDocument:
    return parse_document(path.read_text(encoding="utf-8"))
