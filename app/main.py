"""The application factory."""

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi_offline import FastAPIOffline
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from app import __doc__ as description
from app.auth.rate_limit import RateLimits
from app.auth.service import KeyUse
from app.authorities.router import router as authorities_router
from app.comparisons.router import router as comparisons_router
from app.config import Settings
from app.countries.router import router as countries_router
from app.cursors import CursorCodec, load_cursor_secret
from app.data_version import VersionReader
from app.db import Database, create_db_engine
from app.documents.router import router as documents_router
from app.health.router import router as health_router
from app.http.body_limit import BodySizeLimitMiddleware
from app.http.cache import HTTPCacheMiddleware
from app.http.cors import CORS
from app.http.docs import install_redoc
from app.http.metrics import Metrics
from app.http.openapi import install_openapi
from app.http.problems import install_error_handlers
from app.http.request_context import AccessLog, RequestContextMiddleware
from app.http.response_cache import ResponseCache
from app.http.security_headers import SecurityHeadersMiddleware
from app.http.time_budget import TimeBudgetMiddleware
from app.indicators.router import router as indicators_router
from app.json import JSONResponse
from app.narrative.router import router as narrative_router
from app.observations.router import router as observations_router
from app.pages.router import STATIC as PAGES_STATIC
from app.pages.router import router as pages_router
from app.profiles.router import router as profiles_router
from app.search.router import router as search_router
from app.sources.router import router as sources_router
from app.sync.metrics import SyncCollector
from app.sync.router import router as sync_router
from app.sync.schedule import Scheduler

TAGS = [
    {"name": "countries", "description": "Every country with figures; curated profiles marked."},
    {"name": "profiles", "description": "A country's whole page in one call."},
    {"name": "indicators", "description": "A country's figures, several sources per value."},
    {"name": "authorities", "description": "Migration authorities by role."},
    {"name": "policy documents", "description": "Key policy documents."},
    {"name": "publications", "description": "Relevant publications."},
    {"name": "narrative", "description": "The profile's text, in titled sections."},
    {"name": "observations", "description": "Every value as a flat row, and its history."},
    {"name": "catalogue", "description": "Indicator definitions and the sources."},
    {"name": "search", "description": "Full-text search across profiles."},
    {"name": "sync", "description": "The runs that keep international figures current."},
    {"name": "service", "description": "Health probes."},
]


def operation_id(route: APIRoute) -> str:
    """A short, stable operation id: the route function's name in camelCase
    (`get_country_indicator` is `getCountryIndicator`), what generated clients
    name their methods."""
    first, *rest = route.name.split("_")
    return first + "".join(word.capitalize() for word in rest)


def create_app(
    settings: Settings | None = None,
    *,
    freeze_at_startup: bool = False,
    schedule_syncs: bool = False,
) -> FastAPI:
    """The application; with `freeze_at_startup` and `schedule_syncs`, as a server
    process runs it (see `serve_app`)."""
    settings = settings or Settings()

    # Creating the engine does not connect; connections open on first use.
    engine = create_db_engine(settings)
    version_reader = VersionReader(engine)
    database = Database(engine)
    access_log = AccessLog()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if freeze_at_startup:
            freeze_startup_objects()
        scheduler = (
            Scheduler(database, settings)
            if schedule_syncs and settings.sync_interval_hours > 0
            else None
        )
        schedule = asyncio.create_task(scheduler.run()) if scheduler else None
        yield
        if scheduler is not None and schedule is not None:
            await scheduler.stop(settings.shutdown_grace_seconds)
            await schedule
        access_log.flush()
        database.close()
        version_reader.close()
        engine.dispose()

    # FastAPIOffline serves the Swagger UI and ReDoc assets from the package
    # itself, so /docs and /redoc work with no internet; /redoc is this
    # service's own page (app.http.docs).
    app = FastAPIOffline(
        redoc_url=None,
        title="Migration Profiles API",
        version="1",
        description=description or "",
        lifespan=lifespan,
        default_response_class=JSONResponse,
        openapi_tags=TAGS,
        generate_unique_id_function=operation_id,
        # No OpenTelemetry here: without this, every request asks whether a
        # tracer or meter provider was configured meanwhile.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.database = database
    configured_secret = settings.cursor_secret
    app.state.cursors = CursorCodec(
        partial(
            load_cursor_secret,
            engine,
            configured_secret.get_secret_value() if configured_secret else None,
        )
    )
    app.state.rate_limits = RateLimits(settings)
    app.state.key_use = KeyUse()
    install_error_handlers(app)
    install_openapi(app)
    install_redoc(app)

    # Every router carries the /api/v1 prefix itself, so each route's own
    # path is its full template (the label of its metrics). A request is
    # matched against the routers in this order, route by route: the most
    # requested reads come first.
    for router in (
        observations_router,
        indicators_router,
        comparisons_router,
        profiles_router,
        countries_router,
        authorities_router,
        documents_router,
        narrative_router,
        sources_router,
        search_router,
        sync_router,
        health_router,
    ):
        app.include_router(router)
    if settings.web_pages:
        app.include_router(pages_router)
        app.mount("/static", StaticFiles(directory=PAGES_STATIC), name="static")

    # Middleware, innermost first; CORS, outermost, answers preflights and
    # marks cross-origin answers (app.http.cors).
    app.add_middleware(BodySizeLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    metrics = Metrics()
    metrics.registry.register(SyncCollector(database))
    metrics.install(app)
    app.state.response_cache = (
        ResponseCache(
            read_version=version_reader,
            check_interval=settings.cache_check_interval_seconds,
            max_entries=settings.cache_max_entries,
            max_bytes=settings.cache_max_bytes,
        )
        if settings.response_cache
        else None
    )
    app.add_middleware(CORS, write_origins=settings.cors_write_origins)
    # HTTP caching wraps the whole stack, Starlette's own error layers
    # included: a repeated read is answered from memory before any of them,
    # metrics and routing run (it counts its own hits). The security headers
    # are inside it, so a cached response holds them already. Set here, the
    # stack is final: no middleware can be added after this line.
    stack: ASGIApp = HTTPCacheMiddleware(
        SecurityHeadersMiddleware(
            TimeBudgetMiddleware(
                app.build_middleware_stack(), seconds=settings.request_timeout_seconds
            ),
            docs_paths=("/docs", "/redoc"),
        ),
        max_age=settings.cache_max_age,
        cache=app.state.response_cache,
    )
    # Outermost, for every request, cache hits included: the request id
    # (echoed, logged, in problem bodies), the access log line and the metrics.
    app.middleware_stack = RequestContextMiddleware(stack, access_log, metrics)
    return app


def serve_app() -> FastAPI:
    """The application as `migration-profiles serve` runs it in each worker process."""
    return create_app(freeze_at_startup=True, schedule_syncs=True)


def freeze_startup_objects() -> None:
    """Hide what start-up made from the garbage collector, for good.

    The modules, models, schemas and routes made at start-up live as long as
    the process, yet a full collection walks every one of them: at each of
    the full collections that pages of a thousand rows set off, a pause
    during which no request is answered (in a worker), or CPU a sync takes
    from the workers beside it (in a sync command: the README's sync
    benchmark). Frozen (after one last collection), they are never walked
    again; they are still freed as usual when nothing refers to them.
    """
    gc.collect()
    gc.freeze()
