from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measure import Measure

if TYPE_CHECKING:
    from ..models.source_number_read import SourceNumberRead


T = TypeVar("T", bound="YearAgreementRead")


@_attrs_define
class YearAgreementRead:
    """One year that two or more sources report in one unit, price basis and measure.

    Attributes:
        year (int):
        unit (None | str):
        price_basis (None | str):
        measure (Measure | None):
        values (list[SourceNumberRead]): Each source's value, side by side.
        mean (float | str): Their mean, to two decimal places more than the values.
        spread (float | str): The largest value less the smallest.
        relative_spread (float | None | str): The spread as a fraction of the mean (0.00804 is 0.804 %), to six decimal
            places; null when the mean is 0.
    """

    year: int
    unit: None | str
    price_basis: None | str
    measure: Measure | None
    values: list[SourceNumberRead]
    mean: float | str
    spread: float | str
    relative_spread: float | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        unit: None | str
        unit = self.unit

        price_basis: None | str
        price_basis = self.price_basis

        measure: None | str
        if isinstance(self.measure, Measure):
            measure = self.measure.value
        else:
            measure = self.measure

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        mean: float | str
        mean = self.mean

        spread: float | str
        spread = self.spread

        relative_spread: float | None | str
        relative_spread = self.relative_spread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "unit": unit,
                "price_basis": price_basis,
                "measure": measure,
                "values": values,
                "mean": mean,
                "spread": spread,
                "relative_spread": relative_spread,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_number_read import SourceNumberRead  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        def _parse_price_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price_basis = _parse_price_basis(d.pop("price_basis"))

        def _parse_measure(data: object) -> Measure | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                measure_type_0 = Measure(data)

                return measure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Measure | None, data)

        measure = _parse_measure(d.pop("measure"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = SourceNumberRead.from_dict(values_item_data)

            values.append(values_item)

        def _parse_mean(data: object) -> float | str:
            return cast(float | str, data)

        mean = _parse_mean(d.pop("mean"))

        def _parse_spread(data: object) -> float | str:
            return cast(float | str, data)

        spread = _parse_spread(d.pop("spread"))

        def _parse_relative_spread(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        relative_spread = _parse_relative_spread(d.pop("relative_spread"))

        year_agreement_read = cls(
            year=year,
            unit=unit,
            price_basis=price_basis,
            measure=measure,
            values=values,
            mean=mean,
            spread=spread,
            relative_spread=relative_spread,
        )

        year_agreement_read.additional_properties = d
        return year_agreement_read

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
