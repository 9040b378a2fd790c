"""Schemas of policy documents and publications."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas import ReadModel

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

Title = Field(min_length=1, max_length=500)
Year = Field(default=None, ge=1000, le=9999)
Url = Field(default=None, max_length=1000)
Position = Field(default=None, ge=0, description="Order on the page; the end when omitted.")


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


class PolicyDocumentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"title": "Belgian Reception Act", "year": 2007, "kind": "act"}]
        },
    )

    title: str = Title
    year: int | None = Year
    kind: str = Field(min_length=1, max_length=64)
    url: str | None = Url
    position: int | None = Position


class PolicyDocumentUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"year": 2007}]})

    title: str | None = Field(default=None, min_length=1, max_length=500)
    year: int | None = Year
    kind: str | None = Field(default=None, min_length=1, max_length=64)
    url: str | None = Url
    position: int | None = Position


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


class PublicationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"title": "International Migration Outlook 2022", "year": 2022}]
        },
    )

    title: str = Title
    publisher: str | None = Field(default=None, max_length=300)
    year: int | None = Year
    url: str | None = Url
    position: int | None = Position


class PublicationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"publisher": "OECD"}]}
    )

    title: str | None = Field(default=None, min_length=1, max_length=500)
    publisher: str | None = Field(default=None, max_length=300)
    year: int | None = Year
    url: str | None = Url
    position: int | None = Position
