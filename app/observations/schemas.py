"""Response schemas of observations (one value each)."""

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from app.config import API_PREFIX
from app.models import Measure, ObservationRevision
from app.observations.queries import ROW_FIELDS
from app.schemas import (
    COUNTRY_CODE_PATTERN,
    ExactNumber,
    Moment,
    ReadModel,
    Reason,
    Slug,
    WriteModel,
    Year,
)

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
}


class ObservationLinks(ReadModel):
    self: str


class ObservationRead(ReadModel):
    """One value: a country's indicator according to one source for one period."""

    model_config = ConfigDict(json_schema_extra={"examples": [OBSERVATION_EXAMPLE]})

    id: int
    country: str = Field(description="ISO 3166-1 alpha-2 code.")
    indicator: str = Field(description="Indicator slug.")
    source: str = Field(description="Source slug.")
    source_label: str = Field(description="The source as labelled on the profile page.")
    year: int | None = Field(description="Reference year; null for undated figures.")
    value: ExactNumber | str | None = Field(
        description="An exact number (every digit kept) or, for text indicators, text."
    )
    qualifier: str | None = Field(description="Qualifies a text value: `conditional`.")
    unit: str | None = Field(description="The value's unit: its own, else the indicator's.")
    price_basis: str | None
    measure: Measure | None = Field(description="`stock` or `flow`, where it matters.")
    note: str | None
    source_url: str | None = Field(description="Where the figure was published, when known.")
    retrieved_at: datetime | None = Field(description="When it was fetched from the source.")
    source_updated_on: date | None = Field(
        description="The source's own last-updated date for it, when the source gives one."
    )
    entered_by: str = Field(description="Who entered it last: an API key, a sync run, a seed.")
    updated_at: datetime = Field(description="When it was entered or last changed.")
    links: ObservationLinks


# The flat columns of the CSV representation, in order.
CSV_COLUMNS = [name for name in ObservationRead.model_fields if name != "links"]


def served_value(number: Decimal | None, text: str | None) -> Decimal | str | None:
    """A value as served: the exact number, else the text."""
    return number if number is not None else text


# A row of `app.observations.queries` is read by position, the cheapest way
# per row: id, year, number, text, then the provenance fields, then the names.
_VALUE_KEYS = ("id", "year", "value", *ROW_FIELDS[4:14])
_OBSERVATIONS = f"{API_PREFIX}/observations"


def value_fields(row: Sequence[Any]) -> dict[str, Any]:
    """An observation's value and provenance, from a row of `observations.queries`."""
    # The row's number and text make one value: one column more than the keys.
    values = (row[0], row[1], served_value(row[2], row[3]), *row[4 : len(_VALUE_KEYS) + 1])
    return dict(zip(_VALUE_KEYS, values, strict=True))


def observation_row(row: Sequence[Any]) -> dict[str, Any]:
    """An observation as a flat dict, its fields in the order of `ObservationRead`:
    the JSON item (with links) and the CSV row. Pages of a thousand rows are made
    of these, so the row is unpacked once and the dict written out."""
    (
        id_,
        year,
        number,
        text,
        qualifier,
        unit,
        price_basis,
        measure,
        note,
        source_url,
        retrieved_at,
        source_updated_on,
        entered_by,
        updated_at,
        country,
        indicator,
        source,
        source_label,
    ) = row[:18]
    return {
        "id": id_,
        "country": country,
        "indicator": indicator,
        "source": source,
        "source_label": source_label,
        "year": year,
        "value": served_value(number, text),
        "qualifier": qualifier,
        "unit": unit,
        "price_basis": price_basis,
        "measure": measure,
        "note": note,
        "source_url": source_url,
        "retrieved_at": retrieved_at,
        "source_updated_on": source_updated_on,
        "entered_by": entered_by,
        "updated_at": updated_at,
        "links": {"self": f"{_OBSERVATIONS}/{id_}"},
    }


# Each field's bounds, once: the API's bodies and the profile document use these.
TextValue = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
ObservationValue = Annotated[
    ExactNumber | TextValue,
    Field(description="An exact number, or text for a text indicator."),
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


class RevisionValue(ReadModel):
    """An observation's value and its qualifiers at one point of its history."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "value": 11858610,
                    "qualifier": None,
                    "unit": None,
                    "price_basis": None,
                    "measure": None,
                    "note": None,
                    "source_url": None,
                    "retrieved_at": None,
                    "source_updated_on": None,
                }
            ]
        }
    )

    value: ExactNumber | str | None
    qualifier: str | None
    unit: str | None
    price_basis: str | None
    measure: Measure | None
    note: str | None
    source_url: str | None
    retrieved_at: datetime | None
    source_updated_on: date | None


def revision_value(revision: ObservationRevision) -> dict[str, Any]:
    return {
        "value": served_value(revision.value_number, revision.value_text),
        "qualifier": revision.qualifier,
        "unit": revision.unit,
        "price_basis": revision.price_basis,
        "measure": revision.measure,
        "note": revision.note,
        "source_url": revision.source_url,
        "retrieved_at": revision.retrieved_at,
        "source_updated_on": revision.source_updated_on,
    }
