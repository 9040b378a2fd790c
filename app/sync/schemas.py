"""Response schemas of the sync's runs and of a source's sync status."""

from datetime import datetime
from typing import Any

from pydantic import ConfigDict, Field

from app.models import SyncOutcome
from app.schemas import ReadModel

RUN_EXAMPLE: dict[str, Any] = {
    "id": 42,
    "source": "world-bank",
    "trigger": "schedule",
    "started_at": "2026-11-29T03:00:00Z",
    "finished_at": "2026-11-29T03:00:41Z",
    "outcome": "partial",
    "upstream_updated": "2025-07-01",
    "inserted": 2104,
    "updated": 12,
    "unchanged": 18650,
    "skipped": 0,
    "failures": [
        {
            "series": "remittances (BX.TRF.PWKR.CD.DT)",
            "reason": "HTTP 503 from https://api.worldbank.org/v2/country/all/indicator/"
            "BX.TRF.PWKR.CD.DT?format=json&date=2016:2026&per_page=1000&page=2 after 4 attempts",
        }
    ],
}


class SyncFailureRead(ReadModel):
    series: str = Field(description="The series that failed, or `all` when none could be asked.")
    reason: str


class SyncRunRead(ReadModel):
    """One run of a source's sync."""

    model_config = ConfigDict(json_schema_extra={"examples": [RUN_EXAMPLE]})

    id: int
    source: str = Field(description="The slug of the source synced.")
    trigger: str = Field(description="`schedule` (inside `serve`) or `command` (the CLI).")
    started_at: datetime
    finished_at: datetime | None = Field(description="Null while the run is going on.")
    outcome: SyncOutcome = Field(
        description="`running`; `succeeded` (every series current); `partial` (some series "
        "failed, the others were written); `failed` (nothing could be fetched)."
    )
    upstream_updated: str | None = Field(
        description="What the upstream said of its data: the World Bank's last-updated "
        "date, UNHCR's newest year."
    )
    inserted: int = Field(description="Values created.")
    updated: int = Field(description="Values changed (each a new revision).")
    unchanged: int = Field(description="Values fetched again, the same: nothing written.")
    skipped: int = Field(description="Series not fetched: nothing new upstream since they were.")
    failures: list[SyncFailureRead]


class SourceSyncRead(ReadModel):
    """When a synced source was last synced, and what its upstream said of its data."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"last_synced_at": "2026-11-29T03:00:41Z", "upstream_updated": "2025-07-01"}
            ]
        }
    )

    last_synced_at: datetime = Field(description="When its newest successful sync finished.")
    upstream_updated: str | None = Field(
        description="The upstream's own last-updated mark then (a date, or UNHCR's newest year)."
    )
