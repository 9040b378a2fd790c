from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.measure import Measure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservationCreate")


@_attrs_define
class ObservationCreate:
    """
    Attributes:
        country (str): Alpha-2 or alpha-3 code.
        indicator (str):
        source (str):
        value (float | str): An exact number, or text for a text indicator. A number may also be sent as a string of its
            digits ("98765432109876.54"), as JavaScript clients keep decimals exact.
        qualifier (None | str | Unset):
        unit (None | str | Unset):
        price_basis (None | str | Unset):
        measure (Measure | None | Unset):
        note (None | str | Unset):
        source_url (None | str | Unset):
        retrieved_at (datetime.datetime | None | Unset):
        reason (None | str | Unset): Why: kept with the revision.
        year (int | None | Unset):
    """

    country: str
    indicator: str
    source: str
    value: float | str
    qualifier: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    price_basis: None | str | Unset = UNSET
    measure: Measure | None | Unset = UNSET
    note: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    retrieved_at: datetime.datetime | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    year: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        indicator = self.indicator

        source = self.source

        value: float | str
        value = self.value

        qualifier: None | str | Unset
        if isinstance(self.qualifier, Unset):
            qualifier = UNSET
        else:
            qualifier = self.qualifier

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        price_basis: None | str | Unset
        if isinstance(self.price_basis, Unset):
            price_basis = UNSET
        else:
            price_basis = self.price_basis

        measure: None | str | Unset
        if isinstance(self.measure, Unset):
            measure = UNSET
        elif isinstance(self.measure, Measure):
            measure = self.measure.value
        else:
            measure = self.measure

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        retrieved_at: None | str | Unset
        if isinstance(self.retrieved_at, Unset):
            retrieved_at = UNSET
        elif isinstance(self.retrieved_at, datetime.datetime):
            retrieved_at = self.retrieved_at.isoformat()
        else:
            retrieved_at = self.retrieved_at

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country": country,
                "indicator": indicator,
                "source": source,
                "value": value,
            }
        )
        if qualifier is not UNSET:
            field_dict["qualifier"] = qualifier
        if unit is not UNSET:
            field_dict["unit"] = unit
        if price_basis is not UNSET:
            field_dict["price_basis"] = price_basis
        if measure is not UNSET:
            field_dict["measure"] = measure
        if note is not UNSET:
            field_dict["note"] = note
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if retrieved_at is not UNSET:
            field_dict["retrieved_at"] = retrieved_at
        if reason is not UNSET:
            field_dict["reason"] = reason
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        indicator = d.pop("indicator")

        source = d.pop("source")

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_qualifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        qualifier = _parse_qualifier(d.pop("qualifier", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_price_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_basis = _parse_price_basis(d.pop("price_basis", UNSET))

        def _parse_measure(data: object) -> Measure | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                measure_type_0 = Measure(data)

                return measure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Measure | None | Unset, data)

        measure = _parse_measure(d.pop("measure", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("source_url", UNSET))

        def _parse_retrieved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retrieved_at_type_0 = datetime.datetime.fromisoformat(data)

                return retrieved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        retrieved_at = _parse_retrieved_at(d.pop("retrieved_at", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        observation_create = cls(
            country=country,
            indicator=indicator,
            source=source,
            value=value,
            qualifier=qualifier,
            unit=unit,
            price_basis=price_basis,
            measure=measure,
            note=note,
            source_url=source_url,
            retrieved_at=retrieved_at,
            reason=reason,
            year=year,
        )

        return observation_create
