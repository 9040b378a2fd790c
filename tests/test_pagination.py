"""Collection links: a page's own link is its path and query as Starlette reads them."""

import pytest
from starlette.requests import Request

from app.pagination import relative_url

TARGETS = [
    ("/api/v1/observations", b""),
    ("/api/v1/observations", b"country=BE&limit=1000"),
    ("/api/v1/observations", b"country=BE&country=FR&from=2020&cursor=abc.def"),
    ("/api/v1/search", b"q=r%C3%A9fugi%C3%A9s+asile"),
    ("/api/v1/search", "q=réfugiés".encode()),
    ("/api/v1/countries/BE/narrative/a?b#c\\d", b"x=1"),
    ("/api/v1/countries/B E/%2F", b""),
    ("//api/v1/countries", b"a=b"),
]


@pytest.mark.parametrize(("path", "query"), TARGETS)
def test_its_own_link_is_starlettes_url(path: str, query: bytes) -> None:
    request = Request(
        {
            "type": "http",
            "method": "GET",
            "scheme": "http",
            "server": ("127.0.0.1", 8000),
            "path": path,
            "query_string": query,
            "headers": [(b"host", b"api.example")],
        }
    )
    url = request.url
    assert relative_url(request) == (f"{url.path}?{url.query}" if url.query else url.path)
