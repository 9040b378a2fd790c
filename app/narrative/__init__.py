"""A country's narrative: the profile's text in titled sections, with citations."""
