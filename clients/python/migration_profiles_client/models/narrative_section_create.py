from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_write import CitationWrite


T = TypeVar("T", bound="NarrativeSectionCreate")


@_attrs_define
class NarrativeSectionCreate:
    """
    Attributes:
        slug (str):
        title (str):
        body (str):
        reason (None | str | Unset): Why: kept with the revision.
        citations (list[CitationWrite] | Unset):
        position (int | None | Unset): The end when omitted.
    """

    slug: str
    title: str
    body: str
    reason: None | str | Unset = UNSET
    citations: list[CitationWrite] | Unset = UNSET
    position: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        body = self.body

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "body": body,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if citations is not UNSET:
            field_dict["citations"] = citations
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_write import CitationWrite  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        body = d.pop("body")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        _citations = d.pop("citations", UNSET)
        citations: list[CitationWrite] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = CitationWrite.from_dict(citations_item_data)

                citations.append(citations_item)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        narrative_section_create = cls(
            slug=slug,
            title=title,
            body=body,
            reason=reason,
            citations=citations,
            position=position,
        )

        return narrative_section_create
