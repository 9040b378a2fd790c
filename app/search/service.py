"""Search: parse the user's query safely, and ask each database's own engine.

The query language users get: several words match all of them; a quoted
phrase matches the phrase. Words are reduced to letters and digits before they
reach the engine, so nothing a user types is ever read as FTS5 or tsquery
syntax (`NEAR`, `*`, `OR`, quotes, parentheses are plain text or dropped).
"""

import html
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from app.errors import InvalidParameter

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
# The engines mark matches with two control characters that indexed text
# never holds (see `indexable`); the snippet is then HTML-escaped and only the
# marks become `<mark>` tags, so no text of a profile is ever live markup.
_START, _END = "\x02", "\x03"


def indexable(text: str) -> str:
    """Text as the index keeps it: without the characters that mark matches."""
    return text.replace(_START, " ").replace(_END, " ")


def snippet_html(marked: str) -> str:
    """A snippet as safe HTML: its text escaped, its matches in `<mark>`."""
    return html.escape(marked).replace(_START, "<mark>").replace(_END, "</mark>")


@dataclass(frozen=True)
class Query:
    """Words and phrases, each a list of plain words; all must match."""

    terms: tuple[tuple[str, ...], ...]


def parse_query(q: str) -> Query:
    terms: list[tuple[str, ...]] = []
    # An unbalanced quote is a literal character, not an error.
    balanced = q if q.count('"') % 2 == 0 else q.replace('"', " ")
    for phrase, word in _TERM.findall(balanced):
        words = tuple(w.lower() for w in _WORD.findall(phrase or word) if len(w) <= 60)
        if words:
            terms.append(words)
    if not terms:
        raise InvalidParameter("query", "q", "no word to search for")
    return Query(tuple(terms[:MAX_TERMS]))


def _fts5_match(query: Query) -> str:
    # Each term becomes an FTS5 string ("..."): inside one, every character is
    # text, and the words are matched as a phrase; terms side by side are ANDed.
    # A single word is also a prefix ("..." *): "vreemdelingen" finds
    # "Vreemdelingenzaken", as Dutch and German join words into compounds.
    return " ".join(
        '"' + " ".join(words) + '"' + (" *" if len(words) == 1 else "") for words in query.terms
    )


# The text search configuration of each row's language, on PostgreSQL: the
# language's own, after the unaccent dictionary (migration 2026_11_30_search_unaccent),
# so that accents are folded as on SQLite.
_CONFIG = (
    "CASE s.lang WHEN 'fr' THEN 'search_french'::regconfig "
    "WHEN 'nl' THEN 'search_dutch'::regconfig WHEN 'de' THEN 'search_german'::regconfig "
    "ELSE 'search_english'::regconfig END"
)


@dataclass
class Hit:
    kind: str
    key: str
    country_id: int | None
    lang: str
    title: str
    snippet: str
    score: float


def search(
    connection: Connection,
    query: Query,
    *,
    country_id: int | None,
    kinds: list[str],
    lang: str | None = None,
    offset: int,
    limit: int,
) -> tuple[list[Hit], int]:
    """A page of hits, best first, and the number of hits in all. A resource indexed
    in several languages is one hit: in English if that matches, else in the language
    that matches best; with `lang`, only its text in that language is searched."""
    params: dict[str, Any] = {"offset": offset, "limit": limit, "start": _START, "end": _END}
    filters = []
    if country_id is not None:
        filters.append("(s.country_id = :country_id OR s.country_id IS NULL)")
        params["country_id"] = country_id
    if kinds:
        names = []
        for i, kind in enumerate(kinds):
            params[f"kind{i}"] = kind
            names.append(f":kind{i}")
        filters.append(f"s.kind IN ({', '.join(names)})")
    if lang is not None:
        filters.append("s.lang = :lang")
        params["lang"] = lang
    # The statements below are put together from fixed SQL only (S608 is noqa'd
    # there for that reason); every value a user gives is a bound parameter.
    where = "".join(f" AND {f}" for f in filters)
    # One hit per resource: in English when its English text matches, else in the
    # language that matches best.
    one_per_resource = (
        "row_number() OVER (PARTITION BY kind, key, country_id "
        "ORDER BY CASE WHEN lang = 'en' THEN 0 ELSE 1 END, score DESC, lang)"
    )

    if connection.dialect.name == "sqlite":
        params["match"] = _fts5_match(query)
        base = f"FROM search_index AS s WHERE search_index MATCH :match{where}"
        matches = (
            "SELECT s.kind, s.key, s.country_id, s.lang, s.title, "
            "snippet(search_index, 5, :start, :end, '…', 16) AS snippet, "
            # bm25 is lower for better matches; the title weighs most.
            f"-bm25(search_index, 0, 0, 0, 0, 8.0, 1.0) AS score {base}"
        )
        rows = connection.execute(
            text(
                "SELECT kind, key, country_id, lang, title, snippet, score FROM ("  # noqa: S608
                f"SELECT *, {one_per_resource} AS rank FROM ({matches})) "
                "WHERE rank = 1 ORDER BY score DESC, kind, key LIMIT :limit OFFSET :offset"
            ),
            params,
        ).all()
        total = connection.execute(
            text(f"SELECT count(*) FROM (SELECT DISTINCT s.kind, s.key, s.country_id {base})"),  # noqa: S608
            params,
        ).scalar_one()
    else:
        parts = []
        for i, words in enumerate(query.terms):
            if len(words) > 1:
                params[f"term{i}"] = " ".join(words)
                parts.append(f"phraseto_tsquery({_CONFIG}, :term{i})")
            else:
                # A prefix, as on SQLite: the word's stem, then anything.
                params[f"term{i}"] = words[0]
                parts.append(f"to_tsquery({_CONFIG}, quote_literal(:term{i}) || ':*')")
        tsquery = " && ".join(parts)
        base = (
            f"FROM search_index AS s, LATERAL (SELECT {tsquery}) AS q(query) "
            f"WHERE s.document @@ q.query{where}"
        )
        params["options"] = f"StartSel={_START}, StopSel={_END}, MaxWords=24, MinWords=8"
        matches = (
            "SELECT s.kind, s.key, s.country_id, s.lang, s.title, s.body, q.query, "
            f"{_CONFIG} AS config, ts_rank_cd(s.document, q.query) AS score {base}"
        )
        rows = connection.execute(
            text(
                "SELECT kind, key, country_id, lang, title, "  # noqa: S608
                "ts_headline(config, body, query, :options), score FROM ("
                f"SELECT *, {one_per_resource} AS rank FROM ({matches}) AS m) AS r "
                "WHERE rank = 1 ORDER BY score DESC, kind, key LIMIT :limit OFFSET :offset"
            ),
            params,
        ).all()
        total = connection.execute(
            text(f"SELECT count(*) FROM (SELECT DISTINCT s.kind, s.key, s.country_id {base}) AS d"),  # noqa: S608
            params,
        ).scalar_one()
    hits = [
        Hit(kind, key, country, language, title, snippet_html(marked), score)
        for kind, key, country, language, title, marked, score in rows
    ]
    return hits, int(total)
