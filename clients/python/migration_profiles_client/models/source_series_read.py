from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.source_label_read import SourceLabelRead
    from ..models.value_read import ValueRead


T = TypeVar("T", bound="SourceSeriesRead")


@_attrs_define
class SourceSeriesRead:
    """
    Attributes:
        source (SourceLabelRead): A source as a value names it: its slug, and its label in the language asked for.
        values (list[ValueRead]): Oldest first; an undated value comes first.
    """

    source: SourceLabelRead
    values: list[ValueRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_label_read import SourceLabelRead  # noqa: PLC0415
        from ..models.value_read import ValueRead  # noqa: PLC0415

        d = dict(src_dict)
        source = SourceLabelRead.from_dict(d.pop("source"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = ValueRead.from_dict(values_item_data)

            values.append(values_item)

        source_series_read = cls(
            source=source,
            values=values,
        )

        source_series_read.additional_properties = d
        return source_series_read

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
