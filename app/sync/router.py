"""The sync's runs: what kept the international figures current, and what failed."""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import Connection

from app.config import API_PREFIX
from app.cursors import CursorCodec
from app.deps import DatabaseDep
from app.http.responses import PROBLEM_RESPONSES
from app.json import JSONResponse
from app.pagination import DEFAULT_LIMIT, Collection, Cursor, Limit, collection, link_header
from app.schemas import SLUG_PATTERN, shaped
from app.sources.service import get_source
from app.sync import runs
from app.sync.schemas import SyncRunRead

router = APIRouter(prefix=API_PREFIX, tags=["sync"])

SourceFilter = Annotated[
    str | None,
    Query(
        alias="source",
        description="Only this source's runs (its slug).",
        pattern=SLUG_PATTERN,
        max_length=100,
        examples=["world-bank"],
    ),
]


@router.get(
    "/sync-runs",
    response_model=Collection[SyncRunRead],
    summary="Sync runs",
    responses=PROBLEM_RESPONSES,
)
async def list_sync_runs(
    request: Request,
    db: DatabaseDep,
    source: SourceFilter = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> JSONResponse:
    """The runs of the syncs, newest first: the source, when the run started and
    finished, its outcome, the values it inserted, updated and found unchanged,
    the series it skipped (nothing new upstream) and each failed series with its
    reason. Pages follow `links.next` (also in the `Link` header)."""
    rows, total, next_cursor = await db.read(
        _page, source=source, cursor=cursor, cursors=request.app.state.cursors, limit=limit
    )
    envelope = collection(
        request,
        [shaped(row, SyncRunRead) for row in rows],
        total=total,
        limit=limit,
        next_cursor=next_cursor,
    )
    return JSONResponse(envelope, headers=link_header(envelope))


def _page(
    connection: Connection,
    *,
    source: str | None,
    cursor: str | None,
    cursors: CursorCodec,
    limit: int,
) -> tuple[list[Any], int, str | None]:
    if source is not None:
        get_source(connection, source)  # an unknown source is a 404
    filters = {"sync-runs": source}
    before = cursors.decode(cursor, filters)
    rows, total = runs.list_runs(connection, source=source, before_id=before, limit=limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, total, cursors.encode(rows[-1]["id"], filters) if more else None
