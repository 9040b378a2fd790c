"""Shared schema building blocks."""

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, WithJsonSchema

# Served as a JSON number with every digit (see app.json), documented as one.
ExactNumber = Annotated[Decimal, WithJsonSchema({"type": "number"})]


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)
