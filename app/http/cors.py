"""CORS: Starlette's middleware, with a short path for requests without `Origin`.

Scripts, servers and same-origin pages send no `Origin`; for them Starlette's
CORS only adds `Origin` to `Vary` (a cache must not hand their response, which
has no `Access-Control-Allow-Origin`, to a cross-origin page). Starlette does
so by parsing every request and response header; here the raw header lists
are scanned once instead. Preflights and cross-origin requests go to
Starlette's own code.
"""

from starlette.middleware import cors
from starlette.types import Message, Receive, Scope, Send


class CORSMiddleware(cors.CORSMiddleware):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or any(name == b"origin" for name, _ in scope["headers"]):
            await super().__call__(scope, receive, send)
            return

        async def send_vary_origin(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = vary_on(message.get("headers", []), b"Origin")
            await send(message)

        await self.app(scope, receive, send_vary_origin)


def vary_on(headers: list[tuple[bytes, bytes]], field: bytes) -> list[tuple[bytes, bytes]]:
    """The headers with `field` added to `Vary`, as one header in the place of the first."""
    values = [value for name, value in headers if name == b"vary"]
    if not values:
        return [*headers, (b"vary", field)]
    vary = (b"vary", b", ".join([*values, field]))
    first = next(i for i, (name, _) in enumerate(headers) if name == b"vary")
    rest = [header for header in headers[first + 1 :] if header[0] != b"vary"]
    return [*headers[:first], vary, *rest]
