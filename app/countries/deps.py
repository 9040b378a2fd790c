"""`CountryDep`: a path's `{country}` segment resolved to the Country, or 404."""

from typing import Annotated

from fastapi import Depends, Path

from app.countries.service import get_country
from app.deps import SessionDep
from app.models import Country
from app.schemas import COUNTRY_CODE_PATTERN

CountryCode = Annotated[
    str,
    Path(
        description="ISO 3166-1 alpha-2 or alpha-3 code, any case: `BE`, `BEL`, `be`.",
        pattern=COUNTRY_CODE_PATTERN,
        examples=["BE"],
    ),
]


def resolve_country(country: CountryCode, session: SessionDep) -> Country:
    return session.get_one(Country, get_country(session, country).id)


CountryDep = Annotated[Country, Depends(resolve_country)]
