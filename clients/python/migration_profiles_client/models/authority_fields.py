from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.authority_role import AuthorityRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_fields_translations import AuthorityFieldsTranslations


T = TypeVar("T", bound="AuthorityFields")


@_attrs_define
class AuthorityFields:
    """An authority as a profile document lists it (its order is its place in the list).

    Attributes:
        role (AuthorityRole):
        name (str):
        acronym (None | str | Unset):
        remit (None | str | Unset):
        translations (AuthorityFieldsTranslations | Unset): Official translations of its texts in French (`fr`), Dutch
            (`nl`) and German (`de`), each with the texts that have one; a text left out is English in that language. An
            update replaces them all.
    """

    role: AuthorityRole
    name: str
    acronym: None | str | Unset = UNSET
    remit: None | str | Unset = UNSET
    translations: AuthorityFieldsTranslations | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        name = self.name

        acronym: None | str | Unset
        if isinstance(self.acronym, Unset):
            acronym = UNSET
        else:
            acronym = self.acronym

        remit: None | str | Unset
        if isinstance(self.remit, Unset):
            remit = UNSET
        else:
            remit = self.remit

        translations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = self.translations.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "name": name,
            }
        )
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if remit is not UNSET:
            field_dict["remit"] = remit
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_fields_translations import AuthorityFieldsTranslations  # noqa: PLC0415

        d = dict(src_dict)
        role = AuthorityRole(d.pop("role"))

        name = d.pop("name")

        def _parse_acronym(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acronym = _parse_acronym(d.pop("acronym", UNSET))

        def _parse_remit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remit = _parse_remit(d.pop("remit", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: AuthorityFieldsTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = AuthorityFieldsTranslations.from_dict(_translations)

        authority_fields = cls(
            role=role,
            name=name,
            acronym=acronym,
            remit=remit,
            translations=translations,
        )

        return authority_fields
