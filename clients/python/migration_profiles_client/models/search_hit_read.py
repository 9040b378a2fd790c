from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hit_type import HitType

if TYPE_CHECKING:
    from ..models.search_hit_read_languages import SearchHitReadLanguages


T = TypeVar("T", bound="SearchHitRead")


@_attrs_define
class SearchHitRead:
    """
    Attributes:
        type_ (HitType):
        title (str):
        country (None | str): Alpha-2 code; null for catalogue entries.
        url (str): The resource in this API.
        snippet (str): Text around the match, as HTML safe to insert: the text is escaped and only the matched words are
            marked up, in `<mark>`.
        score (float): Relevance; higher is better. Comparable within a query.
        languages (SearchHitReadLanguages): The language the title and snippet are in: the one the words matched.
    """

    type_: HitType
    title: str
    country: None | str
    url: str
    snippet: str
    score: float
    languages: SearchHitReadLanguages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        title = self.title

        country: None | str
        country = self.country

        url = self.url

        snippet = self.snippet

        score = self.score

        languages = self.languages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "country": country,
                "url": url,
                "snippet": snippet,
                "score": score,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_hit_read_languages import SearchHitReadLanguages  # noqa: PLC0415

        d = dict(src_dict)
        type_ = HitType(d.pop("type"))

        title = d.pop("title")

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        url = d.pop("url")

        snippet = d.pop("snippet")

        score = d.pop("score")

        languages = SearchHitReadLanguages.from_dict(d.pop("languages"))

        search_hit_read = cls(
            type_=type_,
            title=title,
            country=country,
            url=url,
            snippet=snippet,
            score=score,
            languages=languages,
        )

        search_hit_read.additional_properties = d
        return search_hit_read

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
