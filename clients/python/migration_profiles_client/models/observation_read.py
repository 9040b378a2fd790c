from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.measure import Measure

if TYPE_CHECKING:
    from ..models.observation_links import ObservationLinks
    from ..models.observation_read_languages import ObservationReadLanguages


T = TypeVar("T", bound="ObservationRead")


@_attrs_define
class ObservationRead:
    """One value: a country's indicator according to one source for one period.

    Attributes:
        id (int): The observation's id: `/api/v1/observations/{id}`.
        country (str): ISO 3166-1 alpha-2 code.
        indicator (str): Indicator slug.
        source (str): Source slug.
        source_label (str): The source as labelled on the profile page.
        year (int | None): Reference year; null for undated figures.
        value (float | None | str): An exact number (every digit kept) or, for text indicators, text.
        qualifier (None | str): Qualifies a text value: `Yes` with qualifier `conditional`.
        unit (None | str): The value's unit: its own, else the indicator's.
        price_basis (None | str):
        measure (Measure | None): `stock` or `flow`, where an indicator mixes both.
        note (None | str):
        source_url (None | str): Where the figure was published, when known.
        retrieved_at (datetime.datetime | None): When it was fetched from the source.
        source_updated_on (datetime.date | None): The source's own last-updated date for it, when the source gives one.
        entered_by (str): Who entered it last: an API key, a sync run, a seed.
        updated_at (datetime.datetime): When it was entered or last changed.
        links (ObservationLinks):
        languages (ObservationReadLanguages): The language `source_label` is in: the one asked for where the source has
            a translated label, else `en`.
    """

    id: int
    country: str
    indicator: str
    source: str
    source_label: str
    year: int | None
    value: float | None | str
    qualifier: None | str
    unit: None | str
    price_basis: None | str
    measure: Measure | None
    note: None | str
    source_url: None | str
    retrieved_at: datetime.datetime | None
    source_updated_on: datetime.date | None
    entered_by: str
    updated_at: datetime.datetime
    links: ObservationLinks
    languages: ObservationReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        country = self.country

        indicator = self.indicator

        source = self.source

        source_label = self.source_label

        year: int | None
        year = self.year

        value: float | None | str
        value = self.value

        qualifier: None | str
        qualifier = self.qualifier

        unit: None | str
        unit = self.unit

        price_basis: None | str
        price_basis = self.price_basis

        measure: None | str
        if isinstance(self.measure, Measure):
            measure = self.measure.value
        else:
            measure = self.measure

        note: None | str
        note = self.note

        source_url: None | str
        source_url = self.source_url

        retrieved_at: None | str
        if isinstance(self.retrieved_at, datetime.datetime):
            retrieved_at = self.retrieved_at.isoformat()
        else:
            retrieved_at = self.retrieved_at

        source_updated_on: None | str
        if isinstance(self.source_updated_on, datetime.date):
            source_updated_on = self.source_updated_on.isoformat()
        else:
            source_updated_on = self.source_updated_on

        entered_by = self.entered_by

        updated_at = self.updated_at.isoformat()

        links = self.links.to_dict()

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "country": country,
                "indicator": indicator,
                "source": source,
                "source_label": source_label,
                "year": year,
                "value": value,
                "qualifier": qualifier,
                "unit": unit,
                "price_basis": price_basis,
                "measure": measure,
                "note": note,
                "source_url": source_url,
                "retrieved_at": retrieved_at,
                "source_updated_on": source_updated_on,
                "entered_by": entered_by,
                "updated_at": updated_at,
                "links": links,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.observation_links import ObservationLinks  # noqa: PLC0415
        from ..models.observation_read_languages import ObservationReadLanguages  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        country = d.pop("country")

        indicator = d.pop("indicator")

        source = d.pop("source")

        source_label = d.pop("source_label")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        def _parse_value(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_qualifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        qualifier = _parse_qualifier(d.pop("qualifier"))

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

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_source_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_url = _parse_source_url(d.pop("source_url"))

        def _parse_retrieved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retrieved_at_type_0 = datetime.datetime.fromisoformat(data)

                return retrieved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retrieved_at = _parse_retrieved_at(d.pop("retrieved_at"))

        def _parse_source_updated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_updated_on_type_0 = datetime.date.fromisoformat(data)

                return source_updated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        source_updated_on = _parse_source_updated_on(d.pop("source_updated_on"))

        entered_by = d.pop("entered_by")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        links = ObservationLinks.from_dict(d.pop("links"))

        languages = ObservationReadLanguages.from_dict(d.pop("languages"))

        observation_read = cls(
            id=id,
            country=country,
            indicator=indicator,
            source=source,
            source_label=source_label,
            year=year,
            value=value,
            qualifier=qualifier,
            unit=unit,
            price_basis=price_basis,
            measure=measure,
            note=note,
            source_url=source_url,
            retrieved_at=retrieved_at,
            source_updated_on=source_updated_on,
            entered_by=entered_by,
            updated_at=updated_at,
            links=links,
            languages=languages,
        )

        observation_read.additional_properties = d
        return observation_read

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
