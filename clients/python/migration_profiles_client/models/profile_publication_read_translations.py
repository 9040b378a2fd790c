from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.profile_publication_read_translations_additional_property import (
        ProfilePublicationReadTranslationsAdditionalProperty,
    )


T = TypeVar("T", bound="ProfilePublicationReadTranslations")


@_attrs_define
class ProfilePublicationReadTranslations:
    """Official translations of its texts in French (`fr`), Dutch (`nl`) and German (`de`), each with the texts that have
    one; a text left out is English in that language. An update replaces them all.

    """

    additional_properties: dict[str, ProfilePublicationReadTranslationsAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_publication_read_translations_additional_property import (
            ProfilePublicationReadTranslationsAdditionalProperty,  # noqa: PLC0415
        )

        d = dict(src_dict)
        profile_publication_read_translations = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ProfilePublicationReadTranslationsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        profile_publication_read_translations.additional_properties = additional_properties
        return profile_publication_read_translations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ProfilePublicationReadTranslationsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ProfilePublicationReadTranslationsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
