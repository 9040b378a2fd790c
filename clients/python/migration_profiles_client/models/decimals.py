from enum import StrEnum


class Decimals(StrEnum):
    NUMBER = "number"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
