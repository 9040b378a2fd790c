from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountryUpdate")


@_attrs_define
class CountryUpdate:
    """
    Attributes:
        reason (None | str | Unset): Why: kept with the revision.
        alpha3 (None | str | Unset):
        name (None | str | Unset):
        indicators_note (None | str | Unset):
    """

    reason: None | str | Unset = UNSET
    alpha3: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    indicators_note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        alpha3: None | str | Unset
        if isinstance(self.alpha3, Unset):
            alpha3 = UNSET
        else:
            alpha3 = self.alpha3

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        indicators_note: None | str | Unset
        if isinstance(self.indicators_note, Unset):
            indicators_note = UNSET
        else:
            indicators_note = self.indicators_note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if alpha3 is not UNSET:
            field_dict["alpha3"] = alpha3
        if name is not UNSET:
            field_dict["name"] = name
        if indicators_note is not UNSET:
            field_dict["indicators_note"] = indicators_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_alpha3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alpha3 = _parse_alpha3(d.pop("alpha3", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_indicators_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indicators_note = _parse_indicators_note(d.pop("indicators_note", UNSET))

        country_update = cls(
            reason=reason,
            alpha3=alpha3,
            name=name,
            indicators_note=indicators_note,
        )

        return country_update
