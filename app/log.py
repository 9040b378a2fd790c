"""Structured logs: one JSON object per line on stderr, each with the request id.

`logging_config()` is handed to uvicorn, which applies it in every worker.
Uvicorn's own access log is off; `app.access_log` writes one line per request
instead, with method, path, status, duration and request id.
"""

import re
from typing import Any

ACCESS_LOGGER = "app.access"

# A client's X-Request-ID is kept when it is 1 to 128 visible ASCII characters
# (no spaces, no control characters); anything else is replaced by a new id.
_REQUEST_ID = re.compile(r"[\x21-\x7e]{1,128}")


def valid_request_id(value: str) -> bool:
    return _REQUEST_ID.fullmatch(value) is not None


def logging_config(*, level: str = "INFO", access_log: bool = True) -> dict[str, Any]:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            # Sets record.correlation_id from the request's context.
            "request_id": {"()": "asgi_correlation_id.CorrelationIdFilter"},
        },
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(correlation_id)s",
                "rename_fields": {
                    "asctime": "time",
                    "levelname": "level",
                    "name": "logger",
                    "correlation_id": "request_id",
                },
            },
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "json",
                "filters": ["request_id"],
            },
        },
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": [], "propagate": False, "level": "WARNING"},
            ACCESS_LOGGER: {"level": "INFO" if access_log else "WARNING"},
        },
    }
