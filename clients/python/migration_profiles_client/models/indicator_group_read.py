from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator_group_read_languages import IndicatorGroupReadLanguages
    from ..models.indicator_values_read import IndicatorValuesRead


T = TypeVar("T", bound="IndicatorGroupRead")


@_attrs_define
class IndicatorGroupRead:
    """
    Attributes:
        title (str):
        languages (IndicatorGroupReadLanguages): The language each text is in as served: the one asked for (`lang`,
            `Accept-Language`) where a translation exists, else `en`.
        indicators (list[IndicatorValuesRead]):
    """

    title: str
    languages: IndicatorGroupReadLanguages
    indicators: list[IndicatorValuesRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        languages = self.languages.to_dict()

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "languages": languages,
                "indicators": indicators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_group_read_languages import IndicatorGroupReadLanguages  # noqa: PLC0415
        from ..models.indicator_values_read import IndicatorValuesRead  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        languages = IndicatorGroupReadLanguages.from_dict(d.pop("languages"))

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorValuesRead.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        indicator_group_read = cls(
            title=title,
            languages=languages,
            indicators=indicators,
        )

        indicator_group_read.additional_properties = d
        return indicator_group_read

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
