from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.publication_update_translations_type_0 import PublicationUpdateTranslationsType0


T = TypeVar("T", bound="PublicationUpdate")


@_attrs_define
class PublicationUpdate:
    """
    Attributes:
        reason (None | str | Unset): Why: kept with the revision.
        title (None | str | Unset):
        publisher (None | str | Unset):
        year (int | None | Unset):
        url (None | str | Unset):
        position (int | None | Unset): Order on the page; the end when omitted.
        translations (None | PublicationUpdateTranslationsType0 | Unset):
    """

    reason: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    publisher: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    translations: None | PublicationUpdateTranslationsType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.publication_update_translations_type_0 import PublicationUpdateTranslationsType0  # noqa: PLC0415

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
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

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, PublicationUpdateTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if title is not UNSET:
            field_dict["title"] = title
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if year is not UNSET:
            field_dict["year"] = year
        if url is not UNSET:
            field_dict["url"] = url
        if position is not UNSET:
            field_dict["position"] = position
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.publication_update_translations_type_0 import PublicationUpdateTranslationsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_translations(data: object) -> None | PublicationUpdateTranslationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translations_type_0 = PublicationUpdateTranslationsType0.from_dict(data)

                return translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicationUpdateTranslationsType0 | Unset, data)

        translations = _parse_translations(d.pop("translations", UNSET))

        publication_update = cls(
            reason=reason,
            title=title,
            publisher=publisher,
            year=year,
            url=url,
            position=position,
            translations=translations,
        )

        return publication_update
