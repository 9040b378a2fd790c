"""Writing observations: every change goes through here and leaves a revision."""

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session, joinedload

from app.changes import apply_changes
from app.config import API_PREFIX
from app.errors import Conflict, Gone, InvalidParameter, NotFound
from app.models import Indicator, Observation, ObservationRevision, RevisionAction, ValueType
from app.schemas import bounded
from app.types import Queryable, utcnow

# The fields a revision snapshots besides the key.
VALUE_FIELDS = (
    "value_number",
    "value_text",
    "qualifier",
    "unit",
    "price_basis",
    "measure",
    "note",
    "source_url",
    "retrieved_at",
    "source_updated_on",
)
# Fields that do not make a change on their own: fetching the same figure again,
# or the upstream republishing it unchanged, is not a new value.
_NOT_A_CHANGE = frozenset({"retrieved_at", "source_updated_on"})


class Outcome(StrEnum):
    INSERTED = "inserted"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DELETED = "deleted"


@dataclass(frozen=True, kw_only=True)
class ObservationKey:
    country_id: int
    indicator_id: int
    source_id: int
    year: int | None


@dataclass(frozen=True, kw_only=True)
class ObservationValues:
    value_number: Decimal | None = None
    value_text: str | None = None
    qualifier: str | None = None
    unit: str | None = None
    price_basis: str | None = None
    measure: str | None = None
    note: str | None = None
    source_url: str | None = None
    retrieved_at: datetime | None = None
    source_updated_on: date | None = None


def find_observation(session: Session, key: ObservationKey) -> Observation | None:
    """The observation with this key, deleted or not."""
    year_clause = Observation.year.is_(None) if key.year is None else Observation.year == key.year
    return session.scalar(
        select(Observation).where(
            Observation.country_id == key.country_id,
            Observation.indicator_id == key.indicator_id,
            Observation.source_id == key.source_id,
            year_clause,
        )
    )


def upsert_observation(
    session: Session,
    *,
    key: ObservationKey,
    values: ObservationValues,
    changed_by: str,
    reason: str | None = None,
) -> tuple[Observation, Outcome]:
    """Create the observation, or update it when a value differs; record the revision."""
    return apply_values(
        session,
        find_observation(session, key),
        key=key,
        values=values,
        changed_by=changed_by,
        reason=reason,
    )


def apply_values(
    session: Session,
    observation: Observation | None,
    *,
    key: ObservationKey,
    values: ObservationValues,
    changed_by: str,
    reason: str | None = None,
) -> tuple[Observation, Outcome]:
    """Create the observation (None: the key has none yet), or update it when a value
    differs; record the revision."""
    new = {field: getattr(values, field) for field in VALUE_FIELDS}
    now = utcnow()
    if observation is None:
        observation = Observation(
            country_id=key.country_id,
            indicator_id=key.indicator_id,
            source_id=key.source_id,
            year=key.year,
            entered_by=changed_by,
            created_at=now,
            **new,
        )
        session.add(observation)
        action = RevisionAction.CREATE
    elif observation.deleted_at is not None:
        apply_changes(observation, new)
        observation.deleted_at = None
        observation.entered_by = changed_by
        action = RevisionAction.CREATE
    else:
        changed = {f for f, v in new.items() if getattr(observation, f) != v}
        if not changed - _NOT_A_CHANGE:
            return observation, Outcome.UNCHANGED
        apply_changes(observation, new)
        observation.entered_by = changed_by
        action = RevisionAction.UPDATE
    observation.updated_at = now
    session.flush()
    record_revision(session, observation, action=action, changed_by=changed_by, reason=reason)
    outcome = Outcome.INSERTED if action is RevisionAction.CREATE else Outcome.UPDATED
    return observation, outcome


def delete_observation(
    session: Session, observation: Observation, *, changed_by: str, reason: str | None = None
) -> None:
    """Hide the observation from reads; its row and history stay."""
    observation.deleted_at = observation.updated_at = utcnow()
    session.flush()
    record_revision(
        session, observation, action=RevisionAction.DELETE, changed_by=changed_by, reason=reason
    )


def record_revision(
    session: Session,
    observation: Observation,
    *,
    action: RevisionAction,
    changed_by: str,
    reason: str | None,
) -> ObservationRevision:
    revision = ObservationRevision(
        observation_id=observation.id,
        number=observation.version,
        action=action.value,
        changed_at=observation.updated_at,
        changed_by=changed_by,
        reason=reason,
        country_id=observation.country_id,
        indicator_id=observation.indicator_id,
        source_id=observation.source_id,
        year=observation.year,
        **{field: getattr(observation, field) for field in VALUE_FIELDS},
    )
    session.add(revision)
    session.flush()
    return revision


# A number written as a string of its digits, as JavaScript clients send
# decimals they must keep exact: "98765432109876.54".
DECIMAL_STRING = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def checked_value(indicator: Indicator | Row[Any], value: Decimal | str) -> dict[str, Any]:
    """The value columns for `value`, which must suit the indicator's value type. A
    numeric indicator takes a number, or a decimal string of its digits."""
    if (
        indicator.value_type == ValueType.NUMBER
        and isinstance(value, str)
        and DECIMAL_STRING.fullmatch(value)
    ):
        try:
            value = bounded(Decimal(value))
        except ValueError as error:
            raise InvalidParameter("body", "value", str(error)) from None
    is_text = isinstance(value, str)
    if is_text != (indicator.value_type == ValueType.TEXT):
        raise InvalidParameter(
            "body",
            "value",
            f"{indicator.slug} takes a {indicator.value_type} value, got {value!r}",
        )
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidParameter("body", "value", "a number value must be finite")
    return {"value_text": value} if is_text else {"value_number": value}


def create_observation(
    session: Session,
    *,
    key: ObservationKey,
    indicator: Row[Any],
    value: Decimal | str,
    fields: dict[str, Any],
    changed_by: str,
    reason: str | None,
) -> Observation:
    """A new value; 409 when the series already has a value for that period."""
    existing = find_observation(session, key)
    if existing is not None and existing.deleted_at is None:
        raise Conflict(
            f"There is already a value for this country, indicator, source and period: "
            f"{API_PREFIX}/observations/{existing.id}; update that one instead."
        )
    values = ObservationValues(**checked_value(indicator, value), **fields)
    observation, _ = upsert_observation(
        session, key=key, values=values, changed_by=changed_by, reason=reason
    )
    return observation


def update_observation(
    session: Session,
    observation: Observation,
    changes: dict[str, Any],
    *,
    changed_by: str,
    reason: str | None,
) -> Outcome:
    """Apply a partial update (its indicator loaded); a no-op records no revision."""
    current = {field: getattr(observation, field) for field in VALUE_FIELDS}
    if "value" in changes:
        value = changes.pop("value")
        if value is None:
            raise InvalidParameter("body", "value", "a value cannot be removed; delete it instead")
        current.update(value_number=None, value_text=None)
        current.update(checked_value(observation.indicator, value))
    current.update(changes)
    key = ObservationKey(
        country_id=observation.country_id,
        indicator_id=observation.indicator_id,
        source_id=observation.source_id,
        year=observation.year,
    )
    _, outcome = apply_values(
        session,
        observation,
        key=key,
        values=ObservationValues(**current),
        changed_by=changed_by,
        reason=reason,
    )
    return outcome


_REVISIONS = (
    select(*ObservationRevision.__table__.c)
    .where(ObservationRevision.observation_id == bindparam("observation_id"))
    .order_by(ObservationRevision.number)
)


def list_revisions(db: Queryable, observation_id: int) -> list[Row[Any]]:
    """Every revision of the observation, oldest first."""
    return list(db.execute(_REVISIONS, {"observation_id": observation_id}).all())


def lock_observation(session: Session, observation_id: int) -> Observation:
    """A live observation (its indicator loaded), row-locked until the transaction ends
    (PostgreSQL), for a write."""
    observation = session.scalar(
        select(Observation)
        .where(Observation.id == observation_id)
        # One statement: the indicator joined (never null), the value's row locked.
        .options(joinedload(Observation.indicator, innerjoin=True))
        .with_for_update(of=Observation)
    )
    if observation is None:
        raise NotFound(f"No observation with id {observation_id}.")
    if observation.deleted_at is not None:
        raise Gone(f"Observation {observation_id} was deleted.")
    return observation
