from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.source_number_read_languages import SourceNumberReadLanguages


T = TypeVar("T", bound="SourceNumberRead")


@_attrs_define
class SourceNumberRead:
    """
    Attributes:
        source (str):
        source_label (str):
        value (float | str): An exact decimal: a JSON number, or a string of its digits with `decimals=string`.
        languages (SourceNumberReadLanguages): The language each text is in as served: the one asked for (`lang`,
            `Accept-Language`) where a translation exists, else `en`.
    """

    source: str
    source_label: str
    value: float | str
    languages: SourceNumberReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        source_label = self.source_label

        value: float | str
        value = self.value

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "source_label": source_label,
                "value": value,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_number_read_languages import SourceNumberReadLanguages  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        source_label = d.pop("source_label")

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

        languages = SourceNumberReadLanguages.from_dict(d.pop("languages"))

        source_number_read = cls(
            source=source,
            source_label=source_label,
            value=value,
            languages=languages,
        )

        source_number_read.additional_properties = d
        return source_number_read

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
