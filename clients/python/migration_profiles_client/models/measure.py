from enum import StrEnum


class Measure(StrEnum):
    FLOW = "flow"
    STOCK = "stock"

    def __str__(self) -> str:
        return str(self.value)
