"""CORS: reads open to every origin; writes to the origins a deployment lists.

Two of Starlette's CORSMiddleware, one per policy, and a dispatcher that picks
one by the request's Origin and method:
- every read, from any origin, gets the open policy (`Access-Control-Allow-Origin: *`),
  so a read's CORS headers never depend on who asked, and the response cache may
  answer any origin with them;
- a write, or the preflight of one, from a listed origin gets the write policy:
  its preflight allows `Authorization`, `If-Match` and `Content-Type`, and the
  answer exposes `ETag` and `Location`. From any other origin the open policy
  refuses the preflight (400), and the browser never sends the write.
"""

from collections.abc import Iterable

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

READ_METHODS = ("GET", "HEAD", "OPTIONS")
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
EXPOSED = ["ETag", "Link", "Content-Length", "Retry-After", "X-Request-ID"]
MAX_AGE = 600


class CORS:
    def __init__(self, app: ASGIApp, *, write_origins: Iterable[str] = ()) -> None:
        self.write_origins = frozenset(write_origins)
        self.reads = CORSMiddleware(
            app,
            allow_origins=["*"],
            allow_methods=READ_METHODS,
            allow_headers=["Accept", "Accept-Encoding", "If-None-Match"],
            expose_headers=EXPOSED,
            max_age=MAX_AGE,
        )
        self.writes = CORSMiddleware(
            app,
            allow_origins=sorted(self.write_origins),
            allow_methods=[*READ_METHODS, *WRITE_METHODS],
            allow_headers=["Accept", "Authorization", "Content-Type", "If-Match", "If-None-Match"],
            expose_headers=[*EXPOSED, "Location"],
            max_age=MAX_AGE,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self._is_listed_write(scope):
            await self.writes(scope, receive, send)
        else:
            await self.reads(scope, receive, send)

    def _is_listed_write(self, scope: Scope) -> bool:
        if not self.write_origins:
            return False
        headers = Headers(scope=scope)
        if headers.get("origin") not in self.write_origins:
            return False
        method = scope["method"]
        if method == "OPTIONS":
            method = headers.get("access-control-request-method", "")
        return method in WRITE_METHODS
