"""Debian's chromium, driven by Playwright, for tests of what a person sees.

The browser is the system's (`/usr/bin/chromium`, installed by `.ci/run`);
nothing is downloaded. Without it the browser tests are skipped, unless
`BROWSER_TESTS_REQUIRED` is set (as CI sets it), when they fail.
"""

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Request, sync_playwright

# Without the background-networking flags chromium reaches for Google's hosts
# at every start, which this machine's network refuses.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        if os.environ.get("BROWSER_TESTS_REQUIRED"):
            pytest.fail(f"No chromium at {path}; CI installs Debian's chromium package.")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium).")
    return path


@dataclass
class Browsing:
    page: Page
    origin: str
    # Every request the page made to another host: there must be none.
    elsewhere: list[str] = field(default_factory=list)

    def record(self, request: Request) -> None:
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and f"{url.scheme}://{url.netloc}" != (
            self.origin
        ):
            self.elsewhere.append(request.url)


@contextmanager
def browsing(origin: str) -> Iterator[Browsing]:
    """A page in headless chromium that records requests leaving `origin`."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=FLAGS)
        try:
            page = browser.new_page()
            browsing = Browsing(page, origin)
            page.on("request", browsing.record)
            yield browsing
        finally:
            browser.close()
