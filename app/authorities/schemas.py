"""Schemas of migration authorities."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.models import AuthorityRole
from app.schemas import ReadModel

AUTHORITY_EXAMPLE: dict[str, Any] = {
    "id": 8,
    "role": "agency",
    "name": "Federal Agency for the Reception of Asylum Seekers",
    "acronym": "Fedasil",
    "remit": None,
    "position": 2,
}

ROLE_LABELS = {
    AuthorityRole.RESPONSIBLE_BODY: "Responsible Body",
    AuthorityRole.LINE_MINISTRY: "Line Ministries",
    AuthorityRole.AGENCY: "Agencies",
}


class AuthorityRead(ReadModel):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [AUTHORITY_EXAMPLE]}
    )

    id: int
    role: AuthorityRole
    name: str
    acronym: str | None = Field(description="As the page gives it: `CGRS`, `Fedasil`, `Myria`.")
    remit: str | None = Field(description="What it covers, as the page's parenthesis says.")
    position: int = Field(description="Order within its role on the page.")


class AuthorityGroupRead(ReadModel):
    role: AuthorityRole
    label: str = Field(examples=["Agencies"])
    authorities: list[AuthorityRead]


class AuthorityCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"role": "agency", "name": "Federal Migration Centre", "acronym": "Myria"}]
        },
    )

    role: AuthorityRole
    name: str = Field(min_length=1, max_length=500)
    acronym: str | None = Field(default=None, max_length=32)
    remit: str | None = Field(default=None, max_length=2000)
    position: int | None = Field(
        default=None, ge=0, description="Order within its role; the end when omitted."
    )


class AuthorityUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"acronym": "CGRS"}]})

    role: AuthorityRole | None = None
    name: str | None = Field(default=None, min_length=1, max_length=500)
    acronym: str | None = Field(default=None, max_length=32)
    remit: str | None = Field(default=None, max_length=2000)
    position: int | None = Field(default=None, ge=0)
