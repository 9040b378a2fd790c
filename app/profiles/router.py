"""A country's whole profile page: read it in one call, or replace it in one request."""

from fastapi import APIRouter

from app.countries.deps import CountryDep
from app.db import SessionDep
from app.errors import PROBLEM_RESPONSES
from app.json import JSONResponse
from app.profiles import service
from app.profiles.schemas import (
    ProfileRead,
)

router = APIRouter(tags=["profiles"])


@router.get(
    "/countries/{country}/profile",
    response_model=ProfileRead,
    summary="A country's whole profile",
    responses=PROBLEM_RESPONSES,
)
def get_profile(country: CountryDep, session: SessionDep) -> JSONResponse:
    """The whole profile page in one call: general information (indicator groups,
    each indicator with every source's values), authorities by role, key policy
    documents, relevant publications and the narrative sections."""
    return JSONResponse(service.get_profile(session, country))
