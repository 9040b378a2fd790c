"""What a connector fetched for one series: each country's value per year, with
where each came from, and what the upstream said of its data."""

from dataclasses import dataclass, field
from decimal import Decimal

from app.sync.client import UpstreamError


@dataclass
class Fetched:
    # alpha-3 code -> year -> value
    values: dict[str, dict[int, Decimal]] = field(default_factory=dict)
    # alpha-3 code -> year -> the upstream URL that answers that one value
    urls: dict[str, dict[int, str]] = field(default_factory=dict)
    rows: int = 0

    def add(self, alpha3: str, year: int, value: Decimal | None, url: str) -> None:
        """Record a row; a missing value (null, `-`) is no value, never zero."""
        self.rows += 1
        years = self.urls.setdefault(alpha3, {})
        if year in years:
            raise UpstreamError(f"two rows for {alpha3} {year}")
        years[year] = url
        if value is not None:
            self.values.setdefault(alpha3, {})[year] = value
