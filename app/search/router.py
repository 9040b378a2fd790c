"""GET /search: full-text search across profiles."""

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import ConfigDict, Field
from sqlalchemy import Connection, select

from app.config import API_PREFIX
from app.countries.service import get_country
from app.deps import DatabaseDep
from app.http.responses import LINK, PROBLEM_RESPONSES
from app.json import JSONResponse
from app.models import Country
from app.pagination import (
    DEFAULT_LIMIT,
    Collection,
    Cursor,
    Limit,
    collection,
    link_header,
)
from app.schemas import COUNTRY_CODE_PATTERN, PlainText, ReadModel
from app.search.service import Hit, parse_query, search

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


def _url(hit: Hit, code: str | None) -> str:
    country = f"{API_PREFIX}/countries/{code}"
    return {
        "narrative": f"{country}/narrative/{hit.key}",
        "authority": f"{country}/authorities/{hit.key}",
        "policy_document": f"{country}/policy-documents/{hit.key}",
        "publication": f"{country}/publications/{hit.key}",
        "indicator": f"{API_PREFIX}/indicators/{hit.key}",
    }[hit.kind]


def _codes(connection: Connection) -> dict[int, str]:
    return {
        country_id: code
        for country_id, code in connection.execute(select(Country.id, Country.code)).all()
    }


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
    query = parse_query(q)
    cursors = request.app.state.cursors

    def read(connection: Connection) -> tuple[dict[str, Any], int, list[Hit], int, dict[int, str]]:
        country_id = get_country(connection, country).id if country else None
        filters: dict[str, Any] = {
            "q": query.terms,
            "country": country_id,
            "type": sorted(t.value for t in types),
        }
        offset = cursors.decode(cursor, filters) or 0
        hits, total = search(
            connection,
            query,
            country_id=country_id,
            kinds=[t.value for t in types],
            offset=offset,
            limit=limit,
        )
        return filters, offset, hits, total, _codes(connection)

    filters, offset, hits, total, codes = await db.read(read)
    items = [
        {
            "type": hit.kind,
            "title": hit.title,
            "country": codes.get(hit.country_id) if hit.country_id is not None else None,
            "url": _url(hit, codes.get(hit.country_id) if hit.country_id is not None else None),
            "snippet": hit.snippet,
            "score": round(float(hit.score), 6),
        }
        for hit in hits
    ]
    more = offset + len(hits) < total
    envelope = collection(
        request,
        items,
        total=total,
        limit=limit,
        next_cursor=cursors.encode(offset + len(hits), filters) if more else None,
    )
    return JSONResponse(envelope, headers=link_header(envelope))
