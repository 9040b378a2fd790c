"""Schemas of policy documents and publications."""

from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from app.schemas import (
    TRANSLATIONS_DESCRIPTION,
    TRIMMED,
    TRIMMED_NOT_BLANK,
    PartialUpdate,
    Position,
    Reasoned,
    TextLanguages,
    TranslatableRead,
    TranslatedLanguage,
    Translation,
    TranslationsRead,
    WriteModel,
    Year,
)

POLICY_DOCUMENT_EXAMPLE: dict[str, Any] = {
    "id": 3,
    "title": "Belgian Reception Act",
    "year": 2007,
    "kind": "act",
    "url": None,
    "position": 2,
    "translations": {
        "fr": {
            "title": "Loi sur l'accueil des demandeurs d'asile et de certaines autres "
            "catégories d'étrangers"
        },
        "nl": {
            "title": "Wet betreffende de opvang van asielzoekers en van bepaalde andere "
            "categorieën van vreemdelingen"
        },
        "de": {
            "title": "Gesetz über die Aufnahme von Asylsuchenden und von bestimmten anderen "
            "Kategorien von Ausländern"
        },
    },
    "languages": {"title": "en"},
}
PUBLICATION_EXAMPLE: dict[str, Any] = {
    "id": 2,
    "title": "International Migration Outlook 2022",
    "publisher": None,
    "year": 2022,
    "url": None,
    "position": 1,
    "translations": {
        "fr": {"title": "Perspectives des migrations internationales 2022"},
        "de": {"title": "Internationaler Migrationsausblick 2022"},
    },
    "languages": {"title": "en"},
}

# Each field's bounds, once: the API's bodies and the profile document use these.
Title = Annotated[str, StringConstraints(min_length=1, max_length=500), TRIMMED_NOT_BLANK]
Kind = Annotated[str, StringConstraints(min_length=1, max_length=64), TRIMMED_NOT_BLANK]
Publisher = Annotated[str, StringConstraints(max_length=300), TRIMMED]
Url = Annotated[str, StringConstraints(max_length=1000)]
ListPosition = Annotated[
    Position | None, Field(description="Order on the page; the end when omitted.")
]


class TitleTranslation(Translation):
    title: Title | None = None


TitleTranslations = Annotated[
    dict[TranslatedLanguage, TitleTranslation],
    Field(
        description=TRANSLATIONS_DESCRIPTION,
        examples=[{"fr": {"title": "Code de la nationalité belge"}}],
    ),
]


class PolicyDocumentRead(TranslatableRead):
    TEXTS = ("title",)

    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [POLICY_DOCUMENT_EXAMPLE]}
    )

    id: int
    title: str
    year: int | None
    kind: str = Field(description="`code`, `act`, `royal_decree`, ...")
    url: str | None
    position: int
    translations: TranslationsRead
    languages: TextLanguages


class PolicyDocumentFields(WriteModel):
    """A policy document as a profile document lists it."""

    title: Title
    year: Year | None = None
    kind: Kind
    url: Url | None = None
    translations: TitleTranslations = Field(default_factory=dict)


class PolicyDocumentCreate(PolicyDocumentFields, Reasoned):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"title": "Belgian Reception Act", "year": 2007, "kind": "act"}]
        },
    )

    position: ListPosition = None


class PolicyDocumentUpdate(PartialUpdate):
    model_config = ConfigDict(json_schema_extra={"examples": [{"year": 2007}]})

    NOT_NULL = frozenset({"title", "kind", "position", "translations"})

    title: Title | None = None
    year: Year | None = None
    kind: Kind | None = None
    url: Url | None = None
    position: ListPosition = None
    translations: TitleTranslations | None = None


class PublicationRead(TranslatableRead):
    TEXTS = ("title",)

    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [PUBLICATION_EXAMPLE]}
    )

    id: int
    title: str
    publisher: str | None
    year: int | None
    url: str | None
    position: int
    translations: TranslationsRead
    languages: TextLanguages


class PublicationFields(WriteModel):
    """A publication as a profile document lists it."""

    title: Title
    publisher: Publisher | None = None
    year: Year | None = None
    url: Url | None = None
    translations: TitleTranslations = Field(default_factory=dict)


class PublicationCreate(PublicationFields, Reasoned):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"title": "International Migration Outlook 2022", "year": 2022}]
        },
    )

    position: ListPosition = None


class PublicationUpdate(PartialUpdate):
    model_config = ConfigDict(json_schema_extra={"examples": [{"publisher": "OECD"}]})

    NOT_NULL = frozenset({"title", "position", "translations"})

    title: Title | None = None
    publisher: Publisher | None = None
    year: Year | None = None
    url: Url | None = None
    position: ListPosition = None
    translations: TitleTranslations | None = None
