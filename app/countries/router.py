"""Countries that have a profile."""

from fastapi import APIRouter, Request

from app.countries import service
from app.countries.deps import CountryDep
from app.countries.schemas import CountryRead, country_read
from app.db import SessionDep
from app.errors import PROBLEM_RESPONSES
from app.json import JSONResponse
from app.pagination import Collection, collection

router = APIRouter(tags=["countries"])


@router.get(
    "/countries",
    response_model=Collection[CountryRead],
    summary="Countries with a profile",
    responses=PROBLEM_RESPONSES,
)
def list_countries(request: Request, session: SessionDep) -> JSONResponse:
    """Every country that has a profile, by name, with links to its resources."""
    countries = [country_read(c.code, c.alpha3, c.name) for c in service.list_countries(session)]
    return JSONResponse(collection(request, countries, total=len(countries)))


@router.get(
    "/countries/{country}",
    response_model=CountryRead,
    summary="One country",
    responses=PROBLEM_RESPONSES,
)
def get_country(country: CountryDep) -> JSONResponse:
    """One country by alpha-2 or alpha-3 code (any case), with links to its resources."""
    return JSONResponse(country_read(country.code, country.alpha3, country.name))
