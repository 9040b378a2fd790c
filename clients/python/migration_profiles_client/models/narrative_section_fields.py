from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation_write import CitationWrite


T = TypeVar("T", bound="NarrativeSectionFields")


@_attrs_define
class NarrativeSectionFields:
    """A section as a profile document lists it (its order is its place in the list).

    Attributes:
        slug (str):
        title (str):
        body (str):
        citations (list[CitationWrite] | Unset):
    """

    slug: str
    title: str
    body: str
    citations: list[CitationWrite] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        body = self.body

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "body": body,
            }
        )
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_write import CitationWrite  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        body = d.pop("body")

        _citations = d.pop("citations", UNSET)
        citations: list[CitationWrite] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = CitationWrite.from_dict(citations_item_data)

                citations.append(citations_item)

        narrative_section_fields = cls(
            slug=slug,
            title=title,
            body=body,
            citations=citations,
        )

        return narrative_section_fields
