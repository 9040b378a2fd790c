"""The response cache: truthful after writes, keyed by representation, bounded,
never for credentials or as_of, and stale for at most the check interval."""

import asyncio

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from app import data_version
from app.http.response_cache import CachedResponse, ResponseCache
from app.models import DataVersion
from tests.conftest import bearer

API = "/api/v1"


def _entry(body: bytes) -> CachedResponse:
    return CachedResponse(status=200, headers=[], body=body, etag='"x"')


def _scope(path: str = "/api/v1/x", query: bytes = b"", headers: list | None = None) -> dict:  # type: ignore[type-arg]
    return {"path": path, "query_string": query, "headers": headers or []}


class TestCacheUnit:
    def _cache(self, **kwargs: object) -> tuple[ResponseCache, dict[str, float]]:
        state = {"now": 0.0, "version": 1.0}
        cache = ResponseCache(
            read_version=lambda: int(state["version"]),
            clock=lambda: state["now"],
            **kwargs,  # type: ignore[arg-type]
        )
        return cache, state

    def _fill(self, cache: ResponseCache, key: tuple, body: bytes) -> None:  # type: ignore[type-arg]
        assert asyncio.run(cache.get(key)) is None
        cache.put(key, _entry(body), cache.stamp)

    def test_bounded_by_entries_least_recently_used_first(self) -> None:
        cache, _ = self._cache(max_entries=2)
        a, b, c = (("/a", b"", b""), ("/b", b"", b""), ("/c", b"", b""))
        self._fill(cache, a, b"A")
        self._fill(cache, b, b"B")
        assert asyncio.run(cache.get(a)) is not None  # a is now the most recent
        self._fill(cache, c, b"C")
        assert len(cache) == 2
        assert asyncio.run(cache.get(b)) is None
        assert asyncio.run(cache.get(a)).body == b"A"  # type: ignore[union-attr]

    def test_bounded_by_bytes(self) -> None:
        cache, _ = self._cache(max_bytes=2000)
        for i in range(10):
            self._fill(cache, (f"/{i}", b"", b""), bytes(600))
        assert cache.bytes <= 2000
        assert len(cache) == 2

    def test_another_process_change_is_seen_within_the_interval(self) -> None:
        cache, state = self._cache(check_interval=1.0)
        key = ("/a", b"", b"")
        self._fill(cache, key, b"old")
        state["version"] = 2  # a commit in another process
        state["now"] = 0.5
        assert asyncio.run(cache.get(key)) is not None  # within the bound: may be stale
        state["now"] = 1.0
        assert asyncio.run(cache.get(key)) is None  # re-read: the cache is dropped

    def test_this_process_change_is_seen_at_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        cache, _ = self._cache(check_interval=60.0)
        key = ("/a", b"", b"")
        self._fill(cache, key, b"old")
        monkeypatch.setattr(
            data_version._LocalGeneration, "value", data_version.local_generation() + 1
        )
        assert asyncio.run(cache.get(key)) is None

    def test_a_write_during_the_render_is_not_cached(self, monkeypatch: pytest.MonkeyPatch) -> None:
        cache, _ = self._cache()
        key = ("/a", b"", b"")
        assert asyncio.run(cache.get(key)) is None
        stamp = cache.stamp
        monkeypatch.setattr(
            data_version._LocalGeneration, "value", data_version.local_generation() + 1
        )
        cache.put(key, _entry(b"maybe stale"), stamp)
        assert len(cache) == 0

    def test_an_unreadable_version_serves_nothing_from_memory(self) -> None:
        def broken() -> int:
            raise ConnectionError("database down")

        cache = ResponseCache(read_version=broken)
        assert asyncio.run(cache.get(("/a", b"", b""))) is None
        assert cache.stamp is None

    @pytest.mark.parametrize(
        ("scope", "cached"),
        [
            (_scope(), True),
            (_scope(headers=[(b"authorization", b"Bearer x")]), False),
            (_scope(query=b"as_of=2024-01-01"), False),
            (_scope(query=b"country=BE&as_of=2024-01-01T00:00:00Z"), False),
        ],
    )
    def test_what_is_never_cached(self, scope: dict, cached: bool) -> None:  # type: ignore[type-arg]
        assert (ResponseCache.key(scope) is not None) is cached

    def test_keys_separate_representations(self) -> None:
        json_key = ResponseCache.key(_scope(headers=[(b"accept", b"application/json")]))
        csv_key = ResponseCache.key(_scope(headers=[(b"accept", b"text/csv")]))
        query_csv = ResponseCache.key(_scope(query=b"format=csv"))
        assert len({json_key, csv_key, query_csv}) == 3


class TestCacheInTheService:
    def test_repeated_reads_come_from_memory(self, client: TestClient, app: FastAPI) -> None:
        cache = app.state.response_cache
        first = client.get(f"{API}/countries/BE/profile")
        assert len(cache) == 1
        again = client.get(
            f"{API}/countries/BE/profile", headers={"If-None-Match": first.headers["etag"]}
        )
        assert again.status_code == 304
        assert client.get(f"{API}/countries/BE/profile").content == first.content

    def test_read_after_write_never_sees_the_old_data(
        self, client: TestClient, app: FastAPI, api_keys: dict[str, str]
    ) -> None:
        url = f"{API}/observations/1"
        before = client.get(url)
        cached = client.get(url)
        assert cached.headers["etag"] == before.headers["etag"]
        written = client.patch(
            url,
            json={"value": 11858611},
            headers={**bearer(api_keys["write"]), "If-Match": before.headers["etag"]},
        )
        assert written.status_code == 200
        after = client.get(url)
        assert after.json()["value"] == 11858611
        assert after.headers["etag"] == written.headers["etag"] != before.headers["etag"]
        profile = client.get(f"{API}/countries/BE/profile").text
        assert '"value":11858611,' in profile

    def test_json_csv_gzip_and_identity_never_mix(self, client: TestClient) -> None:
        url = f"{API}/observations"
        for _ in range(2):  # the second round is answered from the cache
            as_json = client.get(url, headers={"Accept-Encoding": "identity"})
            as_csv = client.get(url, headers={"Accept": "text/csv", "Accept-Encoding": "identity"})
            zipped = client.get(url, headers={"Accept-Encoding": "gzip"})
            assert as_json.headers["content-type"] == "application/json"
            assert as_csv.headers["content-type"].startswith("text/csv")
            assert zipped.headers["content-encoding"] == "gzip"
            assert "content-encoding" not in as_json.headers
            assert zipped.content == as_json.content  # decoded by the client
            assert (
                len({as_json.headers["etag"], as_csv.headers["etag"], zipped.headers["etag"]}) == 3
            )

    def test_cors_headers_only_on_cross_origin_reads(self, client: TestClient) -> None:
        url = f"{API}/countries/BE"
        cross = {"Origin": "https://front.example"}
        for _ in range(2):  # the second round is answered from the cache
            same = client.get(url)
            other = client.get(url, headers=cross)
            assert "access-control-allow-origin" not in same.headers
            assert other.headers["access-control-allow-origin"] == "*"
            assert "ETag" in other.headers["access-control-expose-headers"]

    def test_as_of_and_authenticated_reads_are_not_cached(
        self, client: TestClient, app: FastAPI, api_keys: dict[str, str]
    ) -> None:
        cache = app.state.response_cache
        client.get(f"{API}/observations?as_of=2000-01-01")
        client.get(f"{API}/observations", headers=bearer(api_keys["read"]))
        assert len(cache) == 0
        assert client.get(f"{API}/observations?as_of=2999-01-01").json()["meta"]["total"] == 18


class TestVersionReader:
    def test_reads_the_committed_version_and_recovers_from_a_lost_connection(
        self, engine: Engine
    ) -> None:
        reader = data_version.VersionReader(engine)
        with engine.connect() as connection:
            committed = connection.scalar(select(DataVersion.version).where(DataVersion.id == 1))
        assert reader() == committed > 0
        # The server closed the connection under the reader: one failed
        # check, then a new connection.
        assert reader._connection is not None
        reader._connection.dbapi_connection.close()  # type: ignore[union-attr]
        with pytest.raises(engine.dialect.dbapi.Error):  # type: ignore[union-attr]
            reader()
        assert reader() == committed
        reader.close()

    def test_concurrent_checks_read_once(self) -> None:
        calls = []

        def read() -> int:
            calls.append(1)
            return 1

        cache = ResponseCache(read_version=read)

        async def many() -> None:
            await asyncio.gather(*(cache.get(("/x", b"", b"", False)) for _ in range(20)))

        asyncio.run(many())
        assert len(calls) == 1
