from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.value_type import ValueType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator_create_translations import IndicatorCreateTranslations


T = TypeVar("T", bound="IndicatorCreate")


@_attrs_define
class IndicatorCreate:
    """
    Attributes:
        slug (str):
        name (str):
        label (str):
        group (str):
        value_type (ValueType):
        reason (None | str | Unset): Why: kept with the revision.
        unit (None | str | Unset):
        definition (None | str | Unset):
        translations (IndicatorCreateTranslations | Unset): Official translations of its texts in French (`fr`), Dutch
            (`nl`) and German (`de`), each with the texts that have one; a text left out is English in that language. An
            update replaces them all.
        position (int | None | Unset): The end when omitted.
    """

    slug: str
    name: str
    label: str
    group: str
    value_type: ValueType
    reason: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    definition: None | str | Unset = UNSET
    translations: IndicatorCreateTranslations | Unset = UNSET
    position: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        label = self.label

        group = self.group

        value_type = self.value_type.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        definition: None | str | Unset
        if isinstance(self.definition, Unset):
            definition = UNSET
        else:
            definition = self.definition

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
                "slug": slug,
                "name": name,
                "label": label,
                "group": group,
                "value_type": value_type,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if unit is not UNSET:
            field_dict["unit"] = unit
        if definition is not UNSET:
            field_dict["definition"] = definition
        if translations is not UNSET:
            field_dict["translations"] = translations
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_create_translations import IndicatorCreateTranslations  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        label = d.pop("label")

        group = d.pop("group")

        value_type = ValueType(d.pop("value_type"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        definition = _parse_definition(d.pop("definition", UNSET))

        _translations = d.pop("translations", UNSET)
        translations: IndicatorCreateTranslations | Unset
        if isinstance(_translations, Unset):
            translations = UNSET
        else:
            translations = IndicatorCreateTranslations.from_dict(_translations)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        indicator_create = cls(
            slug=slug,
            name=name,
            label=label,
            group=group,
            value_type=value_type,
            reason=reason,
            unit=unit,
            definition=definition,
            translations=translations,
            position=position,
        )

        return indicator_create
