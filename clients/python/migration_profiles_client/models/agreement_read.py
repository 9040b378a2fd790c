from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator_read import IndicatorRead
    from ..models.year_agreement_read import YearAgreementRead


T = TypeVar("T", bound="AgreementRead")


@_attrs_define
class AgreementRead:
    """How far the sources of one country's indicator agree, year by year.

    Attributes:
        country (str):
        indicator (IndicatorRead):
        years (list[YearAgreementRead]): Oldest first.
    """

    country: str
    indicator: IndicatorRead
    years: list[YearAgreementRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        indicator = self.indicator.to_dict()

        years = []
        for years_item_data in self.years:
            years_item = years_item_data.to_dict()
            years.append(years_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "indicator": indicator,
                "years": years,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_read import IndicatorRead  # noqa: PLC0415
        from ..models.year_agreement_read import YearAgreementRead  # noqa: PLC0415

        d = dict(src_dict)
        country = d.pop("country")

        indicator = IndicatorRead.from_dict(d.pop("indicator"))

        years = []
        _years = d.pop("years")
        for years_item_data in _years:
            years_item = YearAgreementRead.from_dict(years_item_data)

            years.append(years_item)

        agreement_read = cls(
            country=country,
            indicator=indicator,
            years=years,
        )

        agreement_read.additional_properties = d
        return agreement_read

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
