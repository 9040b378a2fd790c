from enum import StrEnum


class AuthorityRole(StrEnum):
    AGENCY = "agency"
    LINE_MINISTRY = "line_ministry"
    RESPONSIBLE_BODY = "responsible_body"

    def __str__(self) -> str:
        return str(self.value)
