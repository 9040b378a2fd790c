from enum import StrEnum


class SyncOutcome(StrEnum):
    FAILED = "failed"
    PARTIAL = "partial"
    RUNNING = "running"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
