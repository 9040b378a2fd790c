from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.citation_read import CitationRead
    from ..models.narrative_section_read_languages import NarrativeSectionReadLanguages


T = TypeVar("T", bound="NarrativeSectionRead")


@_attrs_define
class NarrativeSectionRead:
    """
    Attributes:
        slug (str):
        title (str):
        position (int):
        body (str): Markdown; paragraphs separated by a blank line.
        citations (list[CitationRead]):
        body_html (str): The body rendered as HTML by the service, safe to insert as it is: HTML written in the Markdown
            is escaped, not passed through.
        languages (NarrativeSectionReadLanguages): Always `en`: the narrative exists in English only.
    """

    slug: str
    title: str
    position: int
    body: str
    citations: list[CitationRead]
    body_html: str
    languages: NarrativeSectionReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        position = self.position

        body = self.body

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        body_html = self.body_html

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "position": position,
                "body": body,
                "citations": citations,
                "body_html": body_html,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation_read import CitationRead  # noqa: PLC0415
        from ..models.narrative_section_read_languages import NarrativeSectionReadLanguages  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        position = d.pop("position")

        body = d.pop("body")

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = CitationRead.from_dict(citations_item_data)

            citations.append(citations_item)

        body_html = d.pop("body_html")

        languages = NarrativeSectionReadLanguages.from_dict(d.pop("languages"))

        narrative_section_read = cls(
            slug=slug,
            title=title,
            position=position,
            body=body,
            citations=citations,
            body_html=body_html,
            languages=languages,
        )

        narrative_section_read.additional_properties = d
        return narrative_section_read

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
