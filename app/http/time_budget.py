"""A time budget per request: past it, 504 problem+json instead of a hung worker.

Each request runs in an AnyIO cancel scope, as Starlette's own work does. A
route waiting on a worker thread is shielded from cancellation until the
thread returns (the thread cannot be stopped, and must not be left running
with the request's session), so the budget should exceed the timeouts that
bound work on the database: PostgreSQL's statement_timeout, the pool and
connect timeouts, SQLite's busy timeout.

One timer per event loop looks at the requests in flight, every tenth of the
budget (at most every second), and cancels the scopes past their deadline: a
request over budget is stopped within a tenth of the budget after it. A
deadline on each scope would be exact to the millisecond, at the cost of a
timer set and cleared on every request, which no request needs.
"""

import asyncio
from dataclasses import dataclass, field

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.http.problems import problem_response


@dataclass
class _Watch:
    """The requests in flight on one event loop: their scopes and deadlines."""

    loop: asyncio.AbstractEventLoop
    deadlines: dict[anyio.CancelScope, float] = field(default_factory=dict)
    timer: asyncio.TimerHandle | None = None


class TimeBudgetMiddleware:
    def __init__(self, app: ASGIApp, *, seconds: float) -> None:
        self.app = app
        self.seconds = seconds
        self.interval = min(seconds / 10, 1.0)
        self._watch: _Watch | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        watch = self._watch
        if watch is None or watch.loop is not loop:
            watch = self._watch = _Watch(loop)
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        with anyio.CancelScope() as budget:
            watch.deadlines[budget] = loop.time() + self.seconds
            if watch.timer is None:
                watch.timer = loop.call_later(self.interval, self._check, watch)
            try:
                await self.app(scope, receive, tracking_send)
            finally:
                del watch.deadlines[budget]
        if budget.cancelled_caught and not started:
            response = problem_response(
                504,
                f"The request took longer than {self.seconds:g} seconds and was stopped.",
                slug="request-timeout",
            )
            await response(scope, receive, send)

    def _check(self, watch: _Watch) -> None:
        now = watch.loop.time()
        for budget, deadline in watch.deadlines.items():
            if deadline <= now:
                budget.cancel()
        # Idle, the loop has no timer of ours; the next request sets one.
        watch.timer = (
            watch.loop.call_later(self.interval, self._check, watch) if watch.deadlines else None
        )
