from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator_read import IndicatorRead
    from ..models.source_series_read import SourceSeriesRead


T = TypeVar("T", bound="IndicatorSeriesRead")


@_attrs_define
class IndicatorSeriesRead:
    """One indicator for one country: every source with its full series.

    Attributes:
        country (str): ISO 3166-1 alpha-2 code.
        indicator (IndicatorRead):
        series (list[SourceSeriesRead]):
    """

    country: str
    indicator: IndicatorRead
    series: list[SourceSeriesRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        indicator = self.indicator.to_dict()

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "indicator": indicator,
                "series": series,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_read import IndicatorRead  # noqa: PLC0415
        from ..models.source_series_read import SourceSeriesRead  # noqa: PLC0415

        d = dict(src_dict)
        country = d.pop("country")

        indicator = IndicatorRead.from_dict(d.pop("indicator"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = SourceSeriesRead.from_dict(series_item_data)

            series.append(series_item)

        indicator_series_read = cls(
            country=country,
            indicator=indicator,
            series=series,
        )

        indicator_series_read.additional_properties = d
        return indicator_series_read

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
