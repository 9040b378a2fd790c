from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.source_kind import SourceKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_update_translations_type_0 import SourceUpdateTranslationsType0


T = TypeVar("T", bound="SourceUpdate")


@_attrs_define
class SourceUpdate:
    """
    Attributes:
        reason (None | str | Unset): Why: kept with the revision.
        label (None | str | Unset):
        organisation (None | str | Unset):
        kind (None | SourceKind | Unset):
        url (None | str | Unset):
        translations (None | SourceUpdateTranslationsType0 | Unset):
    """

    reason: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    organisation: None | str | Unset = UNSET
    kind: None | SourceKind | Unset = UNSET
    url: None | str | Unset = UNSET
    translations: None | SourceUpdateTranslationsType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_update_translations_type_0 import SourceUpdateTranslationsType0  # noqa: PLC0415

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        organisation: None | str | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        else:
            organisation = self.organisation

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, SourceKind):
            kind = self.kind.value
        else:
            kind = self.kind

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, SourceUpdateTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if label is not UNSET:
            field_dict["label"] = label
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if kind is not UNSET:
            field_dict["kind"] = kind
        if url is not UNSET:
            field_dict["url"] = url
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_update_translations_type_0 import SourceUpdateTranslationsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_organisation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_kind(data: object) -> None | SourceKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = SourceKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_translations(data: object) -> None | SourceUpdateTranslationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translations_type_0 = SourceUpdateTranslationsType0.from_dict(data)

                return translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceUpdateTranslationsType0 | Unset, data)

        translations = _parse_translations(d.pop("translations", UNSET))

        source_update = cls(
            reason=reason,
            label=label,
            organisation=organisation,
            kind=kind,
            url=url,
            translations=translations,
        )

        return source_update
