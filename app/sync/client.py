"""Upstream HTTP with bounded retries (stamina): 429, 5xx, timeouts and
connection failures are retried with exponential backoff and jitter, or after
the upstream's Retry-After; any other answer fails at once."""

import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import stamina
import stamina.instrumentation

log = logging.getLogger("app.sync")


def _log_retry(details: stamina.instrumentation.RetryDetails) -> None:
    # At debug level: a run that fails says so once, in one warning line.
    log.debug("retrying in %.1f s: %r", details.wait_for, details.caused_by)


# Instead of stamina's default hooks (a warning line per retry, and a
# Prometheus counter in the client's global registry).
stamina.instrumentation.set_on_retry_hooks([_log_retry])


class UpstreamError(Exception):
    """An upstream answer that cannot be used: the message says why."""


class Unreachable(UpstreamError):
    """No answer at all: the upstream cannot be reached, or timed out."""


class _Transient(UpstreamError):
    """An answer worth asking again for (429, 5xx), after `retry_after` when it says."""

    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    backoff_seconds: float = 1.0
    max_delay_seconds: float = 30.0


def retry_delay(error: Exception) -> bool | float:
    """stamina's backoff hook: whether to try again, and after how long when the
    upstream said (Retry-After, in seconds)."""
    if isinstance(error, _Transient):
        return error.retry_after if error.retry_after is not None else True
    return isinstance(error, httpx.TimeoutException | httpx.TransportError)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to the backoff


def _get(client: httpx.Client, url: str, params: dict[str, Any]) -> httpx.Response:
    response = client.get(url, params=params)
    if response.status_code == 429 or response.status_code >= 500:
        raise _Transient(f"HTTP {response.status_code} from {response.url}", _retry_after(response))
    if response.status_code != 200:
        raise UpstreamError(f"HTTP {response.status_code} from {response.url}")
    return response


def get_json(client: httpx.Client, url: str, params: dict[str, Any], policy: RetryPolicy) -> Any:
    """The decoded JSON of a GET, numbers with a fraction as exact Decimals."""
    try:
        for attempt in stamina.retry_context(
            on=retry_delay,
            attempts=policy.attempts,
            timeout=None,
            wait_initial=policy.backoff_seconds,
            wait_max=policy.max_delay_seconds,
            wait_jitter=policy.backoff_seconds,
        ):
            with attempt:
                response = _get(client, url, params)
    except _Transient as error:
        raise UpstreamError(f"{error} after {policy.attempts} attempts") from None
    except httpx.TimeoutException as error:
        raise Unreachable(f"timed out after {policy.attempts} attempts: {error}") from None
    except httpx.TransportError as error:
        raise Unreachable(f"cannot reach {httpx.URL(url).host}: {error}") from None
    try:
        return json.loads(response.content, parse_float=Decimal)
    except ValueError:
        raise UpstreamError(f"not JSON: {response.url}") from None
