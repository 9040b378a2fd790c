from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountryCreate")


@_attrs_define
class CountryCreate:
    """
    Attributes:
        code (str): ISO 3166-1 alpha-2, upper case.
        alpha3 (str): ISO 3166-1 alpha-3, upper case.
        name (str):
        reason (None | str | Unset): Why: kept with the revision.
        indicators_note (None | str | Unset):
    """

    code: str
    alpha3: str
    name: str
    reason: None | str | Unset = UNSET
    indicators_note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        alpha3 = self.alpha3

        name = self.name

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        indicators_note: None | str | Unset
        if isinstance(self.indicators_note, Unset):
            indicators_note = UNSET
        else:
            indicators_note = self.indicators_note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "alpha3": alpha3,
                "name": name,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if indicators_note is not UNSET:
            field_dict["indicators_note"] = indicators_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        alpha3 = d.pop("alpha3")

        name = d.pop("name")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_indicators_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indicators_note = _parse_indicators_note(d.pop("indicators_note", UNSET))

        country_create = cls(
            code=code,
            alpha3=alpha3,
            name=name,
            reason=reason,
            indicators_note=indicators_note,
        )

        return country_create
