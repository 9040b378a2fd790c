"""Source lookups."""

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from sqlalchemy import Row, RowMapping, bindparam, select
from sqlalchemy.orm import Session

from app.changes import apply_changes
from app.errors import Conflict, NotFound
from app.languages import Language
from app.models import Observation, Source
from app.schemas import localized, shaped
from app.sources.schemas import SourceCreate, SourceLabelRead, SourceRead
from app.sync.runs import last_successes
from app.sync.schemas import SourceSyncRead
from app.types import Queryable

_sources = Source.__table__
_ALL = select(*_sources.c).order_by(_sources.c.id)
_BY_SLUG = select(*_sources.c).where(_sources.c.slug == bindparam("slug"))


def list_sources(db: Queryable) -> Sequence[Row[Any]]:
    return db.execute(_ALL).all()


def _with_sync(source: Any, synced: dict[str, RowMapping], lang: Language) -> dict[str, Any]:
    """A `SourceRead` in `lang`: the source (a row or the model), with its sync status."""
    status = synced.get(source.slug)
    return localized(
        source, SourceRead, lang, sync=shaped(status, SourceSyncRead) if status else None
    )


def source_reader(db: Queryable, source: Any) -> Callable[[Language], dict[str, Any]]:
    """The source's read in any language (see `check_if_match`), its sync status read once."""
    return partial(_with_sync, source, last_successes(db))


def source_read(db: Queryable, source: Any, lang: Language = Language.EN) -> dict[str, Any]:
    return source_reader(db, source)(lang)


def list_source_reads(db: Queryable, lang: Language = Language.EN) -> list[dict[str, Any]]:
    """Every source as a `SourceRead` in `lang`, in the order they were added."""
    synced = last_successes(db)
    return [_with_sync(source, synced, lang) for source in list_sources(db)]


def get_source_read(db: Queryable, slug: str, lang: Language = Language.EN) -> dict[str, Any]:
    return source_read(db, get_source(db, slug), lang)


def source_translations(db: Queryable, lang: Language) -> dict[str, dict[str, dict[str, str]]]:
    """Every source's translations by slug, to label values in `lang`; none needed
    (and none read) in English."""
    return {} if lang is Language.EN else every_source_translation(db)


def every_source_translation(db: Queryable) -> dict[str, dict[str, dict[str, str]]]:
    """Every source's translations (in every language), by slug."""
    return {source.slug: source.translations or {} for source in list_sources(db)}


def source_label(
    slug: str, label: str, lang: Language, translations: dict[str, dict[str, dict[str, str]]]
) -> dict[str, Any]:
    """A `SourceLabelRead`: the source as a value names it, its label in `lang` where
    `translations` (see `source_translations`) has one."""
    return localized(
        {"slug": slug, "label": label}, SourceLabelRead, lang, translations.get(slug, {})
    )


def _not_found(slug: str) -> NotFound:
    return NotFound(f"No source {slug!r}.")


def get_source(db: Queryable, slug: str) -> Row[Any]:
    """The source, as a row; NotFound when there is none."""
    source = db.execute(_BY_SLUG, {"slug": slug}).first()
    if source is None:
        raise _not_found(slug)
    return source


_IDS = select(Source.__table__.c.slug, Source.__table__.c.id).where(
    Source.__table__.c.slug.in_(bindparam("slugs", expanding=True))
)


def get_source_ids(db: Queryable, slugs: Sequence[str]) -> list[int]:
    """The ids of the sources named, in the order given, for the Core reads;
    NotFound names the first unknown one."""
    if not slugs:
        return []
    ids = {slug: id_ for slug, id_ in db.execute(_IDS, {"slugs": list(slugs)}).all()}
    unknown = next((slug for slug in slugs if slug not in ids), None)
    if unknown is not None:
        raise _not_found(unknown)
    return [ids[slug] for slug in dict.fromkeys(slugs)]


def create_source(session: Session, data: SourceCreate) -> Source:
    if session.scalar(select(Source.id).where(Source.slug == data.slug)) is not None:
        raise Conflict(f"A source {data.slug!r} exists already.")
    source = Source(**data.model_dump())
    session.add(source)
    session.flush()
    return source


def update_source(session: Session, source: Source, changes: dict[str, Any]) -> None:
    apply_changes(source, changes)
    session.flush()


def delete_source(session: Session, source: Source) -> None:
    """Delete a source no value refers to (any reference makes it a 409)."""
    if session.scalar(select(Observation.id).where(Observation.source_id == source.id).limit(1)):
        raise Conflict(f"Values cite the source {source.slug!r}; it cannot be deleted.")
    session.delete(source)
    session.flush()


def with_source_label(
    item: dict[str, Any], lang: Language, translations: dict[str, dict[str, dict[str, str]]]
) -> dict[str, Any]:
    """A flat item naming its source (`source`, `source_label`) with the label in
    `lang` where translated, and `languages` saying which language it is in. In
    English (no translations) the item is as entered, its `languages` already set."""
    if not translations:
        return item
    named = source_label(item["source"], item["source_label"], lang, translations)
    return {
        **item,
        "source_label": named["label"],
        "languages": {**item["languages"], "source_label": named["languages"]["label"]},
    }
