"""Prometheus metrics (prometheus_client): every request's count and latency,
by method, route template, status and whether the response cache answered.

They are recorded by `app.http.request_context`, outside the response cache
and beside the access log line, so the figures are what clients see: a
request answered from memory is counted like any other, with `cache="hit"`;
one the application answered has `cache="miss"` (or `"none"` where responses
are not cached). The route's template
(`/api/v1/countries/{country}/profile`) is what the router left in the ASGI
scope, or, for a hit, what the cache kept with the response.
"""

from fastapi import FastAPI
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.exposition import generate_latest
from starlette.responses import Response
from starlette.types import Scope

METRICS_PATH = "/metrics"
# The scope's note of how the response cache took the request: "hit" or "miss".
CACHE_KEY = "response_cache"
# The template of the route that answered, set in the scope on a cache hit.
ROUTE_TEMPLATE_KEY = "route_template"


class Metrics:
    def __init__(self) -> None:
        # One registry per application, so several apps (tests) never share counts.
        self.registry = CollectorRegistry()
        # The children `labels()` returns, kept as the Prometheus client
        # guidelines intend: looking them up on every request is a sizeable
        # part of a cached read (measured in the README's performance
        # section). Methods, route templates, statuses and outcomes are few.
        self._series: dict[tuple[str, str, int, str], tuple[Counter, Histogram]] = {}
        self.requests = Counter(
            "http_requests",
            "Requests answered, by method, route, status and response cache outcome.",
            ["method", "handler", "status", "cache"],
            registry=self.registry,
        )
        self.duration = Histogram(
            "http_request_duration_seconds",
            "Time to answer a request, by method, route and response cache outcome.",
            ["method", "handler", "cache"],
            buckets=(
                0.0005,
                0.001,
                0.0025,
                0.005,
                0.01,
                0.025,
                0.05,
                0.1,
                0.25,
                0.5,
                1.0,
                2.5,
                5.0,
                10.0,
            ),
            registry=self.registry,
        )

    def observe(self, scope: Scope, status: int, seconds: float) -> None:
        """Count one answered request (any but a request for the metrics)."""
        if scope["path"] == METRICS_PATH:
            return
        key = (scope["method"], route_template(scope), status, scope.get(CACHE_KEY, "none"))
        series = self._series.get(key)
        if series is None:
            method, handler, _, cache = key
            series = self._series[key] = (
                self.requests.labels(method, handler, str(status), cache),
                self.duration.labels(method, handler, cache),
            )
        count, duration = series
        count.inc()
        duration.observe(seconds)

    def install(self, app: FastAPI) -> None:
        """Serve the metrics at /metrics (not in the OpenAPI document)."""

        @app.get(METRICS_PATH, include_in_schema=False)
        def get_metrics() -> Response:
            return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


def route_template(scope: Scope) -> str:
    """The template of the route that answered the request, or "none"."""
    return scope.get(ROUTE_TEMPLATE_KEY) or getattr(scope.get("route"), "path", None) or "none"
