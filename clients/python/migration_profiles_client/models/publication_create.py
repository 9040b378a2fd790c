from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.publication_create_translations import PublicationCreateTranslations


T = TypeVar("T", bound="PublicationCreate")


@_attrs_define
class PublicationCreate:
    """
    Attributes:
        title (str):
        reason (None | str | Unset): Why: kept with the revision.
        publisher (None | str | Unset):
        year (int | None | Unset):
        url (None | str | Unset):
        translations (PublicationCreateTranslations | Unset): Official translations of its texts in French (`fr`), Dutch
            (`nl`) and German (`de`), each with the texts that have one; a text left out is English in that language. An
            update replaces them all.
        position (int | None | Unset): Order on the page; the end when omitted.
    """

    title: str
    reason: None | str | Unset = UNSET
    publisher: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    translations: PublicationCreateTranslations | Unset = UNSET
    position: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

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

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if year is not UNSET:
            field_dict["year"] = year
        if url is not UNSET:
            field_dict["url"] = url
        if translations is not UNSET:
            field_dict["translations"] = translations
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.publication_create_translations import PublicationCreateTranslations  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

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
        translations: PublicationCreateTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = PublicationCreateTranslations.from_dict(_translations)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        publication_create = cls(
            title=title,
            reason=reason,
            publisher=publisher,
            year=year,
            url=url,
            translations=translations,
            position=position,
        )

        return publication_create
