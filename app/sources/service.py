"""Source lookups."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import Source


def list_sources(session: Session) -> Sequence[Source]:
    return session.scalars(select(Source).order_by(Source.id)).all()


def get_source(session: Session, slug: str) -> Source:
    source = session.scalar(select(Source).where(Source.slug == slug))
    if source is None:
        raise NotFound(f"No source {slug!r}.")
    return source


def get_sources(session: Session, slugs: Sequence[str]) -> list[Source]:
    """The sources named, in the order given; NotFound names the first unknown one."""
    return [get_source(session, slug) for slug in dict.fromkeys(slugs)]
