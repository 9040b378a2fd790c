"""Property-based tests of every operation, reads and writes, from the app's own
OpenAPI schema: no 5xx, and only the status codes, media types, headers and
bodies the schema documents."""

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance
from schemathesis.config import SchemathesisConfig


def config(admin_key: str) -> SchemathesisConfig:
    # The admin key is given as the schema's bearer scheme (`apiKey`), so that
    # schemathesis knows it and checks that each write refuses a request
    # without it or with a wrong one.
    # A deleted resource is 410 whatever else the request lacks (its If-Match).
    # A request body over MAX_BODY_BYTES is refused with 413 before it is read,
    # valid or not: a generated invalid body that large is rejected by its size.
    return SchemathesisConfig.from_dict(
        {
            "auth": {"openapi": {"apiKey": {"bearer": admin_key}}},
            "checks": {
                # A write without its required If-Match is answered 428 (RFC 6585).
                "missing_required_header": {
                    "expected-statuses": [400, 401, 403, 406, 415, 422, 428]
                },
                "negative_data_rejection": {
                    "expected-statuses": [
                        400,
                        401,
                        403,
                        404,
                        405,
                        406,
                        409,
                        410,
                        413,
                        415,
                        422,
                        428,
                        429,
                        "5xx",
                    ]
                },
            },
        }
    )


@pytest.fixture
def api_schema(app: FastAPI, api_keys: dict[str, str]) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=config(api_keys["admin"]))


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
def test_write_operations(case: schemathesis.Case) -> None:
    # The admin key (see `config`) may make every write. Where a case sends
    # If-Match, it is `*`, which matches any current state, so updates and
    # deletes reach the service instead of stopping at a generated ETag (412);
    # a case without it (the header is required) must get 428. The stale and
    # missing preconditions are tested in tests/test_writes.py. No stateful
    # links: the resources these writes make are in the Belgium seed already,
    # at the ids the schema's examples name, which schemathesis tries first.
    if case.headers and "if-match" in case.headers:
        case.headers["if-match"] = "*"
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
