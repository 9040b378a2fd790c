"""Observations (one value each) and their revision history."""
