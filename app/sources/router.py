"""The source list."""

from typing import Annotated

from fastapi import APIRouter, Path, Request

from app.db import SessionDep
from app.errors import PROBLEM_RESPONSES
from app.json import JSONResponse
from app.pagination import Collection, collection
from app.schemas import SLUG_PATTERN
from app.sources import service
from app.sources.schemas import SourceRead

router = APIRouter(tags=["catalogue"])

SourceSlug = Annotated[
    str,
    Path(
        description="Source slug, e.g. `world-bank`.",
        pattern=SLUG_PATTERN,
        max_length=100,
        examples=["world-bank"],
    ),
]


@router.get(
    "/sources",
    response_model=Collection[SourceRead],
    summary="Sources",
    responses=PROBLEM_RESPONSES,
)
def list_sources(request: Request, session: SessionDep) -> JSONResponse:
    """Every source that publishes figures served here, with its page label and kind."""
    sources = [SourceRead.model_validate(s) for s in service.list_sources(session)]
    return JSONResponse(collection(request, sources, total=len(sources)))


@router.get(
    "/sources/{source}",
    response_model=SourceRead,
    summary="One source",
    responses=PROBLEM_RESPONSES,
)
def get_source(source: SourceSlug, session: SessionDep) -> JSONResponse:
    """One source by its slug."""
    return JSONResponse(SourceRead.model_validate(service.get_source(session, source)))
