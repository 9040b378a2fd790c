from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.source_label_read_languages import SourceLabelReadLanguages


T = TypeVar("T", bound="SourceLabelRead")


@_attrs_define
class SourceLabelRead:
    """A source as a value names it: its slug, and its label in the language asked for.

    Attributes:
        slug (str):
        label (str): The label shown on the profile page.
        languages (SourceLabelReadLanguages): The language each text is in as served: the one asked for (`lang`,
            `Accept-Language`) where a translation exists, else `en`.
    """

    slug: str
    label: str
    languages: SourceLabelReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        label = self.label

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "label": label,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_label_read_languages import SourceLabelReadLanguages  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        label = d.pop("label")

        languages = SourceLabelReadLanguages.from_dict(d.pop("languages"))

        source_label_read = cls(
            slug=slug,
            label=label,
            languages=languages,
        )

        source_label_read.additional_properties = d
        return source_label_read

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
