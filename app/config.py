"""Service configuration, read from environment variables (and an optional `.env`)."""

import re
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

API_PREFIX = "/api/v1"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_DATABASE_URL = "sqlite:///data/migration-profiles.sqlite3"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL. SQLite file by default; postgresql://... for PostgreSQL.",
    )
    database_echo: bool = Field(default=False, description="Log every SQL statement.")
    cache_max_age: int = Field(
        default=300, ge=0, description="Seconds clients and proxies may cache a read."
    )
    response_cache: bool = Field(
        default=True, description="Answer repeated reads from memory (see the README)."
    )
    cache_check_interval_seconds: float = Field(
        default=1.0,
        ge=0,
        le=1.0,
        description="How often a process checks for changes made by other processes.",
    )
    cache_max_entries: int = Field(default=2048, ge=1)
    cache_max_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    max_body_bytes: int = Field(
        default=1024 * 1024, ge=1024, description="Larger request bodies get 413."
    )
    # Faults and time limits.
    retry_after_seconds: int = Field(
        default=5, ge=1, description="Retry-After sent with 503 when the database is unavailable."
    )
    statement_timeout_ms: int = Field(
        default=5000, ge=1, description="PostgreSQL statement_timeout for every query."
    )
    connect_timeout_seconds: int = Field(
        default=2, ge=1, description="How long to wait for a new database connection."
    )
    pool_timeout_seconds: float = Field(
        default=2.0, gt=0, description="How long a request waits for a free pooled connection."
    )
    request_timeout_seconds: float = Field(
        default=10.0, gt=0, description="Time budget of a request; over it, 504 problem+json."
    )
    shutdown_grace_seconds: int = Field(
        default=30, ge=1, description="On SIGTERM, how long in-flight requests may take to finish."
    )
    # Abuse.
    rate_limit_writes: str = Field(
        default="120/minute", description="Writes per API key (limits notation, e.g. 120/minute)."
    )
    rate_limit_failed_auth: str = Field(
        default="10/minute", description="Failed authentications per client address."
    )
    rate_limit_storage_url: str = Field(
        default="memory://",
        description="Where the counters live: memory:// (per process) or redis://host:port.",
    )
    cursor_secret: SecretStr | None = Field(
        default=None,
        description="Signs pagination cursors. Unset: a random one is made on first start "
        "and kept in the database, shared by every process.",
    )
    web_pages: bool = Field(
        default=True,
        description="Serve the profiles as web pages (/, /countries/{country}, /search); "
        "false: the API alone.",
    )
    cors_write_origins: list[str] = Field(
        default=[],
        description="Origins of front-ends that may write from the browser (a JSON list, "
        'e.g. ["https://portal.example.org"]); empty: none. Reads are open to every origin.',
    )
    # Operations.
    log_level: str = Field(default="INFO", description="Level of the JSON log lines.")
    worldbank_api_url: str = "https://api.worldbank.org/v2"
    unhcr_api_url: str = "https://api.unhcr.org/population/v1"
    sync_timeout_seconds: float = Field(default=30.0, gt=0, description="Per upstream request.")
    sync_attempts: int = Field(default=4, ge=1, le=10, description="Tries per upstream request.")
    sync_backoff_seconds: float = Field(
        default=1.0, ge=0, description="First retry delay; doubled at each retry."
    )
    sync_page_size: int = Field(default=1000, ge=1, le=20000, description="Rows per upstream page.")
    sync_interval_hours: float = Field(
        default=24.0,
        ge=0,
        description="How often `serve` syncs every source from its upstream; 0: never "
        "(run `migration-profiles sync all` from cron instead).",
    )

    @field_validator("database_url")
    @classmethod
    def use_psycopg3(cls, url: str) -> str:
        # `postgresql://` alone would pick psycopg2, which is not a dependency.
        for prefix in ("postgresql://", "postgres://"):
            if url.startswith(prefix):
                url = "postgresql+psycopg://" + url.removeprefix(prefix)
        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError):
            raise ValueError(
                "not a database URL (sqlite:///path or postgresql://user@host:port/db)"
            ) from None
        if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
            raise ValueError(
                f"{parsed.get_backend_name()!r} is not supported: use sqlite:///path "
                "or postgresql://user@host:port/db"
            )
        return url

    @field_validator("cors_write_origins")
    @classmethod
    def are_origins(cls, origins: list[str]) -> list[str]:
        # A listed origin may send writes with a key from its users' browsers:
        # each is named exactly, never "*".
        for origin in origins:
            if not re.fullmatch(r"https?://[^/\s*]+", origin):
                raise ValueError(
                    f"{origin!r} is not an origin: give scheme://host[:port], "
                    "e.g. https://portal.example.org"
                )
        return origins

    @field_validator("log_level")
    @classmethod
    def known_level(cls, level: str) -> str:
        if level.upper() not in LOG_LEVELS:
            raise ValueError(f"not a log level: use one of {', '.join(LOG_LEVELS)}")
        return level.upper()

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def sqlite_path(self) -> Path | None:
        """The database file of an SQLite URL, or None for in-memory and other backends."""
        if not self.is_sqlite:
            return None
        path = self.database_url.split("///", 1)[-1].split("?", 1)[0]
        return None if path in ("", ":memory:") else Path(path)
