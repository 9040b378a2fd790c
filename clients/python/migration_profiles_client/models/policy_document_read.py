from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.policy_document_read_languages import PolicyDocumentReadLanguages
    from ..models.policy_document_read_translations import PolicyDocumentReadTranslations


T = TypeVar("T", bound="PolicyDocumentRead")


@_attrs_define
class PolicyDocumentRead:
    """
    Attributes:
        id (int):
        title (str):
        year (int | None):
        kind (str): `code`, `act`, `royal_decree`, ...
        url (None | str):
        position (int):
        translations (PolicyDocumentReadTranslations): Official translations of its texts in French (`fr`), Dutch (`nl`)
            and German (`de`), each with the texts that have one; a text left out is English in that language. An update
            replaces them all.
        languages (PolicyDocumentReadLanguages): The language each text is in as served: the one asked for (`lang`,
            `Accept-Language`) where a translation exists, else `en`.
    """

    id: int
    title: str
    year: int | None
    kind: str
    url: None | str
    position: int
    translations: PolicyDocumentReadTranslations
    languages: PolicyDocumentReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        year: int | None
        year = self.year

        kind = self.kind

        url: None | str
        url = self.url

        position = self.position

        translations = self.translations.to_dict()

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "year": year,
                "kind": kind,
                "url": url,
                "position": position,
                "translations": translations,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_document_read_languages import PolicyDocumentReadLanguages  # noqa: PLC0415
        from ..models.policy_document_read_translations import PolicyDocumentReadTranslations  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        kind = d.pop("kind")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        position = d.pop("position")

        translations = PolicyDocumentReadTranslations.from_dict(d.pop("translations"))

        languages = PolicyDocumentReadLanguages.from_dict(d.pop("languages"))

        policy_document_read = cls(
            id=id,
            title=title,
            year=year,
            kind=kind,
            url=url,
            position=position,
            translations=translations,
            languages=languages,
        )

        policy_document_read.additional_properties = d
        return policy_document_read

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
