from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compared_series_read import ComparedSeriesRead
    from ..models.indicator_read import IndicatorRead


T = TypeVar("T", bound="ComparisonRead")


@_attrs_define
class ComparisonRead:
    """One indicator for several countries: each country and source's series, ready to draw.

    Attributes:
        indicator (IndicatorRead):
        series (list[ComparedSeriesRead]):
    """

    indicator: IndicatorRead
    series: list[ComparedSeriesRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator.to_dict()

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "series": series,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compared_series_read import ComparedSeriesRead  # noqa: PLC0415
        from ..models.indicator_read import IndicatorRead  # noqa: PLC0415

        d = dict(src_dict)
        indicator = IndicatorRead.from_dict(d.pop("indicator"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = ComparedSeriesRead.from_dict(series_item_data)

            series.append(series_item)

        comparison_read = cls(
            indicator=indicator,
            series=series,
        )

        comparison_read.additional_properties = d
        return comparison_read

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
