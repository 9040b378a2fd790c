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
        method, handler = scope["method"], route_template(scope)
        cache = scope.get(CACHE_KEY, "none")
        self.requests.labels(method, handler, str(status), cache).inc()
        self.duration.labels(method, handler, cache).observe(seconds)

    def install(self, app: FastAPI) -> None:
        """Serve the metrics at /metrics (not in the OpenAPI document)."""

        @app.get(METRICS_PATH, include_in_schema=False)
        def get_metrics() -> Response:
            return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


def route_template(scope: Scope) -> str:
    """The template of the route that answered the request, or "none"."""
    return scope.get(ROUTE_TEMPLATE_KEY) or getattr(scope.get("route"), "path", None) or "none"
