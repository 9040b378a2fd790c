from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.value_type import ValueType

if TYPE_CHECKING:
    from ..models.indicator_read_languages import IndicatorReadLanguages
    from ..models.indicator_read_translations import IndicatorReadTranslations


T = TypeVar("T", bound="IndicatorRead")


@_attrs_define
class IndicatorRead:
    """
    Attributes:
        slug (str): Stable identifier used in URLs and filters.
        name (str):
        label (str): Its name within its group on a profile page.
        group (str): The heading it is shown under.
        value_type (ValueType):
        unit (None | str): Default unit of its values.
        definition (None | str):
        position (int): Display order on a profile page.
        translations (IndicatorReadTranslations): Official translations of its texts in French (`fr`), Dutch (`nl`) and
            German (`de`), each with the texts that have one; a text left out is English in that language. An update
            replaces them all.
        languages (IndicatorReadLanguages): The language each text is in as served: the one asked for (`lang`, `Accept-
            Language`) where a translation exists, else `en`.
    """

    slug: str
    name: str
    label: str
    group: str
    value_type: ValueType
    unit: None | str
    definition: None | str
    position: int
    translations: IndicatorReadTranslations
    languages: IndicatorReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        label = self.label

        group = self.group

        value_type = self.value_type.value

        unit: None | str
        unit = self.unit

        definition: None | str
        definition = self.definition

        position = self.position

        translations = self.translations.to_dict()

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "label": label,
                "group": group,
                "value_type": value_type,
                "unit": unit,
                "definition": definition,
                "position": position,
                "translations": translations,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_read_languages import IndicatorReadLanguages  # noqa: PLC0415
        from ..models.indicator_read_translations import IndicatorReadTranslations  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        label = d.pop("label")

        group = d.pop("group")

        value_type = ValueType(d.pop("value_type"))

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        def _parse_definition(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        definition = _parse_definition(d.pop("definition"))

        position = d.pop("position")

        translations = IndicatorReadTranslations.from_dict(d.pop("translations"))

        languages = IndicatorReadLanguages.from_dict(d.pop("languages"))

        indicator_read = cls(
            slug=slug,
            name=name,
            label=label,
            group=group,
            value_type=value_type,
            unit=unit,
            definition=definition,
            position=position,
            translations=translations,
            languages=languages,
        )

        indicator_read.additional_properties = d
        return indicator_read

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
