from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authority_role import AuthorityRole

if TYPE_CHECKING:
    from ..models.authority_read_languages import AuthorityReadLanguages
    from ..models.authority_read_translations import AuthorityReadTranslations


T = TypeVar("T", bound="AuthorityRead")


@_attrs_define
class AuthorityRead:
    """
    Attributes:
        id (int):
        role (AuthorityRole):
        name (str):
        acronym (None | str): As the page gives it: `CGRS`, `Fedasil`, `Myria`.
        remit (None | str): What it covers, as the page's parenthesis says.
        position (int): Order within its role on the page.
        translations (AuthorityReadTranslations): Official translations of its texts in French (`fr`), Dutch (`nl`) and
            German (`de`), each with the texts that have one; a text left out is English in that language. An update
            replaces them all.
        languages (AuthorityReadLanguages): The language each text is in as served: the one asked for (`lang`, `Accept-
            Language`) where a translation exists, else `en`.
    """

    id: int
    role: AuthorityRole
    name: str
    acronym: None | str
    remit: None | str
    position: int
    translations: AuthorityReadTranslations
    languages: AuthorityReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        role = self.role.value

        name = self.name

        acronym: None | str
        acronym = self.acronym

        remit: None | str
        remit = self.remit

        position = self.position

        translations = self.translations.to_dict()

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "role": role,
                "name": name,
                "acronym": acronym,
                "remit": remit,
                "position": position,
                "translations": translations,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_read_languages import AuthorityReadLanguages  # noqa: PLC0415
        from ..models.authority_read_translations import AuthorityReadTranslations  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        role = AuthorityRole(d.pop("role"))

        name = d.pop("name")

        def _parse_acronym(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acronym = _parse_acronym(d.pop("acronym"))

        def _parse_remit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remit = _parse_remit(d.pop("remit"))

        position = d.pop("position")

        translations = AuthorityReadTranslations.from_dict(d.pop("translations"))

        languages = AuthorityReadLanguages.from_dict(d.pop("languages"))

        authority_read = cls(
            id=id,
            role=role,
            name=name,
            acronym=acronym,
            remit=remit,
            position=position,
            translations=translations,
            languages=languages,
        )

        authority_read.additional_properties = d
        return authority_read

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
