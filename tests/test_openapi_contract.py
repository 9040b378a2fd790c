"""The OpenAPI document as a contract for generated clients: errors typed as
problem+json, a bearer scheme on every write, documented headers and statuses,
and every example valid against its schema."""

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

PROBLEM = "application/problem+json"
WRITE_METHODS = ("post", "put", "patch", "delete")


@pytest.fixture(scope="module")
def document(_app: FastAPI) -> dict[str, Any]:
    return _app.openapi()


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def examples(node: Any, pointer: str = "") -> Iterator[tuple[str, str, Any]]:
    """(where, pointer of the schema, example) for every example in the document:
    in schemas (`examples`), media types, parameters and headers (`example`,
    `examples`)."""
    if isinstance(node, dict):
        schema_pointer = f"{pointer}/schema"
        if "schema" in node and isinstance(node["schema"], dict):
            if "example" in node:
                yield pointer, schema_pointer, node["example"]
            for name, example in (node.get("examples") or {}).items():
                if isinstance(example, dict) and "value" in example:
                    yield f"{pointer}/examples/{name}", schema_pointer, example["value"]
        if "examples" in node and isinstance(node["examples"], list) and "schema" not in node:
            for index, example in enumerate(node["examples"]):
                yield f"{pointer}/examples/{index}", pointer, example
        for key, value in node.items():
            yield from examples(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from examples(value, f"{pointer}/{index}")


class TestExamples:
    def test_every_example_is_valid_against_its_schema(self, document: dict[str, Any]) -> None:
        registry = Registry().with_resource(
            "urn:openapi", Resource.from_contents(document, default_specification=DRAFT202012)
        )
        found = list(examples(document))
        invalid = []
        for where, schema_pointer, example in found:
            validator = Draft202012Validator(
                {"$ref": f"urn:openapi#{schema_pointer}"}, registry=registry
            )
            errors = [error.message for error in validator.iter_errors(example)]
            if errors:
                invalid.append((where, errors[0]))
        assert len(found) > 100
        assert invalid == []

    def test_the_walk_finds_an_invalid_example(self) -> None:
        # The check above can fail: a required field left out is caught.
        document = {
            "components": {
                "schemas": {
                    "Thing": {
                        "type": "object",
                        "required": ["unit"],
                        "properties": {"unit": {"type": ["string", "null"]}},
                        "examples": [{}],
                    }
                }
            }
        }
        found = list(examples(document))
        assert found == [("/components/schemas/Thing/examples/0", "/components/schemas/Thing", {})]
        registry = Registry().with_resource(
            "urn:openapi", Resource.from_contents(document, default_specification=DRAFT202012)
        )
        validator = Draft202012Validator(
            {"$ref": "urn:openapi#/components/schemas/Thing"}, registry=registry
        )
        assert not validator.is_valid({})


class TestProblems:
    def test_every_error_response_is_problem_json_with_an_example(
        self, document: dict[str, Any]
    ) -> None:
        checked = 0
        for path, method, operation in operations(document):
            for status, response in operation["responses"].items():
                if not status.startswith(("4", "5")):
                    continue
                content = response["content"]
                assert list(content) == [PROBLEM], (method, path, status)
                assert content[PROBLEM]["schema"] == {"$ref": "#/components/schemas/ProblemDetails"}
                assert content[PROBLEM]["example"]["status"] == int(status)
                checked += 1
        assert checked > 300

    def test_the_problem_schema(self, document: dict[str, Any]) -> None:
        problem = document["components"]["schemas"]["ProblemDetails"]
        assert problem["required"] == ["type", "title", "status", "detail"]
        assert problem["properties"]["errors"]["anyOf"][0]["items"] == {
            "$ref": "#/components/schemas/ValidationIssue"
        }

    @pytest.mark.parametrize(
        ("method", "path", "statuses"),
        [
            ("get", "/api/v1/observations/{observation_id}", {"410"}),
            ("patch", "/api/v1/observations/{observation_id}", {"410", "412", "428"}),
            ("delete", "/api/v1/observations/{observation_id}", {"410", "412", "428"}),
            ("patch", "/api/v1/countries/{country}", {"412", "428"}),
            ("delete", "/api/v1/sources/{source}", {"412", "428"}),
            ("put", "/api/v1/countries/{country}/profile", {"412"}),
        ],
    )
    def test_gone_and_preconditions_are_documented_where_they_occur(
        self, document: dict[str, Any], method: str, path: str, statuses: set[str]
    ) -> None:
        assert statuses <= set(document["paths"][path][method]["responses"])

    def test_creates_do_not_document_preconditions(self, document: dict[str, Any]) -> None:
        for path, method, operation in operations(document):
            if method == "post":
                assert not {"412", "428"} & set(operation["responses"]), path


class TestSecurity:
    def test_every_write_needs_the_bearer_key_and_reads_are_public(
        self, document: dict[str, Any]
    ) -> None:
        scheme = document["components"]["securitySchemes"]["apiKey"]
        assert scheme["type"] == "http"
        assert scheme["scheme"] == "bearer"
        writes = 0
        for path, method, operation in operations(document):
            if method in WRITE_METHODS:
                assert operation["security"] == [{"apiKey": []}], (method, path)
                assert "401" in operation["responses"]
                writes += 1
            else:
                assert operation["security"] == [], (method, path)
        assert writes == 25

    def test_if_match_is_required_on_updates_and_deletes(self, document: dict[str, Any]) -> None:
        for path, method, operation in operations(document):
            if_match = [p for p in operation.get("parameters", []) if p["name"] == "if-match"]
            if method in ("patch", "delete"):
                assert [p["required"] for p in if_match] == [True], (method, path)
            elif method == "put":
                assert [p["required"] for p in if_match] == [False], path
            else:
                assert if_match == []

    def test_servers_are_named(self, document: dict[str, Any]) -> None:
        assert document["servers"] == [{"url": "/", "description": "This service"}]


class TestHeaders:
    def test_reads_document_etag_and_cache_control_and_304(self, document: dict[str, Any]) -> None:
        for path, method, operation in operations(document):
            if method == "get" and path.startswith("/api/"):
                assert {"ETag", "Cache-Control"} <= set(operation["responses"]["200"]["headers"])
                assert "304" in operation["responses"]

    def test_creates_document_location_and_etag(self, document: dict[str, Any]) -> None:
        for path, method, operation in operations(document):
            if method == "post":
                assert set(operation["responses"]["201"]["headers"]) == {"Location", "ETag"}, path

    def test_paginated_reads_document_link(self, document: dict[str, Any]) -> None:
        for path in ("/api/v1/observations", "/api/v1/search"):
            assert "Link" in document["paths"][path]["get"]["responses"]["200"]["headers"]

    def test_retry_after_on_429_and_503(self, document: dict[str, Any]) -> None:
        for path, _method, operation in operations(document):
            for status in ("429", "503"):
                if status in operation["responses"]:
                    assert "Retry-After" in operation["responses"][status]["headers"], path


class TestMediaTypes:
    def test_json_comes_first_and_csv_is_its_own_media_type(self, document: dict[str, Any]) -> None:
        csv = 0
        for path, method, operation in operations(document):
            ok = operation["responses"].get("200", {}).get("content", {})
            if "text/csv" in ok:
                assert next(iter(ok)) == "application/json", path
                assert ok["text/csv"]["schema"] == {"type": "string"}
                csv += 1
            if method == "get" and path.startswith("/api/"):
                assert "application/json" in ok, path
        assert csv == 5

    def test_operation_ids_are_camel_case(self, document: dict[str, Any]) -> None:
        ids = [operation["operationId"] for _p, _m, operation in operations(document)]
        assert all(i.isalnum() and i[0].islower() for i in ids)
