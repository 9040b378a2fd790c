"""A country's profile: the whole page, and its authorities, documents, publications and text."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from app.countries.deps import CountryDep
from app.db import SessionDep
from app.errors import PROBLEM_RESPONSES
from app.json import JSONResponse
from app.models import AuthorityRole
from app.pagination import Collection, collection
from app.profiles import service
from app.profiles.schemas import (
    AuthorityRead,
    NarrativeSectionRead,
    PolicyDocumentRead,
    ProfileRead,
    PublicationRead,
)
from app.schemas import SLUG_PATTERN

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


RoleFilter = Annotated[
    AuthorityRole | None,
    Query(description="Only authorities of this role.", examples=["agency"]),
]
SectionSlug = Annotated[
    str,
    Path(
        description="Section slug.",
        pattern=SLUG_PATTERN,
        max_length=100,
        examples=["people-smuggling"],
    ),
]


@router.get(
    "/countries/{country}/authorities",
    response_model=Collection[AuthorityRead],
    summary="Migration authorities",
    responses=PROBLEM_RESPONSES,
)
def list_authorities(
    request: Request, country: CountryDep, session: SessionDep, role: RoleFilter = None
) -> JSONResponse:
    """The responsible body, line ministries and agencies, in page order; filter by `role`."""
    items = [
        AuthorityRead.model_validate(a) for a in service.list_authorities(session, country, role)
    ]
    return JSONResponse(collection(request, items, total=len(items)))


@router.get(
    "/countries/{country}/policy-documents",
    response_model=Collection[PolicyDocumentRead],
    summary="Key policy documents",
    responses=PROBLEM_RESPONSES,
)
def list_policy_documents(
    request: Request, country: CountryDep, session: SessionDep
) -> JSONResponse:
    """The country's key migration laws, codes and decrees, with year and kind."""
    items = [
        PolicyDocumentRead.model_validate(d)
        for d in service.list_policy_documents(session, country)
    ]
    return JSONResponse(collection(request, items, total=len(items)))


@router.get(
    "/countries/{country}/publications",
    response_model=Collection[PublicationRead],
    summary="Relevant publications",
    responses=PROBLEM_RESPONSES,
)
def list_publications(request: Request, country: CountryDep, session: SessionDep) -> JSONResponse:
    """Publications about the country's migration, with publisher and year where known."""
    items = [PublicationRead.model_validate(p) for p in service.list_publications(session, country)]
    return JSONResponse(collection(request, items, total=len(items)))


@router.get(
    "/countries/{country}/narrative",
    response_model=Collection[NarrativeSectionRead],
    summary="Narrative sections",
    responses=PROBLEM_RESPONSES,
)
def list_narrative(request: Request, country: CountryDep, session: SessionDep) -> JSONResponse:
    """The profile's text in titled sections, in reading order, each with its citations."""
    items = [
        NarrativeSectionRead.model_validate(s) for s in service.list_narrative(session, country)
    ]
    return JSONResponse(collection(request, items, total=len(items)))


@router.get(
    "/countries/{country}/narrative/{section}",
    response_model=NarrativeSectionRead,
    summary="One narrative section",
    responses=PROBLEM_RESPONSES,
)
def get_narrative_section(
    country: CountryDep, section: SectionSlug, session: SessionDep
) -> JSONResponse:
    """One section of the profile's text, by slug, with its citations."""
    return JSONResponse(
        NarrativeSectionRead.model_validate(
            service.get_narrative_section(session, country, section)
        )
    )
