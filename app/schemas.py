"""Shared schema building blocks."""

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, WithJsonSchema

# Slugs in paths and filters: anything else cannot name a resource, and is a
# 422 before it reaches the database.
# A country named in a path or filter: its alpha-2 or alpha-3 code, any case
# (up to four letters, for user-assigned codes such as XAAA).
COUNTRY_CODE_PATTERN = r"^[A-Za-z]{2,4}$"

SLUG_PATTERN = r"^[A-Za-z0-9-]+$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=100)]

# The slug a new source, indicator or section gets: lower case words joined by hyphens.
NEW_SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
NewSlug = Annotated[str, StringConstraints(pattern=NEW_SLUG_PATTERN, max_length=64)]

# Served as a JSON number with every digit (see app.json), documented as one.
ExactNumber = Annotated[Decimal, WithJsonSchema({"type": "number"})]


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)
