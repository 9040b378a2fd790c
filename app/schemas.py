"""Shared schema building blocks.

Every request body is a `WriteModel`, and each of its fields has the bounds of
the column it is stored in: text no longer than its column and without NUL (which
PostgreSQL refuses), integers within a 32-bit column, numbers within the range
and precision described at `ExactNumber`. Anything outside them is a 422, the
same on SQLite and PostgreSQL.
"""

from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    Strict,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_serializer,
    model_validator,
)

from app.languages import Language, in_language

# Slugs in paths and filters: anything else cannot name a resource, and is a
# 422 before it reaches the database.
# A country named in a path or filter: its alpha-2 or alpha-3 code, any case
# (up to four letters, for user-assigned codes such as XAAA).
COUNTRY_CODE_PATTERN = r"^[A-Za-z]{2,4}$"

SLUG_PATTERN = r"^[A-Za-z0-9-]+$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=100)]

# The slug a new source, indicator or section gets: lower case words joined by hyphens.
NEW_SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
NewSlug = Annotated[str, StringConstraints(pattern=NEW_SLUG_PATTERN, max_length=64)]

# The largest value of an INTEGER column on PostgreSQL (ids, positions).
MAX_INT32 = 2**31 - 1
# Strict: a JSON integer, not `true` or "5".
Position = Annotated[int, Strict(), Field(ge=0, le=MAX_INT32)]
Year = Annotated[int, Strict(), Field(ge=1000, le=9999)]

# How precise and how large a numeric value may be: at most 38 significant
# digits, none of them below 10^-38, and a magnitude below 10^38. Every
# figure of a statistics office fits with room to spare, and both databases
# keep such a number digit for digit.
MAX_DIGITS = 38


def _not_text(value: Any) -> Any:
    # A number is a JSON number: "1e5" in quotes is text (a text indicator's
    # value, or a 422), never read as a number.
    if isinstance(value, str | bool):
        raise ValueError("a number must be written as a number, not as text")
    return value


def bounded(value: Decimal) -> Decimal:
    """`value`, if within the bounds above; else a ValueError saying which."""
    if not value.is_finite():
        raise ValueError("the number must be finite")
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite, so not 'n', 'N' or 'F'
    if len(digits) > MAX_DIGITS:
        raise ValueError(f"the number has more than {MAX_DIGITS} significant digits")
    if exponent < -MAX_DIGITS:
        raise ValueError(f"the number has digits below 10^-{MAX_DIGITS}")
    if value != 0 and value.adjusted() >= MAX_DIGITS:
        raise ValueError(f"the number is not below 10^{MAX_DIGITS} in magnitude")
    return value


# Served as a JSON number with every digit (see app.json), documented as one.
ExactNumber = Annotated[
    Decimal,
    BeforeValidator(_not_text),
    AfterValidator(bounded),
    WithJsonSchema(
        {
            "type": "number",
            "exclusiveMinimum": -(10**MAX_DIGITS),
            "exclusiveMaximum": 10**MAX_DIGITS,
            "description": f"An exact decimal: at most {MAX_DIGITS} significant digits, "
            f"none below 10^-{MAX_DIGITS}.",
        }
    ),
]


def to_utc(moment: datetime) -> datetime:
    """The moment as an aware UTC datetime (a moment without offset is UTC);
    ValueError when it falls outside the years 1 to 9999 in UTC."""
    try:
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("the moment falls outside the years 1 to 9999 in UTC") from None


def _iso_text(value: Any) -> Any:
    # A timestamp is ISO 8601 text; a bare number of seconds is refused.
    if not isinstance(value, str | datetime):
        raise ValueError("a timestamp must be ISO 8601 text")
    return value


# A timestamp in a request body: stored in UTC.
Moment = Annotated[datetime, BeforeValidator(_iso_text), AfterValidator(to_utc)]


def _no_nul(value: Any) -> Any:
    """Text may hold any character but NUL, which PostgreSQL cannot store."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("text must not contain the NUL character")
    if isinstance(value, list):
        for item in value:
            _no_nul(item)
    return value


def _trimmed(text: str) -> str:
    return text.strip()


def _trimmed_not_blank(text: str) -> str:
    trimmed = text.strip()
    if not trimmed:
        raise ValueError("must not be blank")
    return trimmed


# Text kept without surrounding whitespace. Its length is bounded as sent,
# before the trim, so a body is refused exactly when it breaks the schema's
# `maxLength` (pydantic's own `strip_whitespace` would trim first).
TRIMMED = AfterValidator(_trimmed)
TRIMMED_NOT_BLANK = AfterValidator(_trimmed_not_blank)


# A query parameter of free text that reaches the database.
PlainText = Annotated[str, AfterValidator(_no_nul)]


Reason = Annotated[str, StringConstraints(max_length=1000)]


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


@cache
def field_names(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields a model serves, in its order."""
    return tuple(model.model_fields)


def shaped(row: Any, model: type[BaseModel], **given: Any) -> dict[str, Any]:
    """A read's body in the shape of `model`: its fields in its order, read by name
    from a row (a mapping, or an object with attributes) whose values the database
    has already typed; `given` holds the fields the row does not."""
    if isinstance(row, Mapping):
        return {name: given[name] if name in given else row[name] for name in field_names(model)}
    return {
        name: given[name] if name in given else getattr(row, name) for name in field_names(model)
    }


class TranslatableRead(ReadModel):
    """A read shape with texts that may be served in another language: `TEXTS` names
    them, and its `languages` field says which language each is in as served."""

    TEXTS: ClassVar[tuple[str, ...]] = ()


def localized(
    row: Any,
    model: type[TranslatableRead],
    lang: Language = Language.EN,
    translations: Mapping[str, Mapping[str, str]] | None = None,
    **given: Any,
) -> dict[str, Any]:
    """`shaped(row, model)` with its texts in `lang` where a translation exists (from
    `translations`, else the row's own), and `languages`: English where there is none."""
    return in_language(shaped(row, model, languages={}, **given), lang, model.TEXTS, translations)


def in_english(model: type[TranslatableRead]) -> dict[str, str]:
    """The `languages` of a text as entered: every text in English."""
    return dict.fromkeys(model.TEXTS, Language.EN.value)


class WriteModel(BaseModel):
    """A request body (or a part of a profile document): unknown fields are
    refused, and so is NUL in any text."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*")
    @classmethod
    def no_nul(cls, value: Any) -> Any:
        return _no_nul(value)


# The languages a text may be translated into; English is the language entered.
TranslatedLanguage = Literal["fr", "nl", "de"]
TRANSLATIONS_DESCRIPTION = (
    "Official translations of its texts in French (`fr`), Dutch (`nl`) and German (`de`), "
    "each with the texts that have one; a text left out is English in that language. "
    "An update replaces them all."
)


class Translation(WriteModel):
    """One language's translated texts of a resource; those left out stay English."""

    @model_validator(mode="after")
    def some_text(self) -> "Translation":
        if all(value is None for value in self.__dict__.values()):
            raise ValueError("a translation gives at least one text")
        return self

    @model_serializer(mode="wrap")
    def without_missing(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        dumped: dict[str, Any] = handler(self)
        return {name: text for name, text in dumped.items() if text is not None}


TranslationsRead = Annotated[
    dict[str, dict[str, str]],
    Field(
        description=TRANSLATIONS_DESCRIPTION,
        examples=[{"fr": {"name": "Office des Étrangers", "acronym": "OE"}}],
    ),
]


TextLanguages = Annotated[
    dict[str, Language],
    Field(
        description="The language each text is in as served: the one asked for (`lang`, "
        "`Accept-Language`) where a translation exists, else `en`.",
        examples=[{"name": "fr", "acronym": "fr", "remit": "en"}],
    ),
]


class Reasoned(WriteModel):
    """A change that may say why; the reason is kept with its revision, not in the resource."""

    reason: Reason | None = Field(
        default=None, exclude=True, description="Why: kept with the revision."
    )


class PartialUpdate(Reasoned):
    """A partial update: a field left out keeps its value. `null` empties a field that
    may be empty; for the fields in `NOT_NULL` (a name, a title, a position) it is a 422."""

    NOT_NULL: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*")
    @classmethod
    def not_null(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.field_name in cls.NOT_NULL:
            raise ValueError("this field cannot be emptied; leave it out to keep it")
        return value
