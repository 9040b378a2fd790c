"""Response schemas of the comparison and agreement reads."""

from typing import Annotated, Any

from pydantic import ConfigDict, Field

from app.indicators.schemas import INDICATOR_EXAMPLE, IndicatorRead
from app.models import Measure
from app.schemas import ExactNumber, ReadModel, TextLanguages

# A decimal with `decimals=string`: its exact digits as a JSON string.
DecimalString = Annotated[str, Field(pattern=r"^-?[0-9]+(\.[0-9]+)?$")]
Number = Annotated[
    ExactNumber | DecimalString,
    Field(
        description="An exact decimal: a JSON number, or a string of its digits with "
        "`decimals=string`."
    ),
]

COMPARISON_EXAMPLE: dict[str, Any] = {
    "indicator": INDICATOR_EXAMPLE,
    "series": [
        {
            "country": "BE",
            "country_name": "Belgium",
            "source": "world-bank",
            "source_label": "World Bank",
            "unit": "persons",
            "price_basis": None,
            "measure": None,
            "points": [{"year": 2023, "value": 11787423}, {"year": 2024, "value": 11858610}],
            "languages": {"country_name": "en", "source_label": "en"},
        },
        {
            "country": "BE",
            "country_name": "Belgium",
            "source": "statbel",
            "source_label": "STAT BEL",
            "unit": "persons",
            "price_basis": None,
            "measure": None,
            "points": [{"year": 2024, "value": 11763650}],
            "languages": {"country_name": "en", "source_label": "en"},
        },
        {
            "country": "FR",
            "country_name": "France",
            "source": "world-bank",
            "source_label": "World Bank",
            "unit": "persons",
            "price_basis": None,
            "measure": None,
            "points": [{"year": 2024, "value": 68516699}],
            "languages": {"country_name": "en", "source_label": "en"},
        },
    ],
}

AGREEMENT_EXAMPLE: dict[str, Any] = {
    "country": "BE",
    "indicator": INDICATOR_EXAMPLE,
    "years": [
        {
            "year": 2024,
            "unit": "persons",
            "price_basis": None,
            "measure": None,
            "values": [
                {
                    "source": "world-bank",
                    "source_label": "World Bank",
                    "value": 11858610,
                    "languages": {"source_label": "en"},
                },
                {
                    "source": "statbel",
                    "source_label": "STAT BEL",
                    "value": 11763650,
                    "languages": {"source_label": "en"},
                },
            ],
            "mean": 11811130,
            "spread": 94960,
            "relative_spread": 0.00804,
        }
    ],
}


class PointRead(ReadModel):
    year: int | None = Field(description="The year; null for an undated value.")
    value: Number | str = Field(
        description="The exact number (a string of its digits with `decimals=string`), or "
        "the text of a text indicator."
    )


class ComparedSeriesRead(ReadModel):
    """One country's values from one source, in one unit: a line on a chart."""

    country: str = Field(description="The country's alpha-2 code.")
    country_name: str
    source: str = Field(description="The source's slug.")
    source_label: str = Field(description="The source's label, as a legend shows it.")
    unit: str | None
    price_basis: str | None
    measure: Measure | None = Field(description="`stock` or `flow`, where the series says.")
    points: list[PointRead] = Field(description="Oldest first; an undated value last.")
    languages: TextLanguages


class ComparisonRead(ReadModel):
    """One indicator for several countries: each country and source's series, ready to draw."""

    model_config = ConfigDict(json_schema_extra={"examples": [COMPARISON_EXAMPLE]})

    indicator: IndicatorRead
    series: list[ComparedSeriesRead]


class SourceNumberRead(ReadModel):
    source: str
    source_label: str
    value: Number
    languages: TextLanguages


class YearAgreementRead(ReadModel):
    """One year that two or more sources report in one unit, price basis and measure."""

    year: int
    unit: str | None
    price_basis: str | None
    measure: Measure | None
    values: list[SourceNumberRead] = Field(description="Each source's value, side by side.")
    mean: Number = Field(description="Their mean, to two decimal places more than the values.")
    spread: Number = Field(description="The largest value less the smallest.")
    relative_spread: Number | None = Field(
        description="The spread as a fraction of the mean (0.00804 is 0.804 %), to six "
        "decimal places; null when the mean is 0."
    )


class AgreementRead(ReadModel):
    """How far the sources of one country's indicator agree, year by year."""

    model_config = ConfigDict(json_schema_extra={"examples": [AGREEMENT_EXAMPLE]})

    country: str
    indicator: IndicatorRead
    years: list[YearAgreementRead] = Field(description="Oldest first.")
