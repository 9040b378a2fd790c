"""The sync's Prometheus metrics, read from its runs at each scrape.

Read from the database, they are the same whichever process is scraped and
whichever process synced: the time of each source's newest successful sync
(`sync_last_success_timestamp_seconds`, for the usual staleness alert) and
the values the syncs have written (`sync_values_written_total`).
"""

from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from app.db import Database
from app.sync import runs


class SyncCollector(Collector):
    def __init__(self, database: Database) -> None:
        self.database = database

    def collect(self) -> Iterator[Metric]:
        successes = self.database.read_here(runs.last_successes)
        written = self.database.read_here(runs.values_written)
        last = GaugeMetricFamily(
            "sync_last_success_timestamp_seconds",
            "When each source's newest successful (or partly successful) sync finished.",
            labels=["source"],
        )
        for source, row in sorted(successes.items()):
            last.add_metric([source], row["last_synced_at"].timestamp())
        yield last
        values = CounterMetricFamily(
            "sync_values_written",
            "Values the syncs have inserted and updated, by source.",
            labels=["source", "outcome"],
        )
        for source, (inserted, updated) in sorted(written.items()):
            values.add_metric([source, "inserted"], inserted)
            values.add_metric([source, "updated"], updated)
        yield values
