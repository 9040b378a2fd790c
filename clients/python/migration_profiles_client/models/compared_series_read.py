from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measure import Measure

if TYPE_CHECKING:
    from ..models.compared_series_read_languages import ComparedSeriesReadLanguages
    from ..models.point_read import PointRead


T = TypeVar("T", bound="ComparedSeriesRead")


@_attrs_define
class ComparedSeriesRead:
    """One country's values from one source, in one unit: a line on a chart.

    Attributes:
        country (str): The country's alpha-2 code.
        country_name (str):
        source (str): The source's slug.
        source_label (str): The source's label, as a legend shows it.
        unit (None | str):
        price_basis (None | str):
        measure (Measure | None): `stock` or `flow`, where the series says.
        points (list[PointRead]): Oldest first; an undated value last.
        languages (ComparedSeriesReadLanguages): The language each text is in as served: the one asked for (`lang`,
            `Accept-Language`) where a translation exists, else `en`.
    """

    country: str
    country_name: str
    source: str
    source_label: str
    unit: None | str
    price_basis: None | str
    measure: Measure | None
    points: list[PointRead]
    languages: ComparedSeriesReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        country_name = self.country_name

        source = self.source

        source_label = self.source_label

        unit: None | str
        unit = self.unit

        price_basis: None | str
        price_basis = self.price_basis

        measure: None | str
        if isinstance(self.measure, Measure):
            measure = self.measure.value
        else:
            measure = self.measure

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "country_name": country_name,
                "source": source,
                "source_label": source_label,
                "unit": unit,
                "price_basis": price_basis,
                "measure": measure,
                "points": points,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compared_series_read_languages import ComparedSeriesReadLanguages  # noqa: PLC0415
        from ..models.point_read import PointRead  # noqa: PLC0415

        d = dict(src_dict)
        country = d.pop("country")

        country_name = d.pop("country_name")

        source = d.pop("source")

        source_label = d.pop("source_label")

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

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = PointRead.from_dict(points_item_data)

            points.append(points_item)

        languages = ComparedSeriesReadLanguages.from_dict(d.pop("languages"))

        compared_series_read = cls(
            country=country,
            country_name=country_name,
            source=source,
            source_label=source_label,
            unit=unit,
            price_basis=price_basis,
            measure=measure,
            points=points,
            languages=languages,
        )

        compared_series_read.additional_properties = d
        return compared_series_read

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
