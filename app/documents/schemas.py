"""Schemas of policy documents and publications."""

from typing import Annotated, Any

from pydantic import ConfigDict, Field, StringConstraints

from app.schemas import (
    TRIMMED,
    TRIMMED_NOT_BLANK,
    PartialUpdate,
    Position,
    ReadModel,
    Reasoned,
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
}
PUBLICATION_EXAMPLE: dict[str, Any] = {
    "id": 2,
    "title": "International Migration Outlook 2022",
    "publisher": None,
    "year": 2022,
    "url": None,
    "position": 1,
}

# Each field's bounds, once: the API's bodies and the profile document use these.
Title = Annotated[str, StringConstraints(min_length=1, max_length=500), TRIMMED_NOT_BLANK]
Kind = Annotated[str, StringConstraints(min_length=1, max_length=64), TRIMMED_NOT_BLANK]
Publisher = Annotated[str, StringConstraints(max_length=300), TRIMMED]
Url = Annotated[str, StringConstraints(max_length=1000)]
ListPosition = Annotated[
    Position | None, Field(description="Order on the page; the end when omitted.")
]


class PolicyDocumentRead(ReadModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [POLICY_DOCUMENT_EXAMPLE]}
    )

    id: int
    title: str
    year: int | None
    kind: str = Field(description="`code`, `act`, `royal_decree`, ...")
    url: str | None
    position: int


class PolicyDocumentFields(WriteModel):
    """A policy document as a profile document lists it."""

    title: Title
    year: Year | None = None
    kind: Kind
    url: Url | None = None


class PolicyDocumentCreate(PolicyDocumentFields, Reasoned):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"title": "Belgian Reception Act", "year": 2007, "kind": "act"}]
        },
    )

    position: ListPosition = None


class PolicyDocumentUpdate(PartialUpdate):
    model_config = ConfigDict(json_schema_extra={"examples": [{"year": 2007}]})

    NOT_NULL = frozenset({"title", "kind", "position"})

    title: Title | None = None
    year: Year | None = None
    kind: Kind | None = None
    url: Url | None = None
    position: ListPosition = None


class PublicationRead(ReadModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [PUBLICATION_EXAMPLE]}
    )

    id: int
    title: str
    publisher: str | None
    year: int | None
    url: str | None
    position: int


class PublicationFields(WriteModel):
    """A publication as a profile document lists it."""

    title: Title
    publisher: Publisher | None = None
    year: Year | None = None
    url: Url | None = None


class PublicationCreate(PublicationFields, Reasoned):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"title": "International Migration Outlook 2022", "year": 2022}]
        },
    )

    position: ListPosition = None


class PublicationUpdate(PartialUpdate):
    model_config = ConfigDict(json_schema_extra={"examples": [{"publisher": "OECD"}]})

    NOT_NULL = frozenset({"title", "position"})

    title: Title | None = None
    publisher: Publisher | None = None
    year: Year | None = None
    url: Url | None = None
    position: ListPosition = None
