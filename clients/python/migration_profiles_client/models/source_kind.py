from enum import StrEnum


class SourceKind(StrEnum):
    INTERNATIONAL = "international"
    NATIONAL = "national"

    def __str__(self) -> str:
        return str(self.value)
