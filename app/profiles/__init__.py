"""Country profiles: the profile document format, its loader, and the whole-page read."""
