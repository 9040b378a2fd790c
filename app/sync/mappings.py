"""Which upstream series feed which indicator: data, one line per series.

Adding a series is adding a line here (and the indicator to the catalogue,
`seeds/belgium.yaml`); the connectors read nothing else.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Series:
    upstream: str  # the upstream's code: an indicator code, or a field of a row
    indicator: str  # our indicator slug
    unit: str | None = None  # the values' unit, when not the indicator's default
    price_basis: str | None = None


WORLD_BANK_SOURCE = "world-bank"
# World Development Indicators (https://data.worldbank.org/indicator/<code>).
WORLD_BANK = (
    Series("SP.POP.TOTL", "population"),
    Series("SP.POP.1564.TO", "working-age-population"),
    Series("SL.UEM.TOTL.ZS", "unemployment-rate"),
    Series("NY.GDP.MKTP.CD", "gdp", unit="USD", price_basis="current prices"),
    Series("SM.POP.NETM", "net-migration"),
    Series("SM.POP.TOTL", "migrant-stock"),
    Series("SM.POP.TOTL.ZS", "migrant-stock-share"),
    Series("SM.POP.REFG", "refugees"),
    Series("SM.POP.REFG.OR", "refugees-by-origin"),
    Series("BX.TRF.PWKR.CD.DT", "remittances", unit="USD", price_basis="current prices"),
    Series("BX.TRF.PWKR.DT.GD.ZS", "remittances-share-of-gdp"),
)

UNHCR_SOURCE = "unhcr"
# Fields of the population endpoint's rows, by country of asylum.
UNHCR = (
    Series("refugees", "refugees"),
    Series("asylum_seekers", "asylum-seekers"),
    Series("idps", "idps"),
)
