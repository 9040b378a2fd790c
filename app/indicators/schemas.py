"""Response schemas of the indicator catalogue and of a country's indicator series."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.models import ValueType
from app.profiles.schemas import INDICATOR_VALUES_EXAMPLE, SourceRef, ValueRead
from app.schemas import NewSlug, ReadModel

INDICATOR_EXAMPLE: dict[str, Any] = {
    "slug": "population",
    "name": "Population",
    "label": "Population",
    "group": "Population",
    "value_type": "number",
    "unit": "persons",
    "definition": "Total number of residents of the country.",
    "position": 0,
}


class IndicatorRead(ReadModel):
    model_config = ConfigDict(json_schema_extra={"examples": [INDICATOR_EXAMPLE]})

    slug: str = Field(description="Stable identifier used in URLs and filters.")
    name: str
    label: str = Field(description="Its name within its group on a profile page.")
    group: str = Field(description="The heading it is shown under.")
    value_type: ValueType = Field(description="`number` or `text`.")
    unit: str | None = Field(description="Default unit of its values.")
    definition: str | None
    position: int = Field(description="Display order on a profile page.")


def catalogue_entry(row: Any) -> dict[str, Any]:
    """An `IndicatorRead` as a dict, from the indicator's table row."""
    return {name: getattr(row, name) for name in IndicatorRead.model_fields}


class SourceSeriesRead(ReadModel):
    source: SourceRef
    values: list[ValueRead] = Field(description="Oldest first; an undated value comes first.")


class IndicatorSeriesRead(ReadModel):
    """One indicator for one country: every source with its full series."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "country": "BE",
                    "indicator": INDICATOR_EXAMPLE,
                    "series": [
                        {"source": value.pop("source"), "values": [value]}
                        for value in map(dict, INDICATOR_VALUES_EXAMPLE["values"])
                    ],
                }
            ]
        }
    )

    country: str = Field(description="ISO 3166-1 alpha-2 code.")
    indicator: IndicatorRead
    series: list[SourceSeriesRead]


class IndicatorCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "slug": "net-migration",
                    "name": "Net migration",
                    "label": "Net migration",
                    "group": "Net migration",
                    "value_type": "number",
                    "unit": "persons",
                    "definition": "Immigrants minus emigrants in the year.",
                }
            ]
        },
    )

    slug: NewSlug
    name: str = Field(min_length=1, max_length=200)
    label: str = Field(min_length=1, max_length=200)
    group: str = Field(min_length=1, max_length=200)
    value_type: ValueType
    unit: str | None = Field(default=None, max_length=64)
    definition: str | None = Field(default=None, max_length=5000)
    position: int | None = Field(default=None, ge=0, description="The end when omitted.")


class IndicatorUpdate(BaseModel):
    """Everything but the slug and the value type, which its values depend on."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"definition": "Residents aged 15 to 64."}]},
    )

    name: str | None = Field(default=None, min_length=1, max_length=200)
    label: str | None = Field(default=None, min_length=1, max_length=200)
    group: str | None = Field(default=None, min_length=1, max_length=200)
    unit: str | None = Field(default=None, max_length=64)
    definition: str | None = Field(default=None, max_length=5000)
    position: int | None = Field(default=None, ge=0)
