from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountryLinks")


@_attrs_define
class CountryLinks:
    """
    Attributes:
        self_ (str):
        profile (str):
        indicators (str):
        authorities (str):
        policy_documents (str):
        publications (str):
        narrative (str):
        observations (str):
    """

    self_: str
    profile: str
    indicators: str
    authorities: str
    policy_documents: str
    publications: str
    narrative: str
    observations: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        profile = self.profile

        indicators = self.indicators

        authorities = self.authorities

        policy_documents = self.policy_documents

        publications = self.publications

        narrative = self.narrative

        observations = self.observations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "profile": profile,
                "indicators": indicators,
                "authorities": authorities,
                "policy_documents": policy_documents,
                "publications": publications,
                "narrative": narrative,
                "observations": observations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        self_ = d.pop("self")

        profile = d.pop("profile")

        indicators = d.pop("indicators")

        authorities = d.pop("authorities")

        policy_documents = d.pop("policy_documents")

        publications = d.pop("publications")

        narrative = d.pop("narrative")

        observations = d.pop("observations")

        country_links = cls(
            self_=self_,
            profile=profile,
            indicators=indicators,
            authorities=authorities,
            policy_documents=policy_documents,
            publications=publications,
            narrative=narrative,
            observations=observations,
        )

        country_links.additional_properties = d
        return country_links

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
