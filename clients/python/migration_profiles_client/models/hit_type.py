from enum import StrEnum


class HitType(StrEnum):
    AUTHORITY = "authority"
    INDICATOR = "indicator"
    NARRATIVE = "narrative"
    POLICY_DOCUMENT = "policy_document"
    PUBLICATION = "publication"

    def __str__(self) -> str:
        return str(self.value)
