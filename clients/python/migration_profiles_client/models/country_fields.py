from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CountryFields")


@_attrs_define
class CountryFields:
    """A country as a profile document names it.

    Attributes:
        code (str): ISO 3166-1 alpha-2, upper case.
        alpha3 (str): ISO 3166-1 alpha-3, upper case.
        name (str):
    """

    code: str
    alpha3: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        alpha3 = self.alpha3

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "alpha3": alpha3,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        alpha3 = d.pop("alpha3")

        name = d.pop("name")

        country_fields = cls(
            code=code,
            alpha3=alpha3,
            name=name,
        )

        return country_fields
