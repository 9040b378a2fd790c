"""`migration-profiles serve` in a subprocess on a free port, for end-to-end tests."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path  # the server's stderr: its log lines
    output: Path  # its stdout: the command's own messages

    def log_lines(self) -> list[str]:
        return self.log.read_text().splitlines()

    def stop(self, timeout: float = 30) -> bool:
        """SIGTERM; True when the server then shut down gracefully.

        Uvicorn finishes the requests in flight, logs "Finished server
        process", then ends by the signal it caught (exit status -15).
        """
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=timeout)
        finished = any("Finished server process" in line for line in self.log_lines())
        return status in (0, -signal.SIGTERM) and finished


@contextmanager
def running(
    database_url: str, log: Path, *args: str, env: dict[str, str] | None = None
) -> Iterator[Server]:
    port = free_port()
    output = log.with_suffix(".stdout")
    with log.open("wb") as stderr, output.open("wb") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(port), *args],
            # No scheduled sync unless a test asks: tests never reach the internet.
            env={
                **os.environ,
                "DATABASE_URL": database_url,
                "SYNC_INTERVAL_HOURS": "0",
                **(env or {}),
            },
            stdout=stdout,
            stderr=stderr,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log, output)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{server.url}/health/live", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"serve did not come up: {log.read_text()[-2000:]}")
            time.sleep(0.1)
        yield server
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
