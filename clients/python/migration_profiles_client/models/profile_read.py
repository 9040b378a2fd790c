from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.authority_group_read import AuthorityGroupRead
    from ..models.country_ref import CountryRef
    from ..models.general_information_read import GeneralInformationRead
    from ..models.narrative_section_read import NarrativeSectionRead
    from ..models.policy_document_read import PolicyDocumentRead
    from ..models.publication_read import PublicationRead


T = TypeVar("T", bound="ProfileRead")


@_attrs_define
class ProfileRead:
    """
    Attributes:
        country (CountryRef):
        curated (bool): Whether the profile is curated. False for a country known only from the international sources:
            its general information holds their figures, and its authorities, documents, publications and narrative are
            empty because no one has curated them yet.
        general_information (GeneralInformationRead):
        authorities (list[AuthorityGroupRead]):
        policy_documents (list[PolicyDocumentRead]):
        publications (list[PublicationRead]):
        narrative (list[NarrativeSectionRead]):
    """

    country: CountryRef
    curated: bool
    general_information: GeneralInformationRead
    authorities: list[AuthorityGroupRead]
    policy_documents: list[PolicyDocumentRead]
    publications: list[PublicationRead]
    narrative: list[NarrativeSectionRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country.to_dict()

        curated = self.curated

        general_information = self.general_information.to_dict()

        authorities = []
        for authorities_item_data in self.authorities:
            authorities_item = authorities_item_data.to_dict()
            authorities.append(authorities_item)

        policy_documents = []
        for policy_documents_item_data in self.policy_documents:
            policy_documents_item = policy_documents_item_data.to_dict()
            policy_documents.append(policy_documents_item)

        publications = []
        for publications_item_data in self.publications:
            publications_item = publications_item_data.to_dict()
            publications.append(publications_item)

        narrative = []
        for narrative_item_data in self.narrative:
            narrative_item = narrative_item_data.to_dict()
            narrative.append(narrative_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "curated": curated,
                "general_information": general_information,
                "authorities": authorities,
                "policy_documents": policy_documents,
                "publications": publications,
                "narrative": narrative,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_group_read import AuthorityGroupRead  # noqa: PLC0415
        from ..models.country_ref import CountryRef  # noqa: PLC0415
        from ..models.general_information_read import GeneralInformationRead  # noqa: PLC0415
        from ..models.narrative_section_read import NarrativeSectionRead  # noqa: PLC0415
        from ..models.policy_document_read import PolicyDocumentRead  # noqa: PLC0415
        from ..models.publication_read import PublicationRead  # noqa: PLC0415

        d = dict(src_dict)
        country = CountryRef.from_dict(d.pop("country"))

        curated = d.pop("curated")

        general_information = GeneralInformationRead.from_dict(d.pop("general_information"))

        authorities = []
        _authorities = d.pop("authorities")
        for authorities_item_data in _authorities:
            authorities_item = AuthorityGroupRead.from_dict(authorities_item_data)

            authorities.append(authorities_item)

        policy_documents = []
        _policy_documents = d.pop("policy_documents")
        for policy_documents_item_data in _policy_documents:
            policy_documents_item = PolicyDocumentRead.from_dict(policy_documents_item_data)

            policy_documents.append(policy_documents_item)

        publications = []
        _publications = d.pop("publications")
        for publications_item_data in _publications:
            publications_item = PublicationRead.from_dict(publications_item_data)

            publications.append(publications_item)

        narrative = []
        _narrative = d.pop("narrative")
        for narrative_item_data in _narrative:
            narrative_item = NarrativeSectionRead.from_dict(narrative_item_data)

            narrative.append(narrative_item)

        profile_read = cls(
            country=country,
            curated=curated,
            general_information=general_information,
            authorities=authorities,
            policy_documents=policy_documents,
            publications=publications,
            narrative=narrative,
        )

        profile_read.additional_properties = d
        return profile_read

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
