"""Migration Profiles API: country migration profiles as JSON and CSV."""
