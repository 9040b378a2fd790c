"""A page of search hits as the API serves them (`GET /search`, and the search page)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from app.config import API_PREFIX
from app.countries.service import get_country
from app.cursors import CursorCodec
from app.models import Country
from app.search.service import Hit, parse_query, search


@dataclass(frozen=True)
class HitsPage:
    items: list[dict[str, Any]]
    total: int
    next_cursor: str | None


def _url(hit: Hit, code: str | None) -> str:
    country = f"{API_PREFIX}/countries/{code}"
    return {
        "narrative": f"{country}/narrative/{hit.key}",
        "authority": f"{country}/authorities/{hit.key}",
        "policy_document": f"{country}/policy-documents/{hit.key}",
        "publication": f"{country}/publications/{hit.key}",
        "indicator": f"{API_PREFIX}/indicators/{hit.key}",
    }[hit.kind]


def read_hits(
    connection: Connection,
    *,
    q: str,
    country: str | None,
    kinds: Sequence[str],
    lang: str | None = None,
    cursor: str | None,
    cursors: CursorCodec,
    limit: int,
) -> HitsPage:
    """The hits of `q`, best first: `limit` of them from `cursor`, each as the API
    serves it (type, title, country, url, snippet, score)."""
    query = parse_query(q)
    country_id = get_country(connection, country).id if country else None
    filters: dict[str, Any] = {
        "q": query.terms,
        "country": country_id,
        "type": sorted(kinds),
        "lang": lang,
    }
    offset = cursors.decode(cursor, filters) or 0
    hits, total = search(
        connection,
        query,
        country_id=country_id,
        kinds=list(kinds),
        lang=lang,
        offset=offset,
        limit=limit,
    )
    codes = dict(connection.execute(select(Country.id, Country.code)).all())
    items = []
    for hit in hits:
        code = codes.get(hit.country_id) if hit.country_id is not None else None
        items.append(
            {
                "type": hit.kind,
                "title": hit.title,
                "country": code,
                "url": _url(hit, code),
                "snippet": hit.snippet,
                "score": round(float(hit.score), 6),
                "languages": {"title": hit.lang, "snippet": hit.lang},
            }
        )
    more = offset + len(hits) < total
    return HitsPage(items, total, cursors.encode(offset + len(hits), filters) if more else None)
