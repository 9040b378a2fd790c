from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.authority_role import AuthorityRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_create_translations import AuthorityCreateTranslations


T = TypeVar("T", bound="AuthorityCreate")


@_attrs_define
class AuthorityCreate:
    """
    Attributes:
        role (AuthorityRole):
        name (str):
        reason (None | str | Unset): Why: kept with the revision.
        acronym (None | str | Unset):
        remit (None | str | Unset):
        translations (AuthorityCreateTranslations | Unset): Official translations of its texts in French (`fr`), Dutch
            (`nl`) and German (`de`), each with the texts that have one; a text left out is English in that language. An
            update replaces them all.
        position (int | None | Unset): Order within its role; the end when omitted.
    """

    role: AuthorityRole
    name: str
    reason: None | str | Unset = UNSET
    acronym: None | str | Unset = UNSET
    remit: None | str | Unset = UNSET
    translations: AuthorityCreateTranslations | Unset = UNSET
    position: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        name = self.name

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

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

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "name": name,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if remit is not UNSET:
            field_dict["remit"] = remit
        if translations is not UNSET:
            field_dict["translations"] = translations
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_create_translations import AuthorityCreateTranslations  # noqa: PLC0415

        d = dict(src_dict)
        role = AuthorityRole(d.pop("role"))

        name = d.pop("name")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

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
        translations: AuthorityCreateTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = AuthorityCreateTranslations.from_dict(_translations)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        authority_create = cls(
            role=role,
            name=name,
            reason=reason,
            acronym=acronym,
            remit=remit,
            translations=translations,
            position=position,
        )

        return authority_create
