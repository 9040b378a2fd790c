from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.source_kind import SourceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_create_translations import SourceCreateTranslations


T = TypeVar("T", bound="SourceCreate")


@_attrs_define
class SourceCreate:
    """
    Attributes:
        slug (str):
        label (str):
        organisation (str):
        kind (SourceKind):
        reason (None | str | Unset): Why: kept with the revision.
        url (None | str | Unset):
        translations (SourceCreateTranslations | Unset): Official translations of its texts in French (`fr`), Dutch
            (`nl`) and German (`de`), each with the texts that have one; a text left out is English in that language. An
            update replaces them all.
    """

    slug: str
    label: str
    organisation: str
    kind: SourceKind
    reason: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    translations: SourceCreateTranslations | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        organisation = self.organisation

        kind = self.kind.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

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
        if reason is not UNSET:
            field_dict["reason"] = reason
        if url is not UNSET:
            field_dict["url"] = url
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_create_translations import SourceCreateTranslations  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        organisation = d.pop("organisation")

        kind = SourceKind(d.pop("kind"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: SourceCreateTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = SourceCreateTranslations.from_dict(_translations)

        source_create = cls(
            slug=slug,
            label=label,
            organisation=organisation,
            kind=kind,
            reason=reason,
            url=url,
            translations=translations,
        )

        return source_create
