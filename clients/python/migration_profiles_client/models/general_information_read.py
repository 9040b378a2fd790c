from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator_group_read import IndicatorGroupRead


T = TypeVar("T", bound="GeneralInformationRead")


@_attrs_define
class GeneralInformationRead:
    """
    Attributes:
        note (None | str):
        groups (list[IndicatorGroupRead]):
    """

    note: None | str
    groups: list[IndicatorGroupRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note: None | str
        note = self.note

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_group_read import IndicatorGroupRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = IndicatorGroupRead.from_dict(groups_item_data)

            groups.append(groups_item)

        general_information_read = cls(
            note=note,
            groups=groups,
        )

        general_information_read.additional_properties = d
        return general_information_read

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
