"""Contains all the data models used in inputs/outputs"""

from .agreement_read import AgreementRead
from .authority_create import AuthorityCreate
from .authority_fields import AuthorityFields
from .authority_group_read import AuthorityGroupRead
from .authority_read import AuthorityRead
from .authority_role import AuthorityRole
from .authority_update import AuthorityUpdate
from .citation_read import CitationRead
from .citation_write import CitationWrite
from .collection_authority_read import CollectionAuthorityRead
from .collection_country_read import CollectionCountryRead
from .collection_indicator_read import CollectionIndicatorRead
from .collection_indicator_values_read import CollectionIndicatorValuesRead
from .collection_narrative_section_read import CollectionNarrativeSectionRead
from .collection_observation_read import CollectionObservationRead
from .collection_policy_document_read import CollectionPolicyDocumentRead
from .collection_publication_read import CollectionPublicationRead
from .collection_revision_read_authority_read import CollectionRevisionReadAuthorityRead
from .collection_revision_read_country_state import CollectionRevisionReadCountryState
from .collection_revision_read_indicator_read import CollectionRevisionReadIndicatorRead
from .collection_revision_read_narrative_section_read import CollectionRevisionReadNarrativeSectionRead
from .collection_revision_read_policy_document_read import CollectionRevisionReadPolicyDocumentRead
from .collection_revision_read_publication_read import CollectionRevisionReadPublicationRead
from .collection_revision_read_revision_value import CollectionRevisionReadRevisionValue
from .collection_revision_read_source_state import CollectionRevisionReadSourceState
from .collection_search_hit_read import CollectionSearchHitRead
from .collection_source_read import CollectionSourceRead
from .collection_sync_run_read import CollectionSyncRunRead
from .compared_series_read import ComparedSeriesRead
from .comparison_read import ComparisonRead
from .country_create import CountryCreate
from .country_fields import CountryFields
from .country_links import CountryLinks
from .country_read import CountryRead
from .country_ref import CountryRef
from .country_state import CountryState
from .country_update import CountryUpdate
from .decimals import Decimals
from .format_ import Format
from .general_information import GeneralInformation
from .general_information_read import GeneralInformationRead
from .health_read import HealthRead
from .hit_type import HitType
from .indicator_create import IndicatorCreate
from .indicator_fields import IndicatorFields
from .indicator_group_read import IndicatorGroupRead
from .indicator_read import IndicatorRead
from .indicator_series_read import IndicatorSeriesRead
from .indicator_update import IndicatorUpdate
from .indicator_values_read import IndicatorValuesRead
from .links import Links
from .measure import Measure
from .meta import Meta
from .narrative_section_create import NarrativeSectionCreate
from .narrative_section_fields import NarrativeSectionFields
from .narrative_section_read import NarrativeSectionRead
from .narrative_section_update import NarrativeSectionUpdate
from .observation_create import ObservationCreate
from .observation_entry import ObservationEntry
from .observation_links import ObservationLinks
from .observation_read import ObservationRead
from .observation_update import ObservationUpdate
from .point_read import PointRead
from .policy_document_create import PolicyDocumentCreate
from .policy_document_fields import PolicyDocumentFields
from .policy_document_read import PolicyDocumentRead
from .policy_document_update import PolicyDocumentUpdate
from .problem_details import ProblemDetails
from .profile_document import ProfileDocument
from .profile_read import ProfileRead
from .publication_create import PublicationCreate
from .publication_fields import PublicationFields
from .publication_read import PublicationRead
from .publication_update import PublicationUpdate
from .revision_action import RevisionAction
from .revision_read_authority_read import RevisionReadAuthorityRead
from .revision_read_country_state import RevisionReadCountryState
from .revision_read_indicator_read import RevisionReadIndicatorRead
from .revision_read_narrative_section_read import RevisionReadNarrativeSectionRead
from .revision_read_policy_document_read import RevisionReadPolicyDocumentRead
from .revision_read_publication_read import RevisionReadPublicationRead
from .revision_read_revision_value import RevisionReadRevisionValue
from .revision_read_source_state import RevisionReadSourceState
from .revision_value import RevisionValue
from .search_hit_read import SearchHitRead
from .source_create import SourceCreate
from .source_fields import SourceFields
from .source_kind import SourceKind
from .source_number_read import SourceNumberRead
from .source_read import SourceRead
from .source_ref import SourceRef
from .source_series_read import SourceSeriesRead
from .source_state import SourceState
from .source_sync_read import SourceSyncRead
from .source_update import SourceUpdate
from .source_value_read import SourceValueRead
from .sync_failure_read import SyncFailureRead
from .sync_outcome import SyncOutcome
from .sync_run_read import SyncRunRead
from .validation_issue import ValidationIssue
from .value_read import ValueRead
from .value_type import ValueType
from .year_agreement_read import YearAgreementRead

__all__ = (
    "AgreementRead",
    "AuthorityCreate",
    "AuthorityFields",
    "AuthorityGroupRead",
    "AuthorityRead",
    "AuthorityRole",
    "AuthorityUpdate",
    "CitationRead",
    "CitationWrite",
    "CollectionAuthorityRead",
    "CollectionCountryRead",
    "CollectionIndicatorRead",
    "CollectionIndicatorValuesRead",
    "CollectionNarrativeSectionRead",
    "CollectionObservationRead",
    "CollectionPolicyDocumentRead",
    "CollectionPublicationRead",
    "CollectionRevisionReadAuthorityRead",
    "CollectionRevisionReadCountryState",
    "CollectionRevisionReadIndicatorRead",
    "CollectionRevisionReadNarrativeSectionRead",
    "CollectionRevisionReadPolicyDocumentRead",
    "CollectionRevisionReadPublicationRead",
    "CollectionRevisionReadRevisionValue",
    "CollectionRevisionReadSourceState",
    "CollectionSearchHitRead",
    "CollectionSourceRead",
    "CollectionSyncRunRead",
    "ComparedSeriesRead",
    "ComparisonRead",
    "CountryCreate",
    "CountryFields",
    "CountryLinks",
    "CountryRead",
    "CountryRef",
    "CountryState",
    "CountryUpdate",
    "Decimals",
    "Format",
    "GeneralInformation",
    "GeneralInformationRead",
    "HealthRead",
    "HitType",
    "IndicatorCreate",
    "IndicatorFields",
    "IndicatorGroupRead",
    "IndicatorRead",
    "IndicatorSeriesRead",
    "IndicatorUpdate",
    "IndicatorValuesRead",
    "Links",
    "Measure",
    "Meta",
    "NarrativeSectionCreate",
    "NarrativeSectionFields",
    "NarrativeSectionRead",
    "NarrativeSectionUpdate",
    "ObservationCreate",
    "ObservationEntry",
    "ObservationLinks",
    "ObservationRead",
    "ObservationUpdate",
    "PointRead",
    "PolicyDocumentCreate",
    "PolicyDocumentFields",
    "PolicyDocumentRead",
    "PolicyDocumentUpdate",
    "ProblemDetails",
    "ProfileDocument",
    "ProfileRead",
    "PublicationCreate",
    "PublicationFields",
    "PublicationRead",
    "PublicationUpdate",
    "RevisionAction",
    "RevisionReadAuthorityRead",
    "RevisionReadCountryState",
    "RevisionReadIndicatorRead",
    "RevisionReadNarrativeSectionRead",
    "RevisionReadPolicyDocumentRead",
    "RevisionReadPublicationRead",
    "RevisionReadRevisionValue",
    "RevisionReadSourceState",
    "RevisionValue",
    "SearchHitRead",
    "SourceCreate",
    "SourceFields",
    "SourceKind",
    "SourceNumberRead",
    "SourceRead",
    "SourceRef",
    "SourceSeriesRead",
    "SourceState",
    "SourceSyncRead",
    "SourceUpdate",
    "SourceValueRead",
    "SyncFailureRead",
    "SyncOutcome",
    "SyncRunRead",
    "ValidationIssue",
    "ValueRead",
    "ValueType",
    "YearAgreementRead",
)
