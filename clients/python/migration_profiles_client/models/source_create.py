from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.source_kind import SourceKind
from ..types import UNSET, Unset

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
    """

    slug: str
    label: str
    organisation: str
    kind: SourceKind
    reason: None | str | Unset = UNSET
    url: None | str | Unset = UNSET

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        source_create = cls(
            slug=slug,
            label=label,
            organisation=organisation,
            kind=kind,
            reason=reason,
            url=url,
        )

        return source_create
