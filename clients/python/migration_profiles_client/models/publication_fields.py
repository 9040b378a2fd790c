from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.publication_fields_translations import PublicationFieldsTranslations


T = TypeVar("T", bound="PublicationFields")


@_attrs_define
class PublicationFields:
    """A publication as a profile document lists it.

    Attributes:
        title (str):
        publisher (None | str | Unset):
        year (int | None | Unset):
        url (None | str | Unset):
        translations (PublicationFieldsTranslations | Unset): Official translations of its texts in French (`fr`), Dutch
            (`nl`) and German (`de`), each with the texts that have one; a text left out is English in that language. An
            update replaces them all.
    """

    title: str
    publisher: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    translations: PublicationFieldsTranslations | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        translations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = self.translations.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if year is not UNSET:
            field_dict["year"] = year
        if url is not UNSET:
            field_dict["url"] = url
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.publication_fields_translations import PublicationFieldsTranslations  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: PublicationFieldsTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = PublicationFieldsTranslations.from_dict(_translations)

        publication_fields = cls(
            title=title,
            publisher=publisher,
            year=year,
            url=url,
            translations=translations,
        )

        return publication_fields
