"""The short path of app.http.cors answers exactly as Starlette's CORS middleware."""

import asyncio
from typing import Any

import pytest
from starlette.middleware.cors import CORSMiddleware as StarletteCORS
from starlette.types import Message, Receive, Scope, Send

from app.http.cors import CORSMiddleware, vary_on

OPTIONS: dict[str, Any] = {"allow_origins": ["*"], "allow_methods": ["GET"], "max_age": 600}


def _app(headers: list[tuple[bytes, bytes]]) -> Any:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": list(headers)})
        await send({"type": "http.response.body", "body": b"{}"})

    return app


def _run(middleware: Any, request_headers: list[tuple[bytes, bytes]]) -> list[Message]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/", "headers": request_headers}
    asyncio.run(middleware(scope, receive, send))
    return sent


RESPONSES = {
    "no vary": [(b"content-type", b"application/json")],
    "one vary": [(b"vary", b"Accept"), (b"content-type", b"application/json")],
    "two varies": [
        (b"vary", b"Accept"),
        (b"content-type", b"application/json"),
        (b"vary", b"Accept-Encoding"),
        (b"etag", b'"1"'),
    ],
}
REQUESTS = {
    "no origin": [(b"host", b"api.example")],
    "origin": [(b"host", b"api.example"), (b"origin", b"https://front.example")],
}


@pytest.mark.parametrize("response", RESPONSES.values(), ids=RESPONSES.keys())
@pytest.mark.parametrize("request_headers", REQUESTS.values(), ids=REQUESTS.keys())
def test_same_messages_as_starlette(
    response: list[tuple[bytes, bytes]], request_headers: list[tuple[bytes, bytes]]
) -> None:
    ours = _run(CORSMiddleware(_app(response), **OPTIONS), request_headers)
    theirs = _run(StarletteCORS(_app(response), **OPTIONS), request_headers)
    assert ours == theirs


def test_vary_gains_origin_in_the_place_of_the_first() -> None:
    assert vary_on(RESPONSES["two varies"], b"Origin") == [
        (b"vary", b"Accept, Accept-Encoding, Origin"),
        (b"content-type", b"application/json"),
        (b"etag", b'"1"'),
    ]
    assert vary_on([], b"Origin") == [(b"vary", b"Origin")]
