"""Keeping the search index current.

The index (the `search_index` table, FTS5 on SQLite, a tsvector with a GIN
index on PostgreSQL, made by the migrations) is not written by the code that
writes profiles. Instead, a session hook notes which countries' searchable
rows a flush touched, and rebuilds those countries' entries just before the
transaction commits: every write path (seed, import, the write API, whole
profile replaces) keeps the index current, and none can forget to.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import column, delete, event, insert, select, table
from sqlalchemy.orm import Session

from app.models import (
    Authority,
    Country,
    Indicator,
    NarrativeSection,
    PolicyDocument,
    Publication,
)
from app.search.service import indexable

INDEX_TABLE = "search_index"


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """For Alembic: the index and (on SQLite) its FTS5 shadow tables are not ORM tables."""
    return not (type_ == "table" and name is not None and name.startswith(INDEX_TABLE))


search_index = table(
    "search_index",
    column("kind"),
    column("key"),
    column("country_id"),
    column("lang"),
    column("title"),
    column("body"),
)

_COUNTRY_ROWS = (Authority, PolicyDocument, Publication, NarrativeSection)
_PENDING = "search_index_pending"
ALL_INDICATORS = "indicators"


def _join(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p not in (None, ""))


def _languages(item: Any) -> list[str]:
    """English, and each language the item has a translation in."""
    return ["en", *sorted(item.translations or {})]


def _text(item: Any, lang: str) -> Callable[[str], Any]:
    """The item's texts in `lang`: a translation where it has one, else English."""
    translated = (item.translations or {}).get(lang, {})
    return lambda field: translated.get(field, getattr(item, field))


def country_entries(session: Session, country_id: int) -> list[dict[str, Any]]:
    """A row per resource and language: the narrative in English, the lists in
    English and in each language they are translated into."""
    entries: list[dict[str, Any]] = []
    for section in session.scalars(
        select(NarrativeSection).where(NarrativeSection.country_id == country_id)
    ):
        entries.append(
            {
                "kind": "narrative",
                "key": section.slug,
                "lang": "en",
                "title": section.title,
                "body": section.body,
            }
        )
    for authority in session.scalars(select(Authority).where(Authority.country_id == country_id)):
        for lang in _languages(authority):
            text = _text(authority, lang)
            entries.append(
                {
                    "kind": "authority",
                    "key": str(authority.id),
                    "lang": lang,
                    "title": text("name"),
                    "body": _join(text("acronym"), text("remit")),
                }
            )
    for document in session.scalars(
        select(PolicyDocument).where(PolicyDocument.country_id == country_id)
    ):
        for lang in _languages(document):
            entries.append(
                {
                    "kind": "policy_document",
                    "key": str(document.id),
                    "lang": lang,
                    "title": _text(document, lang)("title"),
                    "body": _join(document.year, document.kind),
                }
            )
    for publication in session.scalars(
        select(Publication).where(Publication.country_id == country_id)
    ):
        for lang in _languages(publication):
            entries.append(
                {
                    "kind": "publication",
                    "key": str(publication.id),
                    "lang": lang,
                    "title": _text(publication, lang)("title"),
                    "body": _join(publication.publisher, publication.year),
                }
            )
    return [{**entry, "country_id": country_id} for entry in entries]


def indicator_entries(session: Session) -> list[dict[str, Any]]:
    entries = []
    for indicator in session.scalars(select(Indicator)):
        for lang in _languages(indicator):
            text = _text(indicator, lang)
            entries.append(
                {
                    "kind": "indicator",
                    "key": indicator.slug,
                    "country_id": None,
                    "lang": lang,
                    "title": text("name"),
                    "body": _join(text("label"), text("group"), text("definition")),
                }
            )
    return entries


def rebuild(session: Session, targets: set[int | str]) -> None:
    """Replace the entries of these countries (ids), and of the indicators if named."""
    for target in targets:
        if target == ALL_INDICATORS:
            session.execute(delete(search_index).where(search_index.c.kind == "indicator"))
            entries = indicator_entries(session)
        else:
            session.execute(delete(search_index).where(search_index.c.country_id == target))
            entries = country_entries(session, int(target))
        if entries:
            clean = [
                {**e, "title": indexable(e["title"]), "body": indexable(e["body"])} for e in entries
            ]
            session.execute(insert(search_index), clean)


@event.listens_for(Session, "after_flush")
def _note_changes(session: Session, _context: Any) -> None:
    pending: set[int | str] = session.info.setdefault(_PENDING, set())
    for instance in (*session.new, *session.dirty, *session.deleted):
        if isinstance(instance, _COUNTRY_ROWS):
            pending.add(instance.country_id)
        elif isinstance(instance, Country) and instance in session.deleted:
            pending.add(instance.id)  # its rows went with it
        elif isinstance(instance, Indicator):
            pending.add(ALL_INDICATORS)


@event.listens_for(Session, "before_commit")
def _rebuild_pending(session: Session) -> None:
    session.flush()
    pending: set[int | str] = session.info.pop(_PENDING, set())
    if pending:
        rebuild(session, pending)


@event.listens_for(Session, "after_rollback")
def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
