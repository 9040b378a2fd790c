"""The history of every curated resource but values: countries, sources,
indicators, authorities, policy documents, publications and narrative sections.

`record` keeps it (session hooks), `service` reads it: a resource's revisions,
and the resources of a country as they stood at a moment.
"""
