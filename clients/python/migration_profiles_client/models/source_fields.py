from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.source_kind import SourceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_fields_translations import SourceFieldsTranslations


T = TypeVar("T", bound="SourceFields")


@_attrs_define
class SourceFields:
    """A source as a profile document lists it.

    Attributes:
        slug (str):
        label (str):
        organisation (str):
        kind (SourceKind):
        url (None | str | Unset):
        translations (SourceFieldsTranslations | Unset): Official translations of its texts in French (`fr`), Dutch
            (`nl`) and German (`de`), each with the texts that have one; a text left out is English in that language. An
            update replaces them all.
    """

    slug: str
    label: str
    organisation: str
    kind: SourceKind
    url: None | str | Unset = UNSET
    translations: SourceFieldsTranslations | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        organisation = self.organisation

        kind = self.kind.value

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
                "slug": slug,
                "label": label,
                "organisation": organisation,
                "kind": kind,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_fields_translations import SourceFieldsTranslations  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        organisation = d.pop("organisation")

        kind = SourceKind(d.pop("kind"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: SourceFieldsTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = SourceFieldsTranslations.from_dict(_translations)

        source_fields = cls(
            slug=slug,
            label=label,
            organisation=organisation,
            kind=kind,
            url=url,
            translations=translations,
        )

        return source_fields
