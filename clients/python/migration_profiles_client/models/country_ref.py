from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.country_ref_languages import CountryRefLanguages


T = TypeVar("T", bound="CountryRef")


@_attrs_define
class CountryRef:
    """
    Attributes:
        code (str):
        alpha3 (str):
        name (str): In the language asked for where ISO 3166 translates it.
        languages (CountryRefLanguages): The language each text is in as served: the one asked for (`lang`, `Accept-
            Language`) where a translation exists, else `en`.
    """

    code: str
    alpha3: str
    name: str
    languages: CountryRefLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        alpha3 = self.alpha3

        name = self.name

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "alpha3": alpha3,
                "name": name,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_ref_languages import CountryRefLanguages  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        alpha3 = d.pop("alpha3")

        name = d.pop("name")

        languages = CountryRefLanguages.from_dict(d.pop("languages"))

        country_ref = cls(
            code=code,
            alpha3=alpha3,
            name=name,
            languages=languages,
        )

        country_ref.additional_properties = d
        return country_ref

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
