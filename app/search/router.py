"""GET /search: full-text search across profiles."""

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import ConfigDict, Field

from app.config import API_PREFIX
from app.deps import DatabaseDep
from app.http.responses import LINK, PROBLEM_RESPONSES
from app.json import JSONResponse
from app.languages import Language
from app.pagination import (
    DEFAULT_LIMIT,
    Collection,
    Cursor,
    Limit,
    collection,
    link_header,
)
from app.schemas import COUNTRY_CODE_PATTERN, PlainText, ReadModel, TextLanguages
from app.search.reads import read_hits

router = APIRouter(prefix=API_PREFIX, tags=["search"])


class HitType(StrEnum):
    NARRATIVE = "narrative"
    AUTHORITY = "authority"
    POLICY_DOCUMENT = "policy_document"
    PUBLICATION = "publication"
    INDICATOR = "indicator"


class SearchHitRead(ReadModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "authority",
                    "title": "Federal Agency for the Reception of Asylum Seekers",
                    "country": "BE",
                    "url": "/api/v1/countries/BE/authorities/8",
                    "snippet": "Fedasil",
                    "score": 1.9,
                    "languages": {"title": "en", "snippet": "en"},
                }
            ]
        }
    )

    type: HitType
    title: str
    country: str | None = Field(description="Alpha-2 code; null for catalogue entries.")
    url: str = Field(description="The resource in this API.")
    snippet: str = Field(
        description="Text around the match, as HTML safe to insert: the text is escaped "
        "and only the matched words are marked up, in `<mark>`."
    )
    score: float = Field(description="Relevance; higher is better. Comparable within a query.")
    languages: TextLanguages = Field(
        description="The language the title and snippet are in: the one the words matched."
    )


@router.get(
    "/search",
    response_model=Collection[SearchHitRead],
    summary="Full-text search",
    responses={**PROBLEM_RESPONSES, 200: {"headers": {"Link": LINK}}},
)
async def search_profiles(
    request: Request,
    db: DatabaseDep,
    q: Annotated[
        PlainText,
        Query(
            min_length=1,
            max_length=200,
            description='Words to find, all of them; "a quoted phrase" as a phrase. Words '
            "are matched by stem: `refugee` finds refugees.",
            examples=["reception"],
        ),
    ],
    country: Annotated[
        str | None,
        Query(pattern=COUNTRY_CODE_PATTERN, description="Only this country (and the catalogue)."),
    ] = None,
    types: Annotated[
        list[HitType],
        Query(alias="type", description="Only these kinds of resource; repeat for several."),
    ] = [],  # noqa: B006 (FastAPI copies defaults per request)
    lang: Annotated[
        Language | None,
        Query(
            description="Only text in this language. Without it every language is searched, "
            "each with its own stemming, and a resource is one hit: in English if its "
            "English text matches, else in the language that matches best."
        ),
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> JSONResponse:
    """Narrative sections, authorities, policy documents, publications and indicators
    that match, best first, each with the API URL of the resource and a snippet. Words
    are found in English, French, Dutch and German, each with its language's stemming
    (the official names and titles are indexed in each language they have); a single
    word also matches as a prefix ("vreemdelingen" finds "Vreemdelingenzaken")."""
    page = await db.read(
        read_hits,
        q=q,
        country=country,
        kinds=[t.value for t in types],
        lang=lang.value if lang else None,
        cursor=cursor,
        cursors=request.app.state.cursors,
        limit=limit,
    )
    envelope = collection(
        request, page.items, total=page.total, limit=limit, next_cursor=page.next_cursor
    )
    return JSONResponse(envelope, headers=link_header(envelope))
