"""Source lookups."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, RowMapping, bindparam, select
from sqlalchemy.orm import Session

from app.changes import apply_changes
from app.errors import Conflict, NotFound
from app.models import Observation, Source
from app.schemas import shaped
from app.sources.schemas import SourceCreate, SourceRead
from app.sync.runs import last_successes
from app.sync.schemas import SourceSyncRead
from app.types import Queryable

_sources = Source.__table__
_ALL = select(*_sources.c).order_by(_sources.c.id)
_BY_SLUG = select(*_sources.c).where(_sources.c.slug == bindparam("slug"))


def list_sources(db: Queryable) -> Sequence[Row[Any]]:
    return db.execute(_ALL).all()


def _with_sync(source: Any, synced: dict[str, RowMapping]) -> dict[str, Any]:
    """A `SourceRead`: the source (a row or the model), with its sync status."""
    status = synced.get(source.slug)
    return shaped(source, SourceRead, sync=shaped(status, SourceSyncRead) if status else None)


def source_read(db: Queryable, source: Any) -> dict[str, Any]:
    return _with_sync(source, last_successes(db))


def list_source_reads(db: Queryable) -> list[dict[str, Any]]:
    """Every source as a `SourceRead`, in the order they were added."""
    synced = last_successes(db)
    return [_with_sync(source, synced) for source in list_sources(db)]


def get_source_read(db: Queryable, slug: str) -> dict[str, Any]:
    return source_read(db, get_source(db, slug))


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
