"""Contains all the data models used in inputs/outputs"""

from .agreement_read import AgreementRead
from .authority_create import AuthorityCreate
from .authority_create_translations import AuthorityCreateTranslations
from .authority_fields import AuthorityFields
from .authority_fields_translations import AuthorityFieldsTranslations
from .authority_group_read import AuthorityGroupRead
from .authority_group_read_languages import AuthorityGroupReadLanguages
from .authority_read import AuthorityRead
from .authority_read_languages import AuthorityReadLanguages
from .authority_read_translations import AuthorityReadTranslations
from .authority_read_translations_additional_property import AuthorityReadTranslationsAdditionalProperty
from .authority_role import AuthorityRole
from .authority_translation import AuthorityTranslation
from .authority_update import AuthorityUpdate
from .authority_update_translations_type_0 import AuthorityUpdateTranslationsType0
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
from .compared_series_read_languages import ComparedSeriesReadLanguages
from .comparison_read import ComparisonRead
from .country_create import CountryCreate
from .country_fields import CountryFields
from .country_links import CountryLinks
from .country_read import CountryRead
from .country_read_languages import CountryReadLanguages
from .country_ref import CountryRef
from .country_ref_languages import CountryRefLanguages
from .country_state import CountryState
from .country_update import CountryUpdate
from .decimals import Decimals
from .format_ import Format
from .general_information import GeneralInformation
from .general_information_read import GeneralInformationRead
from .health_read import HealthRead
from .hit_type import HitType
from .indicator_create import IndicatorCreate
from .indicator_create_translations import IndicatorCreateTranslations
from .indicator_fields import IndicatorFields
from .indicator_fields_translations import IndicatorFieldsTranslations
from .indicator_group_read import IndicatorGroupRead
from .indicator_group_read_languages import IndicatorGroupReadLanguages
from .indicator_read import IndicatorRead
from .indicator_read_languages import IndicatorReadLanguages
from .indicator_read_translations import IndicatorReadTranslations
from .indicator_read_translations_additional_property import IndicatorReadTranslationsAdditionalProperty
from .indicator_series_read import IndicatorSeriesRead
from .indicator_translation import IndicatorTranslation
from .indicator_update import IndicatorUpdate
from .indicator_update_translations_type_0 import IndicatorUpdateTranslationsType0
from .indicator_values_read import IndicatorValuesRead
from .indicator_values_read_languages import IndicatorValuesReadLanguages
from .language import Language
from .links import Links
from .measure import Measure
from .meta import Meta
from .narrative_section_create import NarrativeSectionCreate
from .narrative_section_fields import NarrativeSectionFields
from .narrative_section_read import NarrativeSectionRead
from .narrative_section_read_languages import NarrativeSectionReadLanguages
from .narrative_section_update import NarrativeSectionUpdate
from .observation_create import ObservationCreate
from .observation_entry import ObservationEntry
from .observation_links import ObservationLinks
from .observation_read import ObservationRead
from .observation_read_languages import ObservationReadLanguages
from .observation_update import ObservationUpdate
from .point_read import PointRead
from .policy_document_create import PolicyDocumentCreate
from .policy_document_create_translations import PolicyDocumentCreateTranslations
from .policy_document_fields import PolicyDocumentFields
from .policy_document_fields_translations import PolicyDocumentFieldsTranslations
from .policy_document_read import PolicyDocumentRead
from .policy_document_read_languages import PolicyDocumentReadLanguages
from .policy_document_read_translations import PolicyDocumentReadTranslations
from .policy_document_read_translations_additional_property import PolicyDocumentReadTranslationsAdditionalProperty
from .policy_document_update import PolicyDocumentUpdate
from .policy_document_update_translations_type_0 import PolicyDocumentUpdateTranslationsType0
from .problem_details import ProblemDetails
from .profile_document import ProfileDocument
from .profile_read import ProfileRead
from .publication_create import PublicationCreate
from .publication_create_translations import PublicationCreateTranslations
from .publication_fields import PublicationFields
from .publication_fields_translations import PublicationFieldsTranslations
from .publication_read import PublicationRead
from .publication_read_languages import PublicationReadLanguages
from .publication_read_translations import PublicationReadTranslations
from .publication_read_translations_additional_property import PublicationReadTranslationsAdditionalProperty
from .publication_update import PublicationUpdate
from .publication_update_translations_type_0 import PublicationUpdateTranslationsType0
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
from .search_hit_read_languages import SearchHitReadLanguages
from .source_create import SourceCreate
from .source_create_translations import SourceCreateTranslations
from .source_fields import SourceFields
from .source_fields_translations import SourceFieldsTranslations
from .source_kind import SourceKind
from .source_label_read import SourceLabelRead
from .source_label_read_languages import SourceLabelReadLanguages
from .source_number_read import SourceNumberRead
from .source_number_read_languages import SourceNumberReadLanguages
from .source_read import SourceRead
from .source_read_languages import SourceReadLanguages
from .source_read_translations import SourceReadTranslations
from .source_read_translations_additional_property import SourceReadTranslationsAdditionalProperty
from .source_series_read import SourceSeriesRead
from .source_state import SourceState
from .source_state_languages import SourceStateLanguages
from .source_state_translations import SourceStateTranslations
from .source_state_translations_additional_property import SourceStateTranslationsAdditionalProperty
from .source_sync_read import SourceSyncRead
from .source_translation import SourceTranslation
from .source_update import SourceUpdate
from .source_update_translations_type_0 import SourceUpdateTranslationsType0
from .source_value_read import SourceValueRead
from .sync_failure_read import SyncFailureRead
from .sync_outcome import SyncOutcome
from .sync_run_read import SyncRunRead
from .title_translation import TitleTranslation
from .validation_issue import ValidationIssue
from .value_read import ValueRead
from .value_type import ValueType
from .year_agreement_read import YearAgreementRead

__all__ = (
    "AgreementRead",
    "AuthorityCreate",
    "AuthorityCreateTranslations",
    "AuthorityFields",
    "AuthorityFieldsTranslations",
    "AuthorityGroupRead",
    "AuthorityGroupReadLanguages",
    "AuthorityRead",
    "AuthorityReadLanguages",
    "AuthorityReadTranslations",
    "AuthorityReadTranslationsAdditionalProperty",
    "AuthorityRole",
    "AuthorityTranslation",
    "AuthorityUpdate",
    "AuthorityUpdateTranslationsType0",
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
    "ComparedSeriesReadLanguages",
    "ComparisonRead",
    "CountryCreate",
    "CountryFields",
    "CountryLinks",
    "CountryRead",
    "CountryReadLanguages",
    "CountryRef",
    "CountryRefLanguages",
    "CountryState",
    "CountryUpdate",
    "Decimals",
    "Format",
    "GeneralInformation",
    "GeneralInformationRead",
    "HealthRead",
    "HitType",
    "IndicatorCreate",
    "IndicatorCreateTranslations",
    "IndicatorFields",
    "IndicatorFieldsTranslations",
    "IndicatorGroupRead",
    "IndicatorGroupReadLanguages",
    "IndicatorRead",
    "IndicatorReadLanguages",
    "IndicatorReadTranslations",
    "IndicatorReadTranslationsAdditionalProperty",
    "IndicatorSeriesRead",
    "IndicatorTranslation",
    "IndicatorUpdate",
    "IndicatorUpdateTranslationsType0",
    "IndicatorValuesRead",
    "IndicatorValuesReadLanguages",
    "Language",
    "Links",
    "Measure",
    "Meta",
    "NarrativeSectionCreate",
    "NarrativeSectionFields",
    "NarrativeSectionRead",
    "NarrativeSectionReadLanguages",
    "NarrativeSectionUpdate",
    "ObservationCreate",
    "ObservationEntry",
    "ObservationLinks",
    "ObservationRead",
    "ObservationReadLanguages",
    "ObservationUpdate",
    "PointRead",
    "PolicyDocumentCreate",
    "PolicyDocumentCreateTranslations",
    "PolicyDocumentFields",
    "PolicyDocumentFieldsTranslations",
    "PolicyDocumentRead",
    "PolicyDocumentReadLanguages",
    "PolicyDocumentReadTranslations",
    "PolicyDocumentReadTranslationsAdditionalProperty",
    "PolicyDocumentUpdate",
    "PolicyDocumentUpdateTranslationsType0",
    "ProblemDetails",
    "ProfileDocument",
    "ProfileRead",
    "PublicationCreate",
    "PublicationCreateTranslations",
    "PublicationFields",
    "PublicationFieldsTranslations",
    "PublicationRead",
    "PublicationReadLanguages",
    "PublicationReadTranslations",
    "PublicationReadTranslationsAdditionalProperty",
    "PublicationUpdate",
    "PublicationUpdateTranslationsType0",
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
    "SearchHitReadLanguages",
    "SourceCreate",
    "SourceCreateTranslations",
    "SourceFields",
    "SourceFieldsTranslations",
    "SourceKind",
    "SourceLabelRead",
    "SourceLabelReadLanguages",
    "SourceNumberRead",
    "SourceNumberReadLanguages",
    "SourceRead",
    "SourceReadLanguages",
    "SourceReadTranslations",
    "SourceReadTranslationsAdditionalProperty",
    "SourceSeriesRead",
    "SourceState",
    "SourceStateLanguages",
    "SourceStateTranslations",
    "SourceStateTranslationsAdditionalProperty",
    "SourceSyncRead",
    "SourceTranslation",
    "SourceUpdate",
    "SourceUpdateTranslationsType0",
    "SourceValueRead",
    "SyncFailureRead",
    "SyncOutcome",
    "SyncRunRead",
    "TitleTranslation",
    "ValidationIssue",
    "ValueRead",
    "ValueType",
    "YearAgreementRead",
)
