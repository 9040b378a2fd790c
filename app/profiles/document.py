"""The profile document: one country's whole profile as a structured file.

The seed files in `seeds/` use it, and so do the profile import and the
whole-profile replace. Numbers are exact decimals: the YAML reader turns every
float scalar into a `Decimal` from its written digits, never through a float.
"""

from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.models import AuthorityRole, Measure, SourceKind, ValueType
from app.narrative.schemas import plain_text
from app.schemas import NewSlug

Slug = NewSlug
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Year = Annotated[int, Field(ge=1000, le=9999)]


class _Document(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CountryEntry(_Document):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    alpha3: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    name: Text


class SourceEntry(_Document):
    slug: Slug
    label: Text
    organisation: Text
    kind: SourceKind
    url: str | None = None


class IndicatorEntry(_Document):
    slug: Slug
    name: Text
    label: Text
    group: Text
    value_type: ValueType
    unit: str | None = None
    definition: str | None = None


class ObservationEntry(_Document):
    indicator: Slug
    source: Slug
    year: Year | None = None
    value: Decimal | Text
    qualifier: str | None = None
    unit: str | None = None
    price_basis: str | None = None
    measure: Measure | None = None
    note: str | None = None
    source_url: str | None = None

    @model_validator(mode="after")
    def finite_number(self) -> Self:
        if isinstance(self.value, Decimal) and not self.value.is_finite():
            raise ValueError("value must be a finite number")
        return self


class GeneralInformation(_Document):
    note: str | None = None
    observations: list[ObservationEntry]


class AuthorityEntry(_Document):
    role: AuthorityRole
    name: Text
    acronym: str | None = None
    remit: str | None = None


class PolicyDocumentEntry(_Document):
    title: Text
    year: Year | None = None
    kind: Text
    url: str | None = None


class PublicationEntry(_Document):
    title: Text
    publisher: str | None = None
    year: Year | None = None
    url: str | None = None


class CitationEntry(_Document):
    text: Text
    target: str | None = None


class NarrativeEntry(_Document):
    slug: Slug
    title: Text
    body: Text
    citations: list[CitationEntry] = []

    @model_validator(mode="after")
    def citations_in_body(self) -> Self:
        plain = plain_text(self.body)
        for citation in self.citations:
            if plain_text(citation.text) not in plain:
                raise ValueError(f"citation {citation.text!r} does not occur in the body")
        return self


class ProfileDocument(_Document):
    """A country's whole profile: what `seeds/*.yaml` hold and `PUT .../profile` takes."""

    model_config = ConfigDict(
        extra="forbid",
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

    country: CountryEntry
    sources: list[SourceEntry] = []
    indicators: list[IndicatorEntry] = []
    general_information: GeneralInformation
    authorities: list[AuthorityEntry] = []
    policy_documents: list[PolicyDocumentEntry] = []
    publications: list[PublicationEntry] = []
    narrative: list[NarrativeEntry] = []

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
