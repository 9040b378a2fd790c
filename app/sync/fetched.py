"""What a connector fetched for one series: a value per year, with where it came from."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.sync.client import UpstreamError


@dataclass
class Fetched:
    values: dict[int, Decimal] = field(default_factory=dict)
    urls: dict[int, str] = field(default_factory=dict)
    updated_on: date | None = None
    rows: int = 0

    def add(self, year: int, value: Decimal | None, url: str) -> None:
        """Record a row; a missing value (null, `-`) is no value, never zero."""
        self.rows += 1
        if year in self.urls:
            raise UpstreamError(f"two rows for {year}")
        self.urls[year] = url
        if value is not None:
            self.values[year] = value
