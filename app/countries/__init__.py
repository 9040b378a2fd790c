"""Countries: lookup by ISO code and the `CountryDep` dependency."""
