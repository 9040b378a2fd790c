"""The dependencies of the routes on the database: a write's session, a read's database."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.db import Database


def get_session(request: Request) -> Iterator[Session]:
    database: Database = request.app.state.database
    with database.session() as session, session.begin():
        yield session


# scope="function": the commit happens before the response is sent, so a failed
# commit becomes an error response instead of a 200 for data that was not saved.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


async def get_database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


DatabaseDep = Annotated[Database, Depends(get_database)]
