from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.country_links import CountryLinks
    from ..models.country_read_languages import CountryReadLanguages


T = TypeVar("T", bound="CountryRead")


@_attrs_define
class CountryRead:
    """
    Attributes:
        code (str): ISO 3166-1 alpha-2 code.
        alpha3 (str): ISO 3166-1 alpha-3 code.
        name (str):
        indicators_note (None | str): A note shown under the country's indicators.
        curated (bool): Whether the country has a curated profile (authorities, documents, publications, text or values
            entered by people); false when all it has are the international sources' figures.
        links (CountryLinks):
        languages (CountryReadLanguages): The language `name` is in: ISO 3166's name in the language asked for, else
            `en`.
    """

    code: str
    alpha3: str
    name: str
    indicators_note: None | str
    curated: bool
    links: CountryLinks
    languages: CountryReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        alpha3 = self.alpha3

        name = self.name

        indicators_note: None | str
        indicators_note = self.indicators_note

        curated = self.curated

        links = self.links.to_dict()

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "alpha3": alpha3,
                "name": name,
                "indicators_note": indicators_note,
                "curated": curated,
                "links": links,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_links import CountryLinks  # noqa: PLC0415
        from ..models.country_read_languages import CountryReadLanguages  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        alpha3 = d.pop("alpha3")

        name = d.pop("name")

        def _parse_indicators_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        indicators_note = _parse_indicators_note(d.pop("indicators_note"))

        curated = d.pop("curated")

        links = CountryLinks.from_dict(d.pop("links"))

        languages = CountryReadLanguages.from_dict(d.pop("languages"))

        country_read = cls(
            code=code,
            alpha3=alpha3,
            name=name,
            indicators_note=indicators_note,
            curated=curated,
            links=links,
            languages=languages,
        )

        country_read.additional_properties = d
        return country_read

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
