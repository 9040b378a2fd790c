"""An in-process cache of rendered read responses, in front of the router.

Entries are keyed by path, query string, `Accept` (so JSON and CSV never mix),
`Accept-Language` (so languages never mix) and whether the request is
cross-origin (so CORS headers never leak); each holds the identity body, its
ETag, and the gzip body once asked for (so gzip and identity never mix
either). The whole cache is valid for one data version: this process's own
commits make it stale at once
(`app.data_version.local_generation`), another process's commits within
`check_interval` seconds, when the version row is read again. Requests with
credentials or `as_of` are never cached. The cache is bounded by entries and
bytes and evicts the least recently used entry first.
"""

import gzip
import time
from collections import OrderedDict
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import anyio
from anyio import to_thread

from app.data_version import local_generation

Key = tuple[str, bytes, bytes, bytes, bool]


@dataclass
class CachedResponse:
    status: int
    headers: list[tuple[bytes, bytes]]  # without content-length and etag
    body: bytes
    etag: str
    handler: str = "none"
    compressible: bool = False
    _gzipped: bytes | None = field(default=None, repr=False)
    # (headers, body, etag) as sent, for identity (False) and gzip (True)
    _variants: dict[bool, tuple[list[tuple[bytes, bytes]], bytes, str]] = field(
        default_factory=dict, repr=False
    )

    def gzipped(self) -> bytes:
        if self._gzipped is None:
            # mtime=0: the same body always compresses to the same bytes.
            self._gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        return self._gzipped

    def variant(self, gzipped: bool) -> tuple[list[tuple[bytes, bytes]], bytes, str]:
        """The headers, body and ETag to send, made once per representation."""
        if gzipped not in self._variants:
            headers = list(self.headers)
            body, etag = self.body, self.etag
            if gzipped:
                body, etag = self.gzipped(), self.etag[:-1] + '-gzip"'
                headers.append((b"content-encoding", b"gzip"))
            if etag:
                headers.append((b"etag", etag.encode()))
            headers.append((b"content-length", str(len(body)).encode()))
            self._variants[gzipped] = (headers, body, etag)
        return self._variants[gzipped]

    @property
    def size(self) -> int:
        return len(self.body) + len(self._gzipped or b"") + 200


class ResponseCache:
    def __init__(
        self,
        *,
        read_version: Callable[[], int],
        check_interval: float = 1.0,
        max_entries: int = 2048,
        max_bytes: int = 64 * 1024 * 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._entries: OrderedDict[Key, CachedResponse] = OrderedDict()
        self._bytes = 0
        self._read_version = read_version
        self.check_interval = check_interval
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._clock = clock
        self._stamp: tuple[int, int] | None = None
        self._db_version: int | None = None
        self._checked_at = float("-inf")
        self._checking = anyio.Lock()

    @staticmethod
    def key(scope: MutableMapping[str, Any]) -> Key | None:
        """The cache key of a request, or None when it must not be cached."""
        accept = accept_language = b""
        cross_origin = False  # CORS headers are added only when there is an Origin
        for name, value in scope["headers"]:
            if name == b"authorization":
                return None
            if name == b"accept":
                accept = value
            elif name == b"accept-language":
                accept_language = value
            elif name == b"origin":
                cross_origin = True
        query: bytes = scope.get("query_string", b"")
        if b"as_of" in query:
            return None
        return (scope["path"], query, accept, accept_language, cross_origin)

    async def _current_stamp(self) -> tuple[int, int] | None:
        if self._clock() - self._checked_at >= self.check_interval:
            # One check at a time (the reader has one connection); requests
            # arriving meanwhile wait for its answer.
            async with self._checking:
                now = self._clock()
                if now - self._checked_at >= self.check_interval:
                    try:
                        self._db_version = await to_thread.run_sync(self._read_version)
                    except Exception:
                        # The database is unreachable or broken: answer nothing from
                        # memory that it could not confirm; the route reports the fault.
                        self._db_version, self._checked_at = None, float("-inf")
                        return None
                    self._checked_at = now
        if self._db_version is None:
            return None
        return (local_generation(), self._db_version)

    async def get(self, key: Key) -> CachedResponse | None:
        stamp = await self._current_stamp()
        if stamp is None:
            return None
        if stamp != self._stamp:
            self.clear()
            self._stamp = stamp
            return None
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: Key, entry: CachedResponse, stamp_at_start: tuple[int, int] | None) -> None:
        # A write committed while this response was being made: it may be stale.
        current = (local_generation(), self._db_version)
        if stamp_at_start is None or stamp_at_start != current or current != self._stamp:
            return
        if key in self._entries:
            self._bytes -= self._entries.pop(key).size
        self._entries[key] = entry
        self._bytes += entry.size
        while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
            _, evicted = self._entries.popitem(last=False)
            self._bytes -= evicted.size

    def grew(self, entry: CachedResponse, before: int) -> None:
        """Account for an entry's gzip body, made after it was stored."""
        self._bytes += entry.size - before

    @property
    def stamp(self) -> tuple[int, int] | None:
        return self._stamp

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def bytes(self) -> int:
        return self._bytes
