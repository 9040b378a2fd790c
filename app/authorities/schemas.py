"""Schemas of migration authorities."""

from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from app.models import AuthorityRole
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
)

AUTHORITY_EXAMPLE: dict[str, Any] = {
    "id": 8,
    "role": "agency",
    "name": "Federal Agency for the Reception of Asylum Seekers",
    "acronym": "Fedasil",
    "remit": None,
    "position": 2,
    "translations": {
        "fr": {
            "name": "Agence fédérale pour l'accueil des demandeurs d'asile",
            "acronym": "Fedasil",
        },
        "nl": {"name": "Federaal agentschap voor de opvang van asielzoekers", "acronym": "Fedasil"},
        "de": {"name": "Föderalagentur für die Aufnahme von Asylsuchenden", "acronym": "Fedasil"},
    },
    "languages": {"name": "en", "acronym": "en", "remit": "en"},
}

ROLE_LABELS = {
    AuthorityRole.RESPONSIBLE_BODY: "Responsible Body",
    AuthorityRole.LINE_MINISTRY: "Line Ministries",
    AuthorityRole.AGENCY: "Agencies",
}


class AuthorityRead(TranslatableRead):
    TEXTS = ("name", "acronym", "remit")

    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [AUTHORITY_EXAMPLE]}
    )

    id: int
    role: AuthorityRole
    name: str
    acronym: str | None = Field(description="As the page gives it: `CGRS`, `Fedasil`, `Myria`.")
    remit: str | None = Field(description="What it covers, as the page's parenthesis says.")
    position: int = Field(description="Order within its role on the page.")
    translations: TranslationsRead
    languages: TextLanguages


# Each field's bounds, once: the API's bodies and the profile document use these.
AuthorityName = Annotated[str, StringConstraints(min_length=1, max_length=500), TRIMMED_NOT_BLANK]
Acronym = Annotated[str, StringConstraints(max_length=32), TRIMMED]
Remit = Annotated[str, StringConstraints(max_length=2000)]


class AuthorityTranslation(Translation):
    name: AuthorityName | None = None
    acronym: Acronym | None = None
    remit: Remit | None = None


AuthorityTranslations = Annotated[
    dict[TranslatedLanguage, AuthorityTranslation],
    Field(
        description=TRANSLATIONS_DESCRIPTION,
        examples=[{"fr": {"name": "Office des Étrangers", "acronym": "OE"}}],
    ),
]


class AuthorityFields(WriteModel):
    """An authority as a profile document lists it (its order is its place in the list)."""

    role: AuthorityRole
    name: AuthorityName
    acronym: Acronym | None = None
    remit: Remit | None = None
    translations: AuthorityTranslations = Field(default_factory=dict)


class AuthorityCreate(AuthorityFields, Reasoned):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"role": "agency", "name": "Federal Migration Centre", "acronym": "Myria"}]
        },
    )

    position: Position | None = Field(
        default=None, description="Order within its role; the end when omitted."
    )


class AuthorityUpdate(PartialUpdate):
    model_config = ConfigDict(json_schema_extra={"examples": [{"acronym": "CGRS"}]})

    NOT_NULL = frozenset({"role", "name", "position", "translations"})

    role: AuthorityRole | None = None
    name: AuthorityName | None = None
    acronym: Acronym | None = None
    remit: Remit | None = None
    position: Position | None = None
    translations: AuthorityTranslations | None = None
