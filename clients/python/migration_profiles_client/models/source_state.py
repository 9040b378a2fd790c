from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_kind import SourceKind

if TYPE_CHECKING:
    from ..models.source_state_languages import SourceStateLanguages
    from ..models.source_state_translations import SourceStateTranslations


T = TypeVar("T", bound="SourceState")


@_attrs_define
class SourceState:
    """A source's own fields, as its history keeps them.

    Attributes:
        slug (str): Stable identifier used in URLs and filters.
        label (str): The label shown on profile pages.
        organisation (str):
        kind (SourceKind):
        url (None | str): The publisher's home page.
        translations (SourceStateTranslations): Official translations of its texts in French (`fr`), Dutch (`nl`) and
            German (`de`), each with the texts that have one; a text left out is English in that language. An update
            replaces them all.
        languages (SourceStateLanguages): The language each text is in as served: the one asked for (`lang`, `Accept-
            Language`) where a translation exists, else `en`.
    """

    slug: str
    label: str
    organisation: str
    kind: SourceKind
    url: None | str
    translations: SourceStateTranslations
    languages: SourceStateLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        organisation = self.organisation

        kind = self.kind.value

        url: None | str
        url = self.url

        translations = self.translations.to_dict()

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "organisation": organisation,
                "kind": kind,
                "url": url,
                "translations": translations,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_state_languages import SourceStateLanguages  # noqa: PLC0415
        from ..models.source_state_translations import SourceStateTranslations  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        organisation = d.pop("organisation")

        kind = SourceKind(d.pop("kind"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        translations = SourceStateTranslations.from_dict(d.pop("translations"))

        languages = SourceStateLanguages.from_dict(d.pop("languages"))

        source_state = cls(
            slug=slug,
            label=label,
            organisation=organisation,
            kind=kind,
            url=url,
            translations=translations,
            languages=languages,
        )

        source_state.additional_properties = d
        return source_state

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
