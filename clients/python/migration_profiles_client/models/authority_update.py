from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.authority_role import AuthorityRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_update_translations_type_0 import AuthorityUpdateTranslationsType0


T = TypeVar("T", bound="AuthorityUpdate")


@_attrs_define
class AuthorityUpdate:
    """
    Attributes:
        reason (None | str | Unset): Why: kept with the revision.
        role (AuthorityRole | None | Unset):
        name (None | str | Unset):
        acronym (None | str | Unset):
        remit (None | str | Unset):
        position (int | None | Unset):
        translations (AuthorityUpdateTranslationsType0 | None | Unset):
    """

    reason: None | str | Unset = UNSET
    role: AuthorityRole | None | Unset = UNSET
    name: None | str | Unset = UNSET
    acronym: None | str | Unset = UNSET
    remit: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    translations: AuthorityUpdateTranslationsType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.authority_update_translations_type_0 import AuthorityUpdateTranslationsType0  # noqa: PLC0415

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, AuthorityRole):
            role = self.role.value
        else:
            role = self.role

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, AuthorityUpdateTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if role is not UNSET:
            field_dict["role"] = role
        if name is not UNSET:
            field_dict["name"] = name
        if acronym is not UNSET:
            field_dict["acronym"] = acronym
        if remit is not UNSET:
            field_dict["remit"] = remit
        if position is not UNSET:
            field_dict["position"] = position
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_update_translations_type_0 import AuthorityUpdateTranslationsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_role(data: object) -> AuthorityRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = AuthorityRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorityRole | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_translations(data: object) -> AuthorityUpdateTranslationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translations_type_0 = AuthorityUpdateTranslationsType0.from_dict(data)

                return translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorityUpdateTranslationsType0 | None | Unset, data)

        translations = _parse_translations(d.pop("translations", UNSET))

        authority_update = cls(
            reason=reason,
            role=role,
            name=name,
            acronym=acronym,
            remit=remit,
            position=position,
            translations=translations,
        )

        return authority_update
