"""HTTP caching for reads, as plain ASGI middleware.

For every successful GET (and HEAD, answered as a GET without its body):
- a strong `ETag` computed from the response body, so it changes exactly when
  the representation does; `If-None-Match` with a matching tag gives 304;
- `Cache-Control: public, max-age=N` (or `no-store` for health and metrics);
- gzip for bodies large enough to gain from it, when the client accepts it.
  The gzip representation has its own tag (`"<hash>-gzip"`) and is produced
  deterministically, so JSON, CSV, gzip and identity never share a validator.
"""

import gzip
import hashlib
from collections.abc import Iterable

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COMPRESSIBLE = ("application/json", "application/problem+json", "text/", "application/javascript")


def entity_tag(body: bytes) -> str:
    """The strong ETag of a body (its identity representation)."""
    return f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'


def parse_etags(header: str) -> set[str]:
    """The entity tags of an If-None-Match header, weak prefixes dropped (weak comparison)."""
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def accepts_gzip(header: str) -> bool:
    for part in header.split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "*"):
            q = params.strip().removeprefix("q=").strip() if params else "1"
            try:
                return float(q) > 0
            except ValueError:
                return False
    return False


class HTTPCacheMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_age: int,
        no_store_prefixes: Iterable[str] = ("/health", "/metrics"),
        minimum_gzip_size: int = 1024,
    ) -> None:
        self.app = app
        self.cache_control = f"public, max-age={max_age}"
        self.no_store_prefixes = tuple(no_store_prefixes)
        self.minimum_gzip_size = minimum_gzip_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        is_head = scope["method"] == "HEAD"
        if is_head:
            scope = {**scope, "method": "GET"}

        start: Message | None = None
        chunks: list[bytes] = []

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    assert start is not None
                    await self._respond(scope, start, b"".join(chunks), is_head, send)
            else:
                await send(message)

        await self.app(scope, receive, buffer)

    async def _respond(
        self, scope: Scope, start: Message, body: bytes, is_head: bool, send: Send
    ) -> None:
        request = Headers(scope=scope)
        headers = MutableHeaders(raw=list(start["headers"]))
        status = start["status"]
        path: str = scope["path"]

        if path.startswith(self.no_store_prefixes):
            headers["Cache-Control"] = "no-store"
        elif status == 200 and "cache-control" not in headers:
            headers["Cache-Control"] = self.cache_control
        headers.add_vary_header("Accept")
        headers.add_vary_header("Accept-Encoding")

        if status == 200:
            etag = entity_tag(body)
            compress = (
                len(body) >= self.minimum_gzip_size
                and "content-encoding" not in headers
                and headers.get("content-type", "").startswith(COMPRESSIBLE)
                and accepts_gzip(request.get("accept-encoding", ""))
            )
            if compress:
                etag = etag[:-1] + '-gzip"'
            headers["ETag"] = etag
            if_none_match = request.get("if-none-match")
            if if_none_match and (
                if_none_match.strip() == "*" or etag in parse_etags(if_none_match)
            ):
                for name in ("content-length", "content-type"):
                    del headers[name]
                await send({"type": "http.response.start", "status": 304, "headers": headers.raw})
                await send({"type": "http.response.body", "body": b""})
                return
            if compress:
                # mtime=0: the same body always compresses to the same bytes.
                body = gzip.compress(body, compresslevel=6, mtime=0)
                headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(body))
        await send({"type": "http.response.start", "status": status, "headers": headers.raw})
        await send({"type": "http.response.body", "body": b"" if is_head else body})
