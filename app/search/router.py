"""GET /search: full-text search across profiles."""

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import ConfigDict, Field

from app.config import API_PREFIX
from app.deps import DatabaseDep
from app.http.responses import LINK, PROBLEM_RESPONSES
from app.json import JSONResponse
from app.pagination import (
    DEFAULT_LIMIT,
    Collection,
    Cursor,
    Limit,
    collection,
    link_header,
)
from app.schemas import COUNTRY_CODE_PATTERN, PlainText, ReadModel
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
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> JSONResponse:
    """Narrative sections, authorities, policy documents, publications and indicators
    that match, best first, each with the API URL of the resource and a snippet."""
    page = await db.read(
        read_hits,
        q=q,
        country=country,
        kinds=[t.value for t in types],
        cursor=cursor,
        cursors=request.app.state.cursors,
        limit=limit,
    )
    envelope = collection(
        request, page.items, total=page.total, limit=limit, next_cursor=page.next_cursor
    )
    return JSONResponse(envelope, headers=link_header(envelope))
