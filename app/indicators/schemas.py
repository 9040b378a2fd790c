"""Response schemas of the indicator catalogue and of a country's indicator series."""

from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from app.models import ValueType
from app.observations.schemas import ValueRead
from app.profiles.schemas import INDICATOR_VALUES_EXAMPLE
from app.schemas import (
    TRANSLATIONS_DESCRIPTION,
    TRIMMED,
    TRIMMED_NOT_BLANK,
    NewSlug,
    PartialUpdate,
    Position,
    ReadModel,
    Reasoned,
    TextLanguages,
    TranslatableRead,
    TranslatedLanguage,
    Translation,
    TranslationsRead,
    WriteModel,
)
from app.sources.schemas import SourceLabelRead

INDICATOR_EXAMPLE: dict[str, Any] = {
    "slug": "population",
    "name": "Population",
    "label": "Population",
    "group": "Population",
    "value_type": "number",
    "unit": "persons",
    "definition": "Total number of residents of the country.",
    "position": 0,
    "translations": {
        "fr": {
            "name": "Population",
            "label": "Population",
            "group": "Population",
            "unit": "personnes",
        },
        "nl": {"name": "Bevolking", "label": "Bevolking", "group": "Bevolking", "unit": "personen"},
        "de": {
            "name": "Bevölkerung",
            "label": "Bevölkerung",
            "group": "Bevölkerung",
            "unit": "Personen",
        },
    },
    "languages": {"name": "en", "label": "en", "group": "en", "unit": "en", "definition": "en"},
}


class IndicatorRead(TranslatableRead):
    TEXTS = ("name", "label", "group", "unit", "definition")

    model_config = ConfigDict(json_schema_extra={"examples": [INDICATOR_EXAMPLE]})

    slug: str = Field(description="Stable identifier used in URLs and filters.")
    name: str
    label: str = Field(description="Its name within its group on a profile page.")
    group: str = Field(description="The heading it is shown under.")
    value_type: ValueType = Field(description="`number` or `text`.")
    unit: str | None = Field(description="Default unit of its values.")
    definition: str | None
    position: int = Field(description="Display order on a profile page.")
    translations: TranslationsRead
    languages: TextLanguages


class SourceSeriesRead(ReadModel):
    source: SourceLabelRead
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


# Each field's bounds, once: the API's bodies and the profile document use these.
Name = Annotated[str, StringConstraints(min_length=1, max_length=200), TRIMMED_NOT_BLANK]
Unit = Annotated[str, StringConstraints(max_length=64), TRIMMED]
Definition = Annotated[str, StringConstraints(max_length=5000)]


class IndicatorTranslation(Translation):
    name: Name | None = None
    label: Name | None = None
    group: Name | None = None
    unit: Unit | None = None
    definition: Definition | None = None


IndicatorTranslations = Annotated[
    dict[TranslatedLanguage, IndicatorTranslation],
    Field(
        description=TRANSLATIONS_DESCRIPTION,
        examples=[{"fr": {"name": "Population", "unit": "personnes"}}],
    ),
]


class IndicatorFields(WriteModel):
    """An indicator as a profile document lists it (its order is its place in the list)."""

    slug: NewSlug
    name: Name
    label: Name
    group: Name
    value_type: ValueType
    unit: Unit | None = None
    definition: Definition | None = None
    translations: IndicatorTranslations = Field(default_factory=dict)


class IndicatorCreate(IndicatorFields, Reasoned):
    model_config = ConfigDict(
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

    position: Position | None = Field(default=None, description="The end when omitted.")


class IndicatorUpdate(PartialUpdate):
    """Everything but the slug and the value type, which its values depend on."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"definition": "Residents aged 15 to 64."}]},
    )

    NOT_NULL = frozenset({"name", "label", "group", "position", "translations"})

    name: Name | None = None
    label: Name | None = None
    group: Name | None = None
    unit: Unit | None = None
    definition: Definition | None = None
    position: Position | None = None
    translations: IndicatorTranslations | None = None
