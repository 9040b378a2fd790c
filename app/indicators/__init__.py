"""Indicators: the catalogue, and a country's values per indicator."""
