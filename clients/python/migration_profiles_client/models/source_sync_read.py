from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SourceSyncRead")


@_attrs_define
class SourceSyncRead:
    """When a synced source was last synced, and what its upstream said of its data.

    Attributes:
        last_synced_at (datetime.datetime): When its newest successful sync finished.
        upstream_updated (None | str): The upstream's own last-updated mark then (a date, or UNHCR's newest year).
    """

    last_synced_at: datetime.datetime
    upstream_updated: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_synced_at = self.last_synced_at.isoformat()

        upstream_updated: None | str
        upstream_updated = self.upstream_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_synced_at": last_synced_at,
                "upstream_updated": upstream_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_synced_at = datetime.datetime.fromisoformat(d.pop("last_synced_at"))

        def _parse_upstream_updated(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        upstream_updated = _parse_upstream_updated(d.pop("upstream_updated"))

        source_sync_read = cls(
            last_synced_at=last_synced_at,
            upstream_updated=upstream_updated,
        )

        source_sync_read.additional_properties = d
        return source_sync_read

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
