"""Response schemas of observations (one value each)."""

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from app.config import API_PREFIX
from app.models import Measure
from app.observations.service import VALUE_FIELDS
from app.schemas import (
    COUNTRY_CODE_PATTERN,
    TRIMMED_NOT_BLANK,
    ExactNumber,
    Moment,
    ReadModel,
    Reason,
    Slug,
    TextLanguages,
    WriteModel,
    Year,
    shaped,
)
from app.sources.schemas import ENGLISH_SOURCE_LABEL

OBSERVATION_EXAMPLE: dict[str, Any] = {
    "id": 10,
    "country": "BE",
    "indicator": "gdp",
    "source": "world-bank",
    "source_label": "World Bank",
    "year": 2024,
    "value": 671370081636.4,
    "qualifier": None,
    "unit": "USD",
    "price_basis": "current prices",
    "measure": None,
    "note": None,
    "source_url": None,
    "retrieved_at": None,
    "source_updated_on": None,
    "entered_by": "seed:belgium.yaml",
    "updated_at": "2026-11-28T08:53:06.374304+00:00",
    "links": {"self": "/api/v1/observations/10"},
    "languages": {"source_label": "en"},
}

# Each served field of an observation, once: the three shapes below (the flat
# row, a value in a series, a revision's snapshot) are made of these.
Id = Annotated[int, Field(description="The observation's id: `/api/v1/observations/{id}`.")]
PeriodYear = Annotated[int | None, Field(description="Reference year; null for undated figures.")]
Value = Annotated[
    ExactNumber | str | None,
    Field(description="An exact number (every digit kept) or, for text indicators, text."),
]
QualifierRead = Annotated[
    str | None, Field(description="Qualifies a text value: `Yes` with qualifier `conditional`.")
]
Unit = Annotated[str | None, Field(description="The value's unit: its own, else the indicator's.")]
PriceBasis = Annotated[str | None, Field(examples=["current prices"])]
MeasureRead = Annotated[
    Measure | None, Field(description="`stock` or `flow`, where an indicator mixes both.")
]
SourceUrlRead = Annotated[
    str | None, Field(description="Where the figure was published, when known.")
]
RetrievedAt = Annotated[datetime | None, Field(description="When it was fetched from the source.")]
SourceUpdatedOn = Annotated[
    date | None,
    Field(description="The source's own last-updated date for it, when the source gives one."),
]
EnteredBy = Annotated[
    str, Field(description="Who entered it last: an API key, a sync run, a seed.")
]
UpdatedAt = Annotated[datetime, Field(description="When it was entered or last changed.")]


def example_of(model: type[ReadModel]) -> dict[str, Any]:
    """The example observation, as `model` serves it."""
    return {name: OBSERVATION_EXAMPLE[name] for name in model.model_fields}


class ObservationLinks(ReadModel):
    self: str


class RevisionValue(ReadModel):
    """An observation's value and its qualifiers at one point of its history."""

    value: Value
    qualifier: QualifierRead
    unit: Unit
    price_basis: PriceBasis
    measure: MeasureRead
    note: str | None
    source_url: SourceUrlRead
    retrieved_at: RetrievedAt
    source_updated_on: SourceUpdatedOn


# The other fields, in groups: the shapes below put them around the value.
# (pydantic orders a model's fields from its last base to its first.)
class _Period(ReadModel):
    id: Id
    year: PeriodYear


class _Series(ReadModel):
    id: Id
    country: str = Field(description="ISO 3166-1 alpha-2 code.")
    indicator: str = Field(description="Indicator slug.")
    source: str = Field(description="Source slug.")
    source_label: str = Field(description="The source as labelled on the profile page.")
    year: PeriodYear


class _Entry(ReadModel):
    entered_by: EnteredBy
    updated_at: UpdatedAt


class _Linked(ReadModel):
    links: ObservationLinks


class ValueRead(_Entry, RevisionValue, _Period):
    """One value of an indicator, without its source (given by the enclosing series)."""


class ObservationRead(_Linked, _Entry, RevisionValue, _Series):
    """One value: a country's indicator according to one source for one period."""

    model_config = ConfigDict(json_schema_extra={"examples": [OBSERVATION_EXAMPLE]})

    languages: TextLanguages = Field(
        description="The language `source_label` is in: the one asked for where the source "
        "has a translated label, else `en`."
    )


for _shape in (ValueRead, RevisionValue):
    _shape.model_config["json_schema_extra"] = {"examples": [example_of(_shape)]}
    _shape.model_rebuild(force=True)

# The flat columns of the CSV representation, in order (the answer's
# Content-Language says the language of `source_label`).
CSV_COLUMNS = [name for name in ObservationRead.model_fields if name not in ("links", "languages")]
_OBSERVATIONS = f"{API_PREFIX}/observations"


def served_value(number: Decimal | None, text: str | None) -> Decimal | str | None:
    """A value as served: the exact number, else the text."""
    return number if number is not None else text


def served(row: Mapping[Any, Any], shape: type[ReadModel]) -> dict[str, Any]:
    """The fields of `shape` (ObservationRead, ValueRead or RevisionValue), in its
    order, from an observation's stored fields by name (a row of
    `observations.queries`, or a revision's): `value` is the exact number, else
    the text."""
    given: dict[str, Any] = {"value": served_value(row["value_number"], row["value_text"])}
    if shape is ObservationRead:
        given["links"] = {"self": f"{_OBSERVATIONS}/{row['id']}"}
        given["languages"] = ENGLISH_SOURCE_LABEL
    return shaped(row, shape, **given)


# Each field's bounds, once: the API's bodies and the profile document use these.
TextValue = Annotated[str, StringConstraints(min_length=1, max_length=500), TRIMMED_NOT_BLANK]
ObservationValue = Annotated[
    ExactNumber | TextValue,
    Field(
        description="An exact number, or text for a text indicator. A number may also be "
        'sent as a string of its digits ("98765432109876.54"), as JavaScript clients keep '
        "decimals exact."
    ),
]
Qualifier = Annotated[str, StringConstraints(max_length=200)]
ValueUnit = Annotated[str, StringConstraints(max_length=64)]
Note = Annotated[str, StringConstraints(max_length=5000)]
SourceUrl = Annotated[str, StringConstraints(max_length=1000)]


class ObservationDetails(WriteModel):
    """What qualifies a value, as the API's bodies and the profile document give it."""

    qualifier: Qualifier | None = None
    unit: ValueUnit | None = None
    price_basis: ValueUnit | None = None
    measure: Measure | None = None
    note: Note | None = None
    source_url: SourceUrl | None = None


class ObservationWriteFields(ObservationDetails):
    """The fields of a value that a curator may set."""

    retrieved_at: Moment | None = None
    reason: Reason | None = Field(default=None, description="Why: kept with the revision.")


class ObservationCreate(ObservationWriteFields):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "country": "BE",
                    "indicator": "population",
                    "source": "world-bank",
                    "year": 2023,
                    "value": 11787423,
                    "reason": "World Bank 2023 figure",
                }
            ]
        },
    )

    country: str = Field(pattern=COUNTRY_CODE_PATTERN, description="Alpha-2 or alpha-3 code.")
    indicator: Slug
    source: Slug
    year: Year | None = None
    value: ObservationValue


class ObservationUpdate(ObservationWriteFields):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"value": 11858611, "reason": "Corrected figure"}]},
    )

    value: ObservationValue | None = None


def revision_value(revision: Any) -> dict[str, Any]:
    """A revision's value and qualifiers (from its row), as `RevisionValue` serves them."""
    return served({field: getattr(revision, field) for field in VALUE_FIELDS}, RevisionValue)
