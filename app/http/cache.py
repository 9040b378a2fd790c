"""HTTP caching for reads, as plain ASGI middleware.

For every successful GET (and HEAD, answered as a GET without its body):
- a strong `ETag` computed from the response body, so it changes exactly when
  the representation does; `If-None-Match` with a matching tag gives 304;
- `Cache-Control: public, max-age=N` (or `no-store` for health and metrics);
- gzip for bodies large enough to gain from it, when the client accepts it.
  The gzip representation has its own tag (`"<hash>-gzip"`) and is produced
  deterministically, so JSON, CSV, gzip and identity never share a validator.

With a response cache (app.http.response_cache), a repeated read is answered from
memory, 304s included, before any routing.
"""

from collections.abc import Iterable

import xxhash
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.http.metrics import CACHE_KEY, ROUTE_TEMPLATE_KEY, route_template
from app.http.response_cache import CachedResponse, ResponseCache

COMPRESSIBLE = ("application/json", "application/problem+json", "text/", "application/javascript")


def entity_tag(body: bytes) -> str:
    """The strong ETag of a body (its identity representation): its 128-bit
    XXH3 hash, made to tell contents apart (not to resist forgery, which a
    validator does not need) far cheaper than a cryptographic hash."""
    return f'"{xxhash.xxh3_128_hexdigest(body)}"'


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
        cache: ResponseCache | None = None,
        no_store_prefixes: Iterable[str] = ("/health", "/metrics"),
        minimum_gzip_size: int = 1024,
    ) -> None:
        self.app = app
        self.cache = cache
        self.cache_control = f"public, max-age={max_age}".encode()
        self.no_store_prefixes = tuple(no_store_prefixes)
        self.minimum_gzip_size = minimum_gzip_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        # The outcome and, on a hit, the route are noted in the scope the
        # layers outside see (the metrics).
        outer = scope
        is_head = scope["method"] == "HEAD"
        if is_head:
            scope = {**scope, "method": "GET"}

        key = None
        stamp = None
        if self.cache is not None and not scope["path"].startswith(self.no_store_prefixes):
            key = self.cache.key(scope)
            if key is not None:
                hit = await self.cache.get(key)
                if hit is not None:
                    outer[CACHE_KEY] = "hit"
                    outer[ROUTE_TEMPLATE_KEY] = hit.handler
                    await self._send(scope, hit, is_head, send)
                    return
                outer[CACHE_KEY] = "miss"
                stamp = self.cache.stamp

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
                    response = self._prepare(scope, start, b"".join(chunks))
                    if key is not None and response.status == 200 and self.cache is not None:
                        response.handler = route_template(scope)
                        self.cache.put(key, response, stamp)
                    await self._send(scope, response, is_head, send)
            else:
                await send(message)

        await self.app(scope, receive, buffer)
        if is_head:
            outer["route"] = scope.get("route")

    def _prepare(self, scope: Scope, start: Message, body: bytes) -> CachedResponse:
        # One pass over the raw headers: this runs for every response.
        status: int = start["status"]
        headers: list[tuple[bytes, bytes]] = []
        vary = content_type = cache_control = b""
        encoded = False
        for name, value in start["headers"]:
            if name in _RECOMPUTED:
                continue
            if name == b"vary":
                vary = value
                continue
            if name == b"cache-control":
                cache_control = value
            elif name == b"content-type":
                content_type = value
            elif name == b"content-encoding":
                encoded = True
            headers.append((name, value))
        if scope["path"].startswith(self.no_store_prefixes):
            headers = [(k, v) for k, v in headers if k != b"cache-control"]
            headers.append((b"cache-control", b"no-store"))
        elif status == 200 and not cache_control:
            headers.append((b"cache-control", self.cache_control))
        if vary:
            # The route's own (Accept-Language) and this layer's, each named once.
            names = dict.fromkeys(n.strip() for n in (vary + b", " + _VARY).split(b","))
            headers.append((b"vary", b", ".join(names)))
        else:
            headers.append((b"vary", _VARY))
        compressible = (
            status == 200
            and len(body) >= self.minimum_gzip_size
            and content_type.decode("latin-1").startswith(COMPRESSIBLE)
            and not encoded
        )
        return CachedResponse(
            status=status,
            headers=headers,
            body=body,
            etag=entity_tag(body) if status == 200 else "",
            compressible=compressible,
        )

    async def _send(self, scope: Scope, response: CachedResponse, is_head: bool, send: Send) -> int:
        """Send the response (or a 304 for it); return the status sent."""
        accept_encoding = if_none_match = b""
        for name, value in scope["headers"]:
            if name == b"accept-encoding":
                accept_encoding = value
            elif name == b"if-none-match":
                if_none_match = value
        gzipped = (
            response.compressible
            and bool(accept_encoding)
            and accepts_gzip(accept_encoding.decode("latin-1"))
        )
        before = response.size
        headers, body, etag = response.variant(gzipped)
        if self.cache is not None and response.size != before:
            self.cache.grew(response, before)
        if if_none_match and response.status == 200:
            offered = if_none_match.decode("latin-1")
            if offered.strip() == "*" or etag in parse_etags(offered):
                not_modified = [(k, v) for k, v in headers if k not in _NOT_IN_304]
                await send({"type": "http.response.start", "status": 304, "headers": not_modified})
                await send({"type": "http.response.body", "body": b""})
                return 304
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if is_head else body})
        return response.status


_NOT_IN_304 = (b"content-type", b"content-length", b"content-encoding")
# Set by `_prepare` for every representation.
_RECOMPUTED = (b"content-length", b"etag")
# A response varies with the representation negotiated, and with `Origin`:
# CORS marks cross-origin reads only, so a shared cache must not hand a
# response made for a request without `Origin` to a cross-origin page.
_VARY = b"Accept, Accept-Encoding, Origin"
