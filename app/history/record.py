"""Recording the history of every curated resource but values.

As with the search index, the code that writes profiles does not write their
history: session hooks note which curated rows a transaction creates, changes
or deletes, and just before it commits, one revision is recorded for each with
its net change (a row changed twice in one transaction is one revision; a
change that alters nothing is none). Every write path (the API, the seed and
import, whole-profile replaces) keeps the history, and none can forget to.

Who made the change, and why, is told to the session with `attribute`; a
transaction that changes curated rows without it fails loudly at commit.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Row, and_, event, func, insert, select
from sqlalchemy.orm import Session

from app.authorities.schemas import AuthorityRead
from app.countries.schemas import CountryState
from app.documents.schemas import PolicyDocumentRead, PublicationRead
from app.indicators.schemas import IndicatorRead
from app.models import (
    Authority,
    Base,
    Citation,
    Country,
    Indicator,
    NarrativeSection,
    PolicyDocument,
    Publication,
    Revision,
    RevisionAction,
    Source,
)
from app.narrative.schemas import NarrativeSectionState
from app.schemas import TranslatableRead, in_english
from app.sources.schemas import SourceState
from app.types import utcnow

_CHANGED_BY = "history_changed_by"
_REASON = "history_reason"
_TOUCHED = "history_touched"


@dataclass(frozen=True)
class Resource:
    """A kind of curated resource: its name in the history, and the shape of its state."""

    name: str
    state: type[BaseModel]
    key: str  # the attribute the API names it by

    def fields(self) -> list[str]:
        """The fields its revisions keep: the state as entered (not which language a
        read serves it in), and a section's citations, read apart."""
        return [name for name in self.state.model_fields if name not in ("citations", "languages")]


RESOURCES: dict[type[Base], Resource] = {
    Country: Resource("country", CountryState, "code"),
    Source: Resource("source", SourceState, "slug"),
    Indicator: Resource("indicator", IndicatorRead, "slug"),
    Authority: Resource("authority", AuthorityRead, "id"),
    PolicyDocument: Resource("policy_document", PolicyDocumentRead, "id"),
    Publication: Resource("publication", PublicationRead, "id"),
    NarrativeSection: Resource("narrative_section", NarrativeSectionState, "slug"),
}


def attribute(session: Session, changed_by: str, reason: str | None = None) -> None:
    """Name who makes this transaction's changes (`api-key:<name>`, `seed:<file>`,
    ...) and, optionally, why; the revisions it records carry both."""
    session.info[_CHANGED_BY] = changed_by
    session.info[_REASON] = reason


def give_reason(session: Session, reason: str | None) -> None:
    """Why this transaction's changes are made (who is attributed already)."""
    session.info[_REASON] = reason


@dataclass
class _Touched:
    instance: Base
    created: bool = False
    # The state before a deletion, read while the row still existed.
    deleted_state: dict[str, Any] | None = None


def _touched(session: Session) -> dict[tuple[type[Base], int], _Touched]:
    touched: dict[tuple[type[Base], int], _Touched] = session.info.setdefault(_TOUCHED, {})
    return touched


def state_of(session: Session, instance: Base) -> dict[str, Any]:
    """The state of a curated row as its revisions keep it (plain JSON values)."""
    resource = RESOURCES[type(instance)]
    state = {name: getattr(instance, name) for name in resource.fields()}
    if isinstance(instance, NarrativeSection):
        state["citations"] = [
            {"text": text, "target": target}
            for text, target in session.execute(
                select(Citation.text, Citation.target)
                .where(Citation.section_id == instance.id)
                .order_by(Citation.position)
            )
        ]
    if issubclass(resource.state, TranslatableRead):
        state["languages"] = in_english(resource.state)
    return resource.state.model_validate(state).model_dump(mode="json", exclude={"languages"})


def _note(session: Session, instance: Base) -> _Touched | None:
    if isinstance(instance, Citation):
        section = session.get(NarrativeSection, instance.section_id)
        return None if section is None else _note(session, section)
    if type(instance) not in RESOURCES or instance.id is None:  # type: ignore[attr-defined]
        return None
    key = (type(instance), instance.id)  # type: ignore[attr-defined]
    return _touched(session).setdefault(key, _Touched(instance))


@event.listens_for(Session, "before_flush")
def _note_deletions(session: Session, _context: Any, _instances: Any) -> None:
    for instance in session.deleted:
        if type(instance) in RESOURCES:
            touched = _note(session, instance)
            if touched is not None and touched.deleted_state is None and not touched.created:
                touched.deleted_state = state_of(session, instance)


@event.listens_for(Session, "after_flush")
def _note_changes(session: Session, _context: Any) -> None:
    for instance in session.new:
        touched = _note(session, instance)
        # A new citation notes its section, which is not new for it.
        if touched is not None and touched.instance is instance:
            touched.created = True
    for instance in (*session.dirty, *session.deleted):
        if session.is_modified(instance) or instance in session.deleted:
            _note(session, instance)


@event.listens_for(Session, "before_commit")
def _record(session: Session) -> None:
    session.flush()
    touched = session.info.pop(_TOUCHED, {})
    newest = _newest_revisions(session, touched.values())
    rows = [
        row
        for item in touched.values()
        if (row := _revision(session, item, newest.get(_key(item)))) is not None
    ]
    if not rows:
        return
    changed_by = session.info.get(_CHANGED_BY)
    if changed_by is None:
        raise RuntimeError("curated rows changed without `history.attribute(session, ...)`")
    now = utcnow()
    for row in rows:
        row.update(changed_at=now, changed_by=changed_by, reason=session.info.get(_REASON))
    session.execute(insert(Revision), rows)


def _key(item: _Touched) -> tuple[str, int]:
    return RESOURCES[type(item.instance)].name, item.instance.id  # type: ignore[attr-defined]


def _newest_revisions(
    session: Session, items: Iterable[_Touched]
) -> dict[tuple[str, int], Row[Any]]:
    """The newest revision (number, state) of each touched resource that has one:
    one query per kind of resource, however many were touched. A new row may
    have some: SQLite reuses the id of a deleted last row."""
    ids: dict[str, list[int]] = {}
    for item in items:
        name, resource_id = _key(item)
        ids.setdefault(name, []).append(resource_id)
    newest: dict[tuple[str, int], Row[Any]] = {}
    for name, resource_ids in ids.items():
        numbers = (
            select(Revision.resource_id, func.max(Revision.number).label("number"))
            .where(Revision.resource == name, Revision.resource_id.in_(resource_ids))
            .group_by(Revision.resource_id)
            .subquery()
        )
        rows = session.execute(
            select(Revision.resource_id, Revision.number, Revision.state).join(
                numbers,
                and_(
                    Revision.resource == name,
                    Revision.resource_id == numbers.c.resource_id,
                    Revision.number == numbers.c.number,
                ),
            )
        )
        newest.update({(name, row.resource_id): row for row in rows})
    return newest


def _revision(session: Session, item: _Touched, last: Row[Any] | None) -> dict[str, Any] | None:
    """The revision row of one touched resource's net change, if it changed, after
    its newest revision `last`."""
    instance = item.instance
    resource = RESOURCES[type(instance)]
    resource_id: int = instance.id  # type: ignore[attr-defined]
    gone = session.get(type(instance), resource_id) is None
    if gone and item.created:
        return None  # made and removed in one transaction
    if gone:
        action, state = RevisionAction.DELETE, item.deleted_state or (last.state if last else {})
    else:
        state = state_of(session, instance)
        action = RevisionAction.CREATE if item.created or last is None else RevisionAction.UPDATE
        if action is RevisionAction.UPDATE and last is not None and last.state == state:
            return None
    country_id = (
        resource_id if isinstance(instance, Country) else getattr(instance, "country_id", None)
    )
    return {
        "resource": resource.name,
        "resource_id": resource_id,
        "key": str(state.get(resource.key, resource_id)),
        "country_id": country_id,
        "number": (last.number + 1) if last else 1,
        "action": action.value,
        "state": state,
    }


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_TOUCHED, None)


@event.listens_for(Session, "after_commit")
def _end(session: Session) -> None:
    session.info.pop(_CHANGED_BY, None)
    session.info.pop(_REASON, None)
