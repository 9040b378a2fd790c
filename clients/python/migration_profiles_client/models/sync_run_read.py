from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_outcome import SyncOutcome

if TYPE_CHECKING:
    from ..models.sync_failure_read import SyncFailureRead


T = TypeVar("T", bound="SyncRunRead")


@_attrs_define
class SyncRunRead:
    """One run of a source's sync.

    Attributes:
        id (int):
        source (str): The slug of the source synced.
        trigger (str): `schedule` (inside `serve`) or `command` (the CLI).
        started_at (datetime.datetime):
        finished_at (datetime.datetime | None): Null while the run is going on.
        outcome (SyncOutcome):
        upstream_updated (None | str): What the upstream said of its data: the World Bank's last-updated date, UNHCR's
            newest year.
        inserted (int): Values created.
        updated (int): Values changed (each a new revision).
        unchanged (int): Values fetched again, the same: nothing written.
        skipped (int): Series not fetched: nothing new upstream since they were.
        failures (list[SyncFailureRead]):
    """

    id: int
    source: str
    trigger: str
    started_at: datetime.datetime
    finished_at: datetime.datetime | None
    outcome: SyncOutcome
    upstream_updated: None | str
    inserted: int
    updated: int
    unchanged: int
    skipped: int
    failures: list[SyncFailureRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        trigger = self.trigger

        started_at = self.started_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        outcome = self.outcome.value

        upstream_updated: None | str
        upstream_updated = self.upstream_updated

        inserted = self.inserted

        updated = self.updated

        unchanged = self.unchanged

        skipped = self.skipped

        failures = []
        for failures_item_data in self.failures:
            failures_item = failures_item_data.to_dict()
            failures.append(failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "trigger": trigger,
                "started_at": started_at,
                "finished_at": finished_at,
                "outcome": outcome,
                "upstream_updated": upstream_updated,
                "inserted": inserted,
                "updated": updated,
                "unchanged": unchanged,
                "skipped": skipped,
                "failures": failures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_failure_read import SyncFailureRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        trigger = d.pop("trigger")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        outcome = SyncOutcome(d.pop("outcome"))

        def _parse_upstream_updated(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        upstream_updated = _parse_upstream_updated(d.pop("upstream_updated"))

        inserted = d.pop("inserted")

        updated = d.pop("updated")

        unchanged = d.pop("unchanged")

        skipped = d.pop("skipped")

        failures = []
        _failures = d.pop("failures")
        for failures_item_data in _failures:
            failures_item = SyncFailureRead.from_dict(failures_item_data)

            failures.append(failures_item)

        sync_run_read = cls(
            id=id,
            source=source,
            trigger=trigger,
            started_at=started_at,
            finished_at=finished_at,
            outcome=outcome,
            upstream_updated=upstream_updated,
            inserted=inserted,
            updated=updated,
            unchanged=unchanged,
            skipped=skipped,
            failures=failures,
        )

        sync_run_read.additional_properties = d
        return sync_run_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
