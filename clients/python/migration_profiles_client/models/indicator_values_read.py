from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.value_type import ValueType

if TYPE_CHECKING:
    from ..models.indicator_values_read_languages import IndicatorValuesReadLanguages
    from ..models.source_value_read import SourceValueRead


T = TypeVar("T", bound="IndicatorValuesRead")


@_attrs_define
class IndicatorValuesRead:
    """
    Attributes:
        slug (str):
        name (str):
        label (str): The indicator's name within its group on the page.
        group (str): The heading it is shown under.
        value_type (ValueType):
        unit (None | str): Default unit of the indicator's values.
        languages (IndicatorValuesReadLanguages): The language each text is in as served: the one asked for (`lang`,
            `Accept-Language`) where a translation exists, else `en`.
        values (list[SourceValueRead]):
    """

    slug: str
    name: str
    label: str
    group: str
    value_type: ValueType
    unit: None | str
    languages: IndicatorValuesReadLanguages
    values: list[SourceValueRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        label = self.label

        group = self.group

        value_type = self.value_type.value

        unit: None | str
        unit = self.unit

        languages = self.languages.to_dict()

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "label": label,
                "group": group,
                "value_type": value_type,
                "unit": unit,
                "languages": languages,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_values_read_languages import IndicatorValuesReadLanguages  # noqa: PLC0415
        from ..models.source_value_read import SourceValueRead  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        label = d.pop("label")

        group = d.pop("group")

        value_type = ValueType(d.pop("value_type"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        languages = IndicatorValuesReadLanguages.from_dict(d.pop("languages"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = SourceValueRead.from_dict(values_item_data)

            values.append(values_item)

        indicator_values_read = cls(
            slug=slug,
            name=name,
            label=label,
            group=group,
            value_type=value_type,
            unit=unit,
            languages=languages,
            values=values,
        )

        indicator_values_read.additional_properties = d
        return indicator_values_read

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
