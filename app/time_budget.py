"""A time budget per request: past it, 504 problem+json instead of a hung worker.

Work waiting on the database is bounded on its own (PostgreSQL's
statement_timeout, the pool and connect timeouts, SQLite's busy timeout): a
route running in a worker thread is cancelled when that thread returns, so
the budget should exceed those timeouts.
"""

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem_response


class TimeBudgetMiddleware:
    def __init__(self, app: ASGIApp, *, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        with anyio.move_on_after(self.seconds) as budget:
            await self.app(scope, receive, tracking_send)
        if budget.cancelled_caught and not started:
            response = problem_response(
                504,
                f"The request took longer than {self.seconds:g} seconds and was stopped.",
                slug="request-timeout",
            )
            await response(scope, receive, send)
