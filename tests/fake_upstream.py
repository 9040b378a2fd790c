"""A fake World Bank and UNHCR API serving the recorded answers in tests/data/upstream.

Used as an httpx MockTransport handler, and served over HTTP on 127.0.0.1 for
the end-to-end test. Tests script failures (a queue of answers per series)
and changed values (text replacements) on it.
"""

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn

from tests.server import free_port

DATA = Path(__file__).resolve().parent / "data" / "upstream"


class FakeUpstream:
    def __init__(self) -> None:
        # series ("SP.POP.TOTL", "population") -> answers to give first, in order
        self.scripted: dict[str, list[tuple[int, bytes, dict[str, str]]]] = {}
        # series -> (old text, new text) applied to its recorded answers
        self.replacements: dict[str, tuple[str, str]] = {}
        self.requests: list[httpx.URL] = []

    def script(self, series: str, *answers: tuple[int, bytes, dict[str, str]]) -> None:
        self.scripted.setdefault(series, []).extend(answers)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        path = request.url.path
        page = request.url.params.get("page", "1")
        if "/indicator/" in path:
            series = path.rsplit("/", 1)[1]
            file = DATA / "worldbank" / f"{series}.page{page}.json"
        elif path.endswith("/population/"):
            series = "population"
            file = DATA / "unhcr" / f"population.page{page}.json"
        else:
            return httpx.Response(404, json={"error": "unknown path"})
        if self.scripted.get(series):
            status, body, headers = self.scripted[series].pop(0)
            return httpx.Response(status, content=body, headers=headers)
        if not file.exists():
            return httpx.Response(200, content=(DATA / "worldbank" / "empty.json").read_bytes())
        text = file.read_text()
        if series in self.replacements:
            old, new = self.replacements[series]
            text = text.replace(old, new)
        return httpx.Response(
            200, content=text.encode(), headers={"content-type": "application/json"}
        )

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    async def asgi(self, scope: dict, receive, send) -> None:  # type: ignore[no-untyped-def, type-arg]
        """The same answers over real HTTP."""
        if scope["type"] != "http":
            return
        query = scope["query_string"].decode()
        url = httpx.URL(f"http://fake{scope['path']}" + (f"?{query}" if query else ""))
        response = self.handle(httpx.Request(scope["method"], url))
        headers = [(k.encode(), v.encode()) for k, v in response.headers.items()]
        await send(
            {"type": "http.response.start", "status": response.status_code, "headers": headers}
        )
        await send({"type": "http.response.body", "body": response.content})


@contextmanager
def serve(upstream: FakeUpstream) -> Iterator[str]:
    """Serve the fake upstream on 127.0.0.1 for the duration; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            upstream.asgi,
            host="127.0.0.1",
            port=port,
            log_level="warning",
            lifespan="off",
            interface="asgi3",
        )
    )
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
