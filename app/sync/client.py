"""Upstream HTTP with bounded retries: 429, 5xx and timeouts are retried with
exponential backoff, honouring Retry-After; anything else fails at once."""

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx


class UpstreamError(Exception):
    """An upstream answer that cannot be used: the message says why."""


@dataclass
class RetryPolicy:
    attempts: int = 4
    backoff_seconds: float = 1.0
    max_delay_seconds: float = 30.0
    sleep: Callable[[float], None] = field(default=lambda seconds: time.sleep(seconds))


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to the backoff


def get_json(
    client: httpx.Client, url: str, params: dict[str, Any], policy: RetryPolicy
) -> tuple[Any, str]:
    """The decoded JSON of a GET (numbers with a fraction as exact Decimals) and its URL."""
    for attempt in range(1, policy.attempts + 1):
        delay = policy.backoff_seconds * 2 ** (attempt - 1)
        try:
            response = client.get(url, params=params)
        except httpx.TimeoutException as error:
            if attempt == policy.attempts:
                raise UpstreamError(f"timed out after {attempt} attempts: {error}") from None
        except httpx.TransportError as error:
            if attempt == policy.attempts:
                raise UpstreamError(f"cannot reach the upstream: {error}") from None
        else:
            if response.status_code == 429 or response.status_code >= 500:
                if attempt == policy.attempts:
                    raise UpstreamError(
                        f"HTTP {response.status_code} after {attempt} attempts from {response.url}"
                    )
                delay = _retry_after(response) or delay
            elif response.status_code != 200:
                raise UpstreamError(f"HTTP {response.status_code} from {response.url}")
            else:
                try:
                    return json.loads(response.content, parse_float=Decimal), str(response.url)
                except ValueError:
                    raise UpstreamError(f"not JSON: {response.url}") from None
        policy.sleep(min(delay, policy.max_delay_seconds))
    raise AssertionError("unreachable")  # pragma: no cover
