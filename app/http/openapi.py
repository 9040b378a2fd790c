"""The OpenAPI document: what FastAPI generates from the routes, completed with
what the service does around every route.

The routes document their own parameters, bodies, errors and route-specific
headers (`Location`, `Link`, `Retry-After`). What the middleware does for every
read (ETag, Cache-Control, 304) and the rules that hold across operations are
added here, in one place:
- the problem+json schema the error responses refer to;
- every read of the API answers with an ETag and Cache-Control, and 304 to a
  current `If-None-Match` (app.http.cache);
- reads are public (`security: []`), writes name the bearer scheme;
- the null members of examples, which FastAPI drops from the whole document
  (it serialises it with `exclude_none`), are put back where a schema
  requires them;
- `If-Match` is required on every update and delete: the service answers 428
  without it, while FastAPI documents a header that has a default as optional
  (the route takes it optional to answer that 428 itself).
"""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.config import API_PREFIX
from app.http.problems import ProblemDetails
from app.http.responses import ETAG, header

CACHE_CONTROL = header("How long a shared cache may keep this answer.", "public, max-age=60")
NOT_MODIFIED = {
    "description": "Not Modified: the `If-None-Match` ETag is still current; no body.",
    "headers": {"ETag": ETAG},
}
SERVERS = [{"url": "/", "description": "This service"}]


def build_openapi(app: FastAPI) -> dict[str, Any]:
    document = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
        servers=SERVERS,
        separate_input_output_schemas=app.separate_input_output_schemas,
    )
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    problem = ProblemDetails.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem.pop("$defs", {}))
    schemas["ProblemDetails"] = problem
    for schema in schemas.values():
        _restore_example_nulls(schema, schemas)
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            operation.setdefault("security", [])
            if method in ("patch", "delete"):
                for parameter in operation.get("parameters", []):
                    if parameter["in"] == "header" and parameter["name"] == "if-match":
                        parameter["required"] = True
                        parameter["schema"] = {"type": "string", "title": "If-Match"}
            if method == "get" and path.startswith(API_PREFIX):
                ok = operation["responses"].get("200")
                if ok is not None:
                    ok.setdefault("headers", {}).update(
                        {"ETag": ETAG, "Cache-Control": CACHE_CONTROL}
                    )
                    operation["responses"]["304"] = NOT_MODIFIED
    return document


def install_openapi(app: FastAPI) -> None:
    """Serve `build_openapi`'s document at /openapi.json, built once
    (FastAPI's documented way to extend its schema)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _restore_example_nulls(schema: dict[str, Any], schemas: dict[str, Any]) -> None:
    """Give every example in `schema` (and the schemas inside it) the null
    members its schema requires."""
    for example in schema.get("examples", []):
        _with_nulls(example, schema, schemas)
    for inner in schema.get("properties", {}).values():
        _restore_example_nulls(inner, schemas)


def _resolved(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """The schema a `$ref` names, else the schema itself."""
    if "$ref" in schema:
        resolved: dict[str, Any] = schemas[schema["$ref"].removeprefix("#/components/schemas/")]
        return resolved
    return schema


def _with_nulls(example: Any, schema: dict[str, Any], schemas: dict[str, Any]) -> None:
    schema = _resolved(schema, schemas)
    for branch in schema.get("anyOf", []):
        _with_nulls(example, branch, schemas)
    if isinstance(example, list) and "items" in schema:
        for item in example:
            _with_nulls(item, schema["items"], schemas)
    if not isinstance(example, dict) or schema.get("type") != "object":
        return
    properties = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in example and _nullable(properties.get(name, {}), schemas):
            example[name] = None
    for name, value in example.items():
        if name in properties:
            _with_nulls(value, properties[name], schemas)


def _nullable(schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    schema = _resolved(schema, schemas)
    return schema.get("type") == "null" or any(
        _nullable(branch, schemas) for branch in schema.get("anyOf", [])
    )
