"""Structured logs: one JSON object per line on stderr, each with the request id.

`logging_config()` is handed to uvicorn, which applies it in every worker.
Uvicorn's own access log is off; `app.http.request_context` writes one line per
request instead, with method, path, status, duration and request id.
"""

from typing import Any

from pythonjsonlogger.core import RESERVED_ATTRS

from app.http.request_context import ACCESS_LOGGER


def logging_config(*, level: str = "INFO", access_log: bool = True) -> dict[str, Any]:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "app.http.request_context.RequestIdFilter"},
        },
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                "rename_fields": {
                    "asctime": "time",
                    "levelname": "level",
                    "name": "logger",
                },
                # uvicorn's copy of its messages with terminal colours
                "reserved_attrs": [*RESERVED_ATTRS, "color_message"],
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
