"""Schemas of narrative sections."""

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated, Any, Self

from markdown_it import MarkdownIt
from pydantic import ConfigDict, Field, StringConstraints, computed_field, model_validator

from app.languages import Language
from app.schemas import (
    NEW_SLUG_PATTERN,
    TRIMMED_NOT_BLANK,
    PartialUpdate,
    Position,
    ReadModel,
    Reasoned,
    WriteModel,
    shaped,
)

# CommonMark with raw HTML off: HTML in a section's source is shown as text,
# never passed through; links with a script or data target are not made links.
_MARKDOWN = MarkdownIt("commonmark", {"html": False})


@lru_cache(maxsize=1024)
def markdown_html(markdown: str) -> str:
    """A section's Markdown as HTML that a front-end can insert as it is (rendered
    once per text: every read of a section serves it)."""
    return str(_MARKDOWN.render(markdown))


# The narrative exists in English only: whatever language is asked for, its
# texts are served in English, and say so.
NARRATIVE_LANGUAGES = {"title": "en", "body": "en", "body_html": "en"}

NARRATIVE_EXAMPLE: dict[str, Any] = {
    "slug": "refugees-and-asylum",
    "title": "Refugees and asylum",
    "position": 5,
    "body": "The number of recognised refugees in Belgium has increased over the last 20 years "
    "from 12.560 in 2002 to 65.033 in 2022. In 2020, Syria, Afghanistan and Eritrea were the "
    "top countries of origin among recognised refugees. As of May 2022, Belgium received "
    "6.252 asylum applications.",
    "citations": [
        {"text": "12.560 in 2002 to 65.033 in 2022", "target": None},
        {
            "text": "In 2020, Syria, Afghanistan and Eritrea were the top countries of origin "
            "among",
            "target": None,
        },
    ],
}

NARRATIVE_EXAMPLE["body_html"] = markdown_html(NARRATIVE_EXAMPLE["body"])
NARRATIVE_EXAMPLE["languages"] = NARRATIVE_LANGUAGES

# Each field's bounds, once: the API's bodies and the profile document use these.

SectionSlug = Annotated[str, StringConstraints(pattern=NEW_SLUG_PATTERN, max_length=100)]
SectionTitle = Annotated[str, StringConstraints(min_length=1, max_length=300), TRIMMED_NOT_BLANK]
Body = Annotated[str, StringConstraints(min_length=1, max_length=100_000), TRIMMED_NOT_BLANK]
CitationText = Annotated[str, StringConstraints(min_length=1, max_length=2000), TRIMMED_NOT_BLANK]
CitationTarget = Annotated[str, StringConstraints(max_length=1000)]


class CitationRead(ReadModel):
    text: str
    target: str | None = Field(description="The link's target; null when unknown.")


class NarrativeSectionState(ReadModel):
    """A section as its history keeps it."""

    slug: str
    title: str
    position: int
    body: str = Field(description="Markdown; paragraphs separated by a blank line.")
    citations: list[CitationRead]


def section_read(section: Mapping[str, Any]) -> dict[str, Any]:
    """A section as `NarrativeSectionRead` serves it, from `list_narrative`'s dict."""
    return {
        **shaped(section, NarrativeSectionState),
        "body_html": markdown_html(section["body"]),
        "languages": NARRATIVE_LANGUAGES,
    }


class NarrativeSectionRead(NarrativeSectionState):
    model_config = ConfigDict(
        from_attributes=True, json_schema_extra={"examples": [NARRATIVE_EXAMPLE]}
    )

    @computed_field(  # type: ignore[prop-decorator]
        description="The body rendered as HTML by the service, safe to insert as it is: "
        "HTML written in the Markdown is escaped, not passed through."
    )
    @property
    def body_html(self) -> str:
        return markdown_html(self.body)

    @computed_field(  # type: ignore[prop-decorator]
        description="Always `en`: the narrative exists in English only.",
        examples=[NARRATIVE_LANGUAGES],
    )
    @property
    def languages(self) -> dict[str, Language]:
        return {field: Language(value) for field, value in NARRATIVE_LANGUAGES.items()}


class CitationWrite(WriteModel):
    text: CitationText
    target: CitationTarget | None = None


_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def plain_text(markdown: str) -> str:
    """Markdown text with backslash escapes resolved and whitespace collapsed."""
    return " ".join(_MARKDOWN_ESCAPE.sub(r"\1", markdown).split())


def missing_citation(body: str, citations: list[str]) -> str | None:
    """The first citation text that does not occur in the body, if any."""
    plain = plain_text(body)
    return next((text for text in citations if plain_text(text) not in plain), None)


def _citations_in_body(body: str | None, citations: list[CitationWrite] | None) -> None:
    if body is None or citations is None:
        return
    missing = missing_citation(body, [c.text for c in citations])
    if missing is not None:
        raise ValueError(f"citation {missing!r} does not occur in the body")


class NarrativeSectionFields(WriteModel):
    """A section as a profile document lists it (its order is its place in the list)."""

    slug: SectionSlug
    title: SectionTitle
    body: Body
    citations: list[CitationWrite] = Field(default_factory=list)

    @model_validator(mode="after")
    def check_citations(self) -> Self:
        _citations_in_body(self.body, self.citations)
        return self


class NarrativeSectionCreate(NarrativeSectionFields, Reasoned):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "slug": "people-smuggling",
                    "title": "People smuggling and transit migration",
                    "body": "People smuggling equally represents an issue, ...",
                    "citations": [],
                }
            ]
        },
    )

    position: Position | None = Field(default=None, description="The end when omitted.")


class NarrativeSectionUpdate(PartialUpdate):
    model_config = ConfigDict(json_schema_extra={"examples": [{"title": "Refugees and asylum"}]})

    NOT_NULL = frozenset({"title", "body", "citations", "position"})

    title: SectionTitle | None = None
    body: Body | None = None
    citations: list[CitationWrite] | None = None
    position: Position | None = None

    @model_validator(mode="after")
    def check_citations(self) -> Self:
        _citations_in_body(self.body, self.citations)
        return self
