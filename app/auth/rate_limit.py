"""Rate limits, with the `limits` library: writes per API key, and failed
authentications per client address.

A client over its failed-authentication limit gets 429 instead of 401 for
every further bad key until the window moves on; a valid key still works
from that address, so users behind one shared proxy are not locked out by
someone else's mistakes (keys are 256 random bits: the limit is against
hammering, not guessing). Counters live in `RATE_LIMIT_STORAGE_URL`: in
memory, per process, by default; a Redis URL shares them between processes.
"""

import math
import time

from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from app.config import Settings
from app.errors import TooManyRequests


class RateLimits:
    def __init__(self, settings: Settings) -> None:
        storage = storage_from_string(settings.rate_limit_storage_url)
        self._limiter = MovingWindowRateLimiter(storage)
        self.writes = parse(settings.rate_limit_writes)
        self.failed_auth = parse(settings.rate_limit_failed_auth)

    def _retry_after(self, item: RateLimitItem, *identifiers: str) -> int:
        reset_at = self._limiter.get_window_stats(item, *identifiers).reset_time
        return max(1, math.ceil(reset_at - time.time()))

    def failed_authentication(self, client: str) -> None:
        """Count a failed authentication; raise 429 when the client is over its limit."""
        if not self._limiter.hit(self.failed_auth, "failed-auth", client):
            raise TooManyRequests(
                f"Too many failed authentications from this address (limit {self.failed_auth}).",
                retry_after=self._retry_after(self.failed_auth, "failed-auth", client),
            )

    def write(self, key_name: str) -> None:
        """Count a write by this API key; raise 429 when the key is over its limit."""
        if not self._limiter.hit(self.writes, "write", key_name):
            raise TooManyRequests(
                f"Too many writes with this API key (limit {self.writes}).",
                retry_after=self._retry_after(self.writes, "write", key_name),
            )
