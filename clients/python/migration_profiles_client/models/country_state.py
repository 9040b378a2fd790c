from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountryState")


@_attrs_define
class CountryState:
    """A country's own fields, as its history keeps them.

    Attributes:
        code (str): ISO 3166-1 alpha-2 code.
        alpha3 (str): ISO 3166-1 alpha-3 code.
        name (str):
        indicators_note (None | str): A note shown under the country's indicators.
    """

    code: str
    alpha3: str
    name: str
    indicators_note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        alpha3 = self.alpha3

        name = self.name

        indicators_note: None | str
        indicators_note = self.indicators_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "alpha3": alpha3,
                "name": name,
                "indicators_note": indicators_note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        alpha3 = d.pop("alpha3")

        name = d.pop("name")

        def _parse_indicators_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        indicators_note = _parse_indicators_note(d.pop("indicators_note"))

        country_state = cls(
            code=code,
            alpha3=alpha3,
            name=name,
            indicators_note=indicators_note,
        )

        country_state.additional_properties = d
        return country_state

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
