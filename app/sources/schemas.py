"""Response schemas of sources."""

from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from app.models import SourceKind
from app.schemas import (
    TRANSLATIONS_DESCRIPTION,
    TRIMMED_NOT_BLANK,
    NewSlug,
    PartialUpdate,
    Reasoned,
    TextLanguages,
    TranslatableRead,
    TranslatedLanguage,
    Translation,
    TranslationsRead,
    WriteModel,
)
from app.sync.schemas import SourceSyncRead

# Each field's bounds, once: the API's bodies and the profile document use these.
Label = Annotated[str, StringConstraints(min_length=1, max_length=200), TRIMMED_NOT_BLANK]
Organisation = Annotated[str, StringConstraints(min_length=1, max_length=300), TRIMMED_NOT_BLANK]
HomeUrl = Annotated[str, StringConstraints(max_length=500)]


class SourceTranslation(Translation):
    label: Label | None = None
    organisation: Organisation | None = None


SourceTranslations = Annotated[
    dict[TranslatedLanguage, SourceTranslation],
    Field(description=TRANSLATIONS_DESCRIPTION, examples=[{"fr": {"label": "Banque mondiale"}}]),
]

SOURCE_EXAMPLE: dict[str, Any] = {
    "slug": "statbel",
    "label": "STAT BEL",
    "organisation": "Statbel, the Belgian statistical office",
    "kind": "national",
    "url": "https://statbel.fgov.be",
    "translations": {},
    "languages": {"label": "en", "organisation": "en"},
}


# The `languages` of an item that names its source with `source_label` (an
# observation, a compared series), before the label is put in another language.
ENGLISH_SOURCE_LABEL = {"source_label": "en"}


class SourceLabelRead(TranslatableRead):
    """A source as a value names it: its slug, and its label in the language asked for."""

    TEXTS = ("label",)

    slug: str = Field(examples=["world-bank"])
    label: str = Field(description="The label shown on the profile page.", examples=["World Bank"])
    languages: TextLanguages


class SourceState(TranslatableRead):
    """A source's own fields, as its history keeps them."""

    TEXTS = ("label", "organisation")

    model_config = ConfigDict(json_schema_extra={"examples": [SOURCE_EXAMPLE]})

    slug: str = Field(description="Stable identifier used in URLs and filters.")
    label: str = Field(description="The label shown on profile pages.")
    organisation: str
    kind: SourceKind = Field(description="`international` or `national`.")
    url: str | None = Field(description="The publisher's home page.")
    translations: TranslationsRead
    languages: TextLanguages


class SourceRead(SourceState):
    model_config = ConfigDict(json_schema_extra={"examples": [{**SOURCE_EXAMPLE, "sync": None}]})

    sync: SourceSyncRead | None = Field(
        description="For a source synced from its upstream: when it last was, and what the "
        "upstream said of its data then; null for the others."
    )


class SourceFields(WriteModel):
    """A source as a profile document lists it."""

    slug: NewSlug
    label: Label
    organisation: Organisation
    kind: SourceKind
    url: HomeUrl | None = None
    translations: SourceTranslations = Field(default_factory=dict)


class SourceCreate(SourceFields, Reasoned):
    model_config = ConfigDict(
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


class SourceUpdate(PartialUpdate):
    model_config = ConfigDict(json_schema_extra={"examples": [{"label": "STAT BEL"}]})

    NOT_NULL = frozenset({"label", "organisation", "kind", "translations"})

    label: Label | None = None
    organisation: Organisation | None = None
    kind: SourceKind | None = None
    url: HomeUrl | None = None
    translations: SourceTranslations | None = None
