"""`/health/live` answers while the process runs; `/health/ready` also checks the database."""

import anyio
from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from app.errors import DatabaseUnavailable
from app.http.responses import UNAVAILABLE

router = APIRouter(prefix="/health", tags=["service"])

# A load balancer's probe must get an answer quickly, even from a database
# that does not answer at all.
READY_TIMEOUT_SECONDS = 1.0


class HealthRead(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: str


@router.get("/live", summary="Liveness probe", response_model=HealthRead)
def get_liveness() -> HealthRead:
    """200 while the process can answer at all; does not touch the database."""
    return HealthRead(status="ok")


def _ping(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return False
    return True


@router.get(
    "/ready",
    summary="Readiness probe",
    response_model=HealthRead,
    responses={503: UNAVAILABLE},
)
async def get_readiness(request: Request) -> HealthRead:
    """200 when the database answers a query within a second, 503 problem+json otherwise."""
    engine: Engine = request.app.state.engine
    ready = False
    with anyio.move_on_after(READY_TIMEOUT_SECONDS):
        # abandon_on_cancel: a hung connection attempt does not hold the answer.
        ready = await anyio.to_thread.run_sync(_ping, engine, abandon_on_cancel=True)
    if not ready:
        raise DatabaseUnavailable(
            "The database is unreachable.",
            retry_after=request.app.state.settings.retry_after_seconds,
        )
    return HealthRead(status="ok")
