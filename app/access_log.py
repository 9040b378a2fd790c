"""One log line per request: method, path, status, duration and request id."""

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.log import ACCESS_LOGGER

logger = logging.getLogger(ACCESS_LOGGER)


class AccessLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not logger.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 0

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            client = scope.get("client")
            logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "query": scope["query_string"].decode("latin-1"),
                    # 0: the request ended without a response (the client left).
                    "status": status,
                    "duration_ms": round((time.perf_counter() - start) * 1000, 3),
                    "client": client[0] if client else None,
                },
            )
