"""The access log: every request's line reaches stderr, in batches, none lost."""

import asyncio
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.http.request_context import AccessLog, request_id

TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3}$")


@pytest.fixture
def pipe(tmp_path: Path) -> Iterator[tuple[int, int]]:
    """A file to log to, and a descriptor that reads what has been written since."""
    path = tmp_path / "stderr"
    write = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    read = os.open(path, os.O_RDONLY)
    yield read, write
    os.close(read)
    os.close(write)


def _lines(fd: int) -> list[dict[str, object]]:
    data = b""
    while chunk := os.read(fd, 1 << 20):
        data += chunk
    return [json.loads(line) for line in data.decode().splitlines()]


def _entry(n: int) -> dict[str, object]:
    return {"method": "GET", "path": f"/p/{n}", "query": "", "status": 200, "duration_ms": 0.1}


class TestAccessLog:
    def test_lines_reach_the_stream_within_the_flush_period(self, pipe: tuple[int, int]) -> None:
        read, write = pipe
        log = AccessLog(write)

        async def requests() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
            for n in range(3):
                request_id.set(f"id-{n}")
                log.write(_entry(n))
            before = _lines(read)
            await asyncio.sleep(AccessLog.FLUSH_SECONDS * 2)
            return before, _lines(read)

        before, after = asyncio.run(requests())
        assert before == []  # batched, not written one by one
        assert [line["request_id"] for line in after] == ["id-0", "id-1", "id-2"]
        first = after[0]
        assert list(first) == [
            "time",
            "level",
            "logger",
            "message",
            "request_id",
            "method",
            "path",
            "query",
            "status",
            "duration_ms",
        ]
        assert TIME.match(str(first["time"]))
        assert (first["level"], first["logger"], first["message"]) == (
            "INFO",
            "app.access",
            "request",
        )

    def test_a_full_batch_is_written_at_once_and_flush_writes_the_rest(
        self, pipe: tuple[int, int]
    ) -> None:
        read, write = pipe
        log = AccessLog(write)

        async def requests() -> list[dict[str, object]]:
            for n in range(2000):  # more than FLUSH_BYTES of lines
                log.write(_entry(n))
            return _lines(read)

        written = asyncio.run(requests())
        assert 0 < len(written) < 2000
        log.flush()  # what shutdown does
        rest = _lines(read)
        assert [line["path"] for line in written + rest] == [f"/p/{n}" for n in range(2000)]
