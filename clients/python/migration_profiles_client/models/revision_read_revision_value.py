from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revision_action import RevisionAction

if TYPE_CHECKING:
    from ..models.revision_value import RevisionValue


T = TypeVar("T", bound="RevisionReadRevisionValue")


@_attrs_define
class RevisionReadRevisionValue:
    """
    Attributes:
        number (int): 1 for the creation, then one more for each change.
        action (RevisionAction):
        changed_at (datetime.datetime):
        changed_by (str): `api-key:<name>`, `seed:<file>`, `import:<page>` or `sync:<source>`.
        reason (None | str):
        old (None | RevisionValue): Before the change; null for a creation.
        new (None | RevisionValue): After the change; null for a deletion.
    """

    number: int
    action: RevisionAction
    changed_at: datetime.datetime
    changed_by: str
    reason: None | str
    old: None | RevisionValue
    new: None | RevisionValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.revision_value import RevisionValue  # noqa: PLC0415

        number = self.number

        action = self.action.value

        changed_at = self.changed_at.isoformat()

        changed_by = self.changed_by

        reason: None | str
        reason = self.reason

        old: dict[str, Any] | None
        if isinstance(self.old, RevisionValue):
            old = self.old.to_dict()
        else:
            old = self.old

        new: dict[str, Any] | None
        if isinstance(self.new, RevisionValue):
            new = self.new.to_dict()
        else:
            new = self.new

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "action": action,
                "changed_at": changed_at,
                "changed_by": changed_by,
                "reason": reason,
                "old": old,
                "new": new,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.revision_value import RevisionValue  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        action = RevisionAction(d.pop("action"))

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        changed_by = d.pop("changed_by")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_old(data: object) -> None | RevisionValue:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                old_type_0 = RevisionValue.from_dict(data)

                return old_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RevisionValue, data)

        old = _parse_old(d.pop("old"))

        def _parse_new(data: object) -> None | RevisionValue:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                new_type_0 = RevisionValue.from_dict(data)

                return new_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RevisionValue, data)

        new = _parse_new(d.pop("new"))

        revision_read_revision_value = cls(
            number=number,
            action=action,
            changed_at=changed_at,
            changed_by=changed_by,
            reason=reason,
            old=old,
            new=new,
        )

        revision_read_revision_value.additional_properties = d
        return revision_read_revision_value

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
