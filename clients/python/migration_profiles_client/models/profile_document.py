from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_fields import AuthorityFields
    from ..models.country_fields import CountryFields
    from ..models.general_information import GeneralInformation
    from ..models.indicator_fields import IndicatorFields
    from ..models.narrative_section_fields import NarrativeSectionFields
    from ..models.policy_document_fields import PolicyDocumentFields
    from ..models.publication_fields import PublicationFields
    from ..models.source_fields import SourceFields


T = TypeVar("T", bound="ProfileDocument")


@_attrs_define
class ProfileDocument:
    """A country's whole profile: what `seeds/*.yaml` hold and `PUT .../profile` takes.

    Attributes:
        country (CountryFields): A country as a profile document names it.
        general_information (GeneralInformation):
        sources (list[SourceFields] | Unset):
        indicators (list[IndicatorFields] | Unset):
        authorities (list[AuthorityFields] | Unset):
        policy_documents (list[PolicyDocumentFields] | Unset):
        publications (list[PublicationFields] | Unset):
        narrative (list[NarrativeSectionFields] | Unset):
    """

    country: CountryFields
    general_information: GeneralInformation
    sources: list[SourceFields] | Unset = UNSET
    indicators: list[IndicatorFields] | Unset = UNSET
    authorities: list[AuthorityFields] | Unset = UNSET
    policy_documents: list[PolicyDocumentFields] | Unset = UNSET
    publications: list[PublicationFields] | Unset = UNSET
    narrative: list[NarrativeSectionFields] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country = self.country.to_dict()

        general_information = self.general_information.to_dict()

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        indicators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indicators, Unset):
            indicators = []
            for indicators_item_data in self.indicators:
                indicators_item = indicators_item_data.to_dict()
                indicators.append(indicators_item)

        authorities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authorities, Unset):
            authorities = []
            for authorities_item_data in self.authorities:
                authorities_item = authorities_item_data.to_dict()
                authorities.append(authorities_item)

        policy_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policy_documents, Unset):
            policy_documents = []
            for policy_documents_item_data in self.policy_documents:
                policy_documents_item = policy_documents_item_data.to_dict()
                policy_documents.append(policy_documents_item)

        publications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.publications, Unset):
            publications = []
            for publications_item_data in self.publications:
                publications_item = publications_item_data.to_dict()
                publications.append(publications_item)

        narrative: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.narrative, Unset):
            narrative = []
            for narrative_item_data in self.narrative:
                narrative_item = narrative_item_data.to_dict()
                narrative.append(narrative_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country": country,
                "general_information": general_information,
            }
        )
        if sources is not UNSET:
            field_dict["sources"] = sources
        if indicators is not UNSET:
            field_dict["indicators"] = indicators
        if authorities is not UNSET:
            field_dict["authorities"] = authorities
        if policy_documents is not UNSET:
            field_dict["policy_documents"] = policy_documents
        if publications is not UNSET:
            field_dict["publications"] = publications
        if narrative is not UNSET:
            field_dict["narrative"] = narrative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_fields import AuthorityFields  # noqa: PLC0415
        from ..models.country_fields import CountryFields  # noqa: PLC0415
        from ..models.general_information import GeneralInformation  # noqa: PLC0415
        from ..models.indicator_fields import IndicatorFields  # noqa: PLC0415
        from ..models.narrative_section_fields import NarrativeSectionFields  # noqa: PLC0415
        from ..models.policy_document_fields import PolicyDocumentFields  # noqa: PLC0415
        from ..models.publication_fields import PublicationFields  # noqa: PLC0415
        from ..models.source_fields import SourceFields  # noqa: PLC0415

        d = dict(src_dict)
        country = CountryFields.from_dict(d.pop("country"))

        general_information = GeneralInformation.from_dict(d.pop("general_information"))

        _sources = d.pop("sources", UNSET)
        sources: list[SourceFields] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = SourceFields.from_dict(sources_item_data)

                sources.append(sources_item)

        _indicators = d.pop("indicators", UNSET)
        indicators: list[IndicatorFields] | Unset = UNSET
        if _indicators is not UNSET:
            indicators = []
            for indicators_item_data in _indicators:
                indicators_item = IndicatorFields.from_dict(indicators_item_data)

                indicators.append(indicators_item)

        _authorities = d.pop("authorities", UNSET)
        authorities: list[AuthorityFields] | Unset = UNSET
        if _authorities is not UNSET:
            authorities = []
            for authorities_item_data in _authorities:
                authorities_item = AuthorityFields.from_dict(authorities_item_data)

                authorities.append(authorities_item)

        _policy_documents = d.pop("policy_documents", UNSET)
        policy_documents: list[PolicyDocumentFields] | Unset = UNSET
        if _policy_documents is not UNSET:
            policy_documents = []
            for policy_documents_item_data in _policy_documents:
                policy_documents_item = PolicyDocumentFields.from_dict(policy_documents_item_data)

                policy_documents.append(policy_documents_item)

        _publications = d.pop("publications", UNSET)
        publications: list[PublicationFields] | Unset = UNSET
        if _publications is not UNSET:
            publications = []
            for publications_item_data in _publications:
                publications_item = PublicationFields.from_dict(publications_item_data)

                publications.append(publications_item)

        _narrative = d.pop("narrative", UNSET)
        narrative: list[NarrativeSectionFields] | Unset = UNSET
        if _narrative is not UNSET:
            narrative = []
            for narrative_item_data in _narrative:
                narrative_item = NarrativeSectionFields.from_dict(narrative_item_data)

                narrative.append(narrative_item)

        profile_document = cls(
            country=country,
            general_information=general_information,
            sources=sources,
            indicators=indicators,
            authorities=authorities,
            policy_documents=policy_documents,
            publications=publications,
            narrative=narrative,
        )

        return profile_document
