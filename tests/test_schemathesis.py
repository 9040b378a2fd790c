"""Property-based tests of every operation, reads and writes, from the app's own
OpenAPI schema: no 5xx, and only the status codes, media types, headers and
bodies the schema documents."""

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance
from schemathesis.config import SchemathesisConfig

from tests.conftest import bearer

# A request body over MAX_BODY_BYTES is refused with 413 before it is read,
# valid or not: a generated invalid body that large is rejected by its size.
CONFIG = SchemathesisConfig.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": [
                    400,
                    401,
                    403,
                    404,
                    405,
                    406,
                    409,
                    413,
                    415,
                    422,
                    428,
                    429,
                    "5xx",
                ]
            }
        }
    }
)


@pytest.fixture
def api_schema(app: FastAPI) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)


schema = schemathesis.pytest.from_fixture("api_schema")

# Every default check runs (no 5xx, documented status codes, content types,
# headers, and bodies that match the schema) except "schema-valid data is
# accepted": the schema cannot say everything the service checks, and those
# requests rightly get a 422 or another documented 4xx:
# - `from` must not exceed `to`;
# - a cursor must come from a `links.next` of the same query, signed with the
#   deployment's secret (a generated one is never valid);
# - a number must have at most 38 significant digits (JSON Schema bounds its
#   magnitude, not its digits), and a citation must occur in its section's body;
# - a new resource must not repeat an existing key (409), a text value only
#   suits a text indicator, a deleted or unknown id is a 404 or 410.
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)


@schema.include(method=["GET", "HEAD"]).parametrize()
@SETTINGS
def test_read_operations(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=[positive_data_acceptance])


@schema.exclude(method=["GET", "HEAD"]).parametrize()
@SETTINGS
def test_write_operations(case: schemathesis.Case, api_keys: dict[str, str]) -> None:
    # An admin key may make every write. `If-Match: *` matches any current
    # state, so updates and deletes reach the service instead of stopping at
    # the precondition (428, or 412 for a generated ETag); the stale and
    # missing preconditions are tested in tests/test_writes.py. No stateful
    # links: the resources these writes make are in the Belgium seed already,
    # at the ids the schema's examples name, which schemathesis tries first.
    headers = {**bearer(api_keys["admin"])}
    if case.method in ("PATCH", "DELETE", "PUT"):
        headers["If-Match"] = "*"
    case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])
