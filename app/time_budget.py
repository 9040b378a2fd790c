"""A time budget per request: past it, 504 problem+json instead of a hung worker.

Work waiting on the database is bounded on its own (PostgreSQL's
statement_timeout, the pool and connect timeouts, SQLite's busy timeout): a
route running in a worker thread is cancelled when that thread returns, so
the budget should exceed those timeouts.

One timer per event loop looks at the requests in flight, every tenth of the
budget (at most every second), and cancels those past their deadline: a
request over budget is stopped within a tenth of the budget after it. A
timer per request would be exact to the millisecond, at a cost on every
request that no request needs.
"""

import asyncio
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem_response


@dataclass
class _Watch:
    """The requests in flight on one event loop, by task, and their deadlines."""

    loop: asyncio.AbstractEventLoop
    deadlines: dict[asyncio.Task[object], float] = field(default_factory=dict)
    overdue: set[asyncio.Task[object]] = field(default_factory=set)
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
        task = asyncio.current_task()
        assert task is not None
        watch = self._watch
        if watch is None or watch.loop is not task.get_loop():
            watch = self._watch = _Watch(task.get_loop())
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        watch.deadlines[task] = watch.loop.time() + self.seconds
        if watch.timer is None:
            watch.timer = watch.loop.call_later(self.interval, self._check, watch)
        try:
            await self.app(scope, receive, tracking_send)
        except asyncio.CancelledError:
            if task not in watch.overdue:
                raise
            task.uncancel()
        else:
            if task not in watch.overdue:
                return
            # Cancelled as it finished: the cancellation is not delivered.
            task.uncancel()
        finally:
            del watch.deadlines[task]
            watch.overdue.discard(task)
        if not started:
            response = problem_response(
                504,
                f"The request took longer than {self.seconds:g} seconds and was stopped.",
                slug="request-timeout",
            )
            await response(scope, receive, send)

    def _check(self, watch: _Watch) -> None:
        now = watch.loop.time()
        for task, deadline in watch.deadlines.items():
            if deadline <= now and task not in watch.overdue:
                watch.overdue.add(task)
                task.cancel()
        # Idle, the loop has no timer of ours; the next request sets one.
        watch.timer = (
            watch.loop.call_later(self.interval, self._check, watch) if watch.deadlines else None
        )
