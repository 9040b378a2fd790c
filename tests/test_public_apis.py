"""The service uses only the public APIs of the libraries it builds on.

A private module or name (a leading underscore) of FastAPI, Starlette,
SQLAlchemy, pydantic or uvicorn, or one of their internal attributes, breaks on
a minor upgrade with nothing to warn of it. This test reads every module of
`app/` and fails on any: a private import, a private attribute of anything but
the object's own (`self`, `cls`), or a known internal attribute.
"""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
LIBRARIES = ("fastapi", "starlette", "sqlalchemy", "pydantic", "pydantic_core", "uvicorn")
# Attributes that are internals of those libraries (a route's dependency graph,
# a compiled statement's bind bookkeeping).
INTERNAL_ATTRIBUTES = frozenset({"dependant", "positiontup", "binds"})
OWN = frozenset({"self", "cls"})


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source: str) -> list[str]:
    """Each private import or internal attribute in the module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[0] not in LIBRARIES:
                continue
            if any(_private(part) for part in parts):
                found.append(f"line {node.lineno}: from {node.module} import ...")
            found += [
                f"line {node.lineno}: {alias.name} from {node.module}"
                for alias in node.names
                if _private(alias.name)
            ]
        elif isinstance(node, ast.Import):
            found += [
                f"line {node.lineno}: import {alias.name}"
                for alias in node.names
                if alias.name.split(".")[0] in LIBRARIES
                and any(_private(p) for p in alias.name.split("."))
            ]
        elif isinstance(node, ast.Attribute) and (
            node.attr in INTERNAL_ATTRIBUTES
            or (
                _private(node.attr)
                and not (isinstance(node.value, ast.Name) and node.value.id in OWN)
            )
        ):
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


@pytest.mark.parametrize(
    "path",
    sorted(APP.rglob("*.py")),
    ids=lambda p: str(p.relative_to(APP)),
)
def test_no_private_api(path: Path) -> None:
    assert private_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("source", "found"),
    [
        (
            "from starlette._utils import get_route_path",
            ["line 1: from starlette._utils import ..."],
        ),
        ("from sqlalchemy.orm import _entity", ["line 1: _entity from sqlalchemy.orm"]),
        ("import pydantic._internal", ["line 1: import pydantic._internal"]),
        ("x = route.dependant", ["line 1: .dependant"]),
        ("names = compiled.positiontup", ["line 1: .positiontup"]),
        ("fields = row._mapping", ["line 1: ._mapping"]),
        ("self._kept = None", []),
        ("from fastapi import FastAPI, __version__", []),
        ("from app._private import thing", []),
    ],
)
def test_the_check_finds_each_kind(source: str, found: list[str]) -> None:
    assert private_uses(source) == found
