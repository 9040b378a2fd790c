"""Response schemas of observations (one value each)."""

from datetime import datetime
from typing import Any

from pydantic import ConfigDict, Field

from app.config import API_PREFIX
from app.models import Measure, Observation
from app.schemas import ExactNumber, ReadModel

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
    entered_by: str = Field(description="Who entered it last: an API key, a sync run, a seed.")
    updated_at: datetime = Field(description="When it was entered or last changed.")
    links: ObservationLinks


# The flat columns of the CSV representation, in order.
CSV_COLUMNS = [name for name in ObservationRead.model_fields if name != "links"]


def value_fields(observation: Observation) -> dict[str, Any]:
    """An observation's value and provenance (its indicator loaded, for the default unit)."""
    return {
        "id": observation.id,
        "year": observation.year,
        "value": observation.value_number
        if observation.value_number is not None
        else observation.value_text,
        "qualifier": observation.qualifier,
        "unit": observation.unit or observation.indicator.unit,
        "price_basis": observation.price_basis,
        "measure": observation.measure,
        "note": observation.note,
        "source_url": observation.source_url,
        "retrieved_at": observation.retrieved_at,
        "entered_by": observation.entered_by,
        "updated_at": observation.updated_at,
    }


def observation_row(observation: Observation) -> dict[str, Any]:
    """An observation as a flat dict: the JSON item (with links) and the CSV row."""
    return {
        **value_fields(observation),
        "country": observation.country.code,
        "indicator": observation.indicator.slug,
        "source": observation.source.slug,
        "source_label": observation.source.label,
        "links": {"self": f"{API_PREFIX}/observations/{observation.id}"},
    }
