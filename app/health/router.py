"""`/health/live` answers while the process runs; `/health/ready` also checks the database."""

from typing import ClassVar

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from app.errors import AppError

router = APIRouter(prefix="/health", tags=["service"])


class HealthRead(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: str


class ServiceUnavailable(AppError):
    status = 503
    slug = "service-unavailable"
    default_headers: ClassVar[dict[str, str] | None] = {"Retry-After": "5"}


@router.get("/live", summary="Liveness probe", response_model=HealthRead)
def get_liveness() -> HealthRead:
    """200 while the process can answer at all; does not touch the database."""
    return HealthRead(status="ok")


@router.get(
    "/ready",
    summary="Readiness probe",
    response_model=HealthRead,
    responses={503: {"description": "The database is unreachable."}},
)
def get_readiness(request: Request) -> HealthRead:
    """200 when the database answers a query, 503 problem+json when it does not."""
    engine: Engine = request.app.state.engine
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        raise ServiceUnavailable("The database is unreachable.") from None
    return HealthRead(status="ok")
