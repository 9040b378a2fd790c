"""Each request's id and its access log line, as one plain ASGI middleware.

The id is the client's `X-Request-ID` when it is well-formed (1 to 128
visible ASCII characters), a new random one otherwise; it is echoed in the
response, set in `request_id` (a context variable) for problem bodies and log
lines, and logged with method, path, status and duration when the request
ends. Headers are read in one pass and the response's header list is
extended in place: this layer runs for every request, cache hits included.
"""

import asyncio
import atexit
import logging
import os
import re
import time
from contextvars import ContextVar
from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.http.metrics import Metrics

ACCESS_LOGGER = "app.access"
HEADER = b"x-request-id"

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
logger = logging.getLogger(ACCESS_LOGGER)

_WELL_FORMED = re.compile(rb"[\x21-\x7e]{1,128}")


def new_request_id() -> str:
    """32 random hex digits, like a UUID's, at a seventh of uuid4()'s cost."""
    return os.urandom(16).hex()


class RequestIdFilter(logging.Filter):
    """Puts the current request's id (or None) on every log record."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class AccessLog:
    """The access log: one JSON line per request on stderr, in the shape of every
    other log line (`app.log`), written in batches.

    A line goes through `logging` no more: its record, filter and formatter
    cost more than answering a cached read (the README has the figure). Lines are
    written at most `FLUSH_SECONDS` after their request, at once past
    `FLUSH_BYTES`, and all of them when the application shuts down (and at
    exit), so a clean shutdown loses none. Only the event loop's thread
    writes to it.
    """

    FLUSH_SECONDS = 0.2
    FLUSH_BYTES = 64 * 1024

    def __init__(self, fd: int = 2) -> None:
        self._fd = fd
        self._pending = bytearray()
        self._timer: asyncio.TimerHandle | None = None
        self._second = -1
        self._stamp = ""
        atexit.register(self.flush)

    def _time(self, now: float) -> str:
        # As logging's asctime: local time, then milliseconds after a comma.
        second = int(now)
        if second != self._second:
            self._second = second
            self._stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(second))
        return f"{self._stamp},{int((now - second) * 1000):03d}"

    def write(self, fields: dict[str, Any]) -> None:
        line = {
            "time": self._time(time.time()),
            "level": "INFO",
            "logger": ACCESS_LOGGER,
            "message": "request",
            "request_id": request_id.get(),
            **fields,
        }
        self._pending += orjson.dumps(line)
        self._pending += b"\n"
        if len(self._pending) >= self.FLUSH_BYTES:
            self.flush()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.FLUSH_SECONDS, self.flush)

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        data = memoryview(bytes(self._pending))
        self._pending.clear()
        while data:
            data = data[os.write(self._fd, data) :]


class RequestContextMiddleware:
    """Each request's id, and what is recorded of it once answered: its access
    log line and its metrics."""

    def __init__(self, app: ASGIApp, access_log: AccessLog, metrics: Metrics) -> None:
        self.app = app
        self.access_log = access_log
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        supplied = next((value for name, value in scope["headers"] if name == HEADER), b"")
        rid = supplied.decode("ascii") if _WELL_FORMED.fullmatch(supplied) else new_request_id()
        request_id.set(rid)
        echoed = (HEADER, rid.encode("ascii"))
        logging_on = logger.isEnabledFor(logging.INFO)
        start = time.perf_counter()
        status = 0  # no response started: the client left, or the app failed

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message["headers"], echoed]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - start
            # No response started: the application failed (its answer would
            # have been a 500), or the client left.
            self.metrics.observe(scope, status or 500, elapsed)
            if logging_on:
                client = scope.get("client")
                self.access_log.write(
                    {
                        "method": scope["method"],
                        "path": scope["path"],
                        "query": scope["query_string"].decode("latin-1"),
                        "status": status,
                        "duration_ms": round(elapsed * 1000, 3),
                        "client": client[0] if client else None,
                    }
                )
