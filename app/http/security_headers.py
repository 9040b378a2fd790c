"""Security headers on every response.

API responses get a Content-Security-Policy that allows nothing (they are
data, never a page); the web pages (any HTML answer) one that allows this
service's stylesheet and images and nothing else, no script at all; the
documentation pages one that allows exactly what Swagger UI and ReDoc need:
scripts and styles from this service, their inline script by its hash, their
injected inline styles, data: images and ReDoc's blob: search worker.
"""

import base64
import hashlib
import re
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'"
PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
DOCS_POLICY = (
    "default-src 'none'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
    "worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
# No X-Frame-Options: `frame-ancestors 'none'` says the same to every browser
# that still frames pages, at one header less on every response.
COMMON = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def docs_policy(html: bytes) -> str:
    """The docs policy for this page: its inline scripts allowed by their SHA-256."""
    hashes = "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
        for script in _INLINE_SCRIPT.findall(html)
    )
    return DOCS_POLICY.format(hashes=hashes)


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, *, docs_paths: Iterable[str]) -> None:
        self.app = app
        self.docs_paths = frozenset(docs_paths)
        self.api_headers = [*COMMON, (b"content-security-policy", API_POLICY.encode())]
        self.page_headers = [*COMMON, (b"content-security-policy", PAGE_POLICY.encode())]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] in self.docs_paths:
            await self._docs_page(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                is_page = any(
                    name == b"content-type" and value.startswith(b"text/html")
                    for name, value in message["headers"]
                )
                extra = self.page_headers if is_page else self.api_headers
                message["headers"] = [*message["headers"], *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _docs_page(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The policy depends on the page's inline script: hold the page until
        # its body is complete (a few kilobytes).
        start: Message | None = None
        body: list[bytes] = []

        async def buffered(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] == "http.response.body":
                body.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                assert start is not None
                page = b"".join(body)
                policy = docs_policy(page).encode()
                headers = [*start["headers"], *COMMON, (b"content-security-policy", policy)]
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": page})
                return
            await send(message)

        await self.app(scope, receive, buffered)
