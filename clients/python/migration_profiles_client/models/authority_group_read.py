from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authority_role import AuthorityRole

if TYPE_CHECKING:
    from ..models.authority_group_read_languages import AuthorityGroupReadLanguages
    from ..models.authority_read import AuthorityRead


T = TypeVar("T", bound="AuthorityGroupRead")


@_attrs_define
class AuthorityGroupRead:
    """
    Attributes:
        role (AuthorityRole):
        label (str):
        languages (AuthorityGroupReadLanguages): The language each text is in as served: the one asked for (`lang`,
            `Accept-Language`) where a translation exists, else `en`.
        authorities (list[AuthorityRead]):
    """

    role: AuthorityRole
    label: str
    languages: AuthorityGroupReadLanguages
    authorities: list[AuthorityRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        label = self.label

        languages = self.languages.to_dict()

        authorities = []
        for authorities_item_data in self.authorities:
            authorities_item = authorities_item_data.to_dict()
            authorities.append(authorities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "label": label,
                "languages": languages,
                "authorities": authorities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_group_read_languages import AuthorityGroupReadLanguages  # noqa: PLC0415
        from ..models.authority_read import AuthorityRead  # noqa: PLC0415

        d = dict(src_dict)
        role = AuthorityRole(d.pop("role"))

        label = d.pop("label")

        languages = AuthorityGroupReadLanguages.from_dict(d.pop("languages"))

        authorities = []
        _authorities = d.pop("authorities")
        for authorities_item_data in _authorities:
            authorities_item = AuthorityRead.from_dict(authorities_item_data)

            authorities.append(authorities_item)

        authority_group_read = cls(
            role=role,
            label=label,
            languages=languages,
            authorities=authorities,
        )

        authority_group_read.additional_properties = d
        return authority_group_read

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
