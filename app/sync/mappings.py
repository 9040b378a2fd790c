"""Which upstream series feed which indicator: data, one line per series.

Adding a series is adding a line here; the connectors read nothing else.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Series:
    upstream: str  # the upstream's code: an indicator code, or a field of a row
    indicator: str  # our indicator slug
    unit: str | None = None  # the values' unit, when not the indicator's default
    price_basis: str | None = None


WORLD_BANK_SOURCE = "world-bank"
WORLD_BANK = (
    Series("SP.POP.TOTL", "population"),
    Series("SP.POP.1564.TO", "working-age-population"),
    Series("SL.UEM.TOTL.ZS", "unemployment-rate"),
    Series("NY.GDP.MKTP.CD", "gdp", unit="USD", price_basis="current prices"),
)

UNHCR_SOURCE = "unhcr"
UNHCR = (
    Series("refugees", "refugees"),
    Series("asylum_seekers", "asylum-seekers"),
    Series("idps", "idps"),
)
