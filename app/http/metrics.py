"""Prometheus metrics (prometheus_client): request counts and latency by route
template and status, and the response cache's hits.

A request is labelled by the template of the route that answered it
(`/api/v1/countries/{country}/profile`), which the router leaves in the ASGI
scope: counting costs two metric updates, not a second routing pass. Requests
answered from the response cache never reach this layer; they are counted in
`http_cache_hits_total` instead.
"""

import time

from fastapi import FastAPI
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.exposition import generate_latest
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

METRICS_PATH = "/metrics"


class Metrics:
    def __init__(self) -> None:
        # One registry per application, so several apps (tests) never share counts.
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "http_requests",
            "Requests answered by the application, by method, route and status.",
            ["method", "handler", "status"],
            registry=self.registry,
        )
        self.duration = Histogram(
            "http_request_duration_seconds",
            "Time to answer a request, by method and route.",
            ["method", "handler"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
            registry=self.registry,
        )
        self.cache_hits = Counter(
            "http_cache_hits",
            "Requests answered from the response cache (not in http_requests_total).",
            ["handler", "status"],
            registry=self.registry,
        )
        self._hits: dict[tuple[str, int], Counter] = {}

    def count_cache_hit(self, handler: str, status: int) -> None:
        """One request answered from the response cache (its series looked up once)."""
        hits = self._hits.get((handler, status))
        if hits is None:
            hits = self._hits[(handler, status)] = self.cache_hits.labels(handler, str(status))
        hits.inc()

    def install(self, app: FastAPI) -> None:
        """Serve the metrics at /metrics (not in the OpenAPI document)."""

        @app.get(METRICS_PATH, include_in_schema=False)
        def get_metrics() -> Response:
            return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)


def route_template(scope: Scope) -> str:
    """The template of the route that matched the request, or "none"."""
    return getattr(scope.get("route"), "path", None) or "none"


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics
        self._known: dict[tuple[str, str, int], tuple[Counter, Histogram]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] == METRICS_PATH:
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500  # unless a response starts

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            count, duration = self._series(scope["method"], route_template(scope), status)
            count.inc()
            duration.observe(time.perf_counter() - start)

    def _series(self, method: str, handler: str, status: int) -> tuple[Counter, Histogram]:
        # labels() validates and looks the series up under a lock each time;
        # the series of a method, route and status are looked up once.
        key = (method, handler, status)
        series = self._known.get(key)
        if series is None:
            series = (
                self.metrics.requests.labels(method, handler, str(status)),
                self.metrics.duration.labels(method, handler),
            )
            self._known[key] = series
        return series
