"""API keys: the CLI lifecycle, storage, and the check on every write route."""

import os
import re
import time
from datetime import datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect, select, text, update
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from app.auth.service import USE_INTERVAL, KeyUse
from app.cli import cli
from app.models import ApiKey
from tests.conftest import bearer

runner = CliRunner()

# Path parameters that name real Belgium resources.
PATH_VALUES = {
    "country": "BE",
    "indicator": "gdp",
    "source": "nbb",
    "section": "people-smuggling",
    "observation_id": "1",
    "authority_id": "1",
    "document_id": "1",
    "publication_id": "1",
}
# The operations that change the catalogue or whole profiles need an admin key.
ADMIN_ONLY = {
    ("POST", "/api/v1/countries"),
    ("PATCH", "/api/v1/countries/{country}"),
    ("DELETE", "/api/v1/countries/{country}"),
    ("PUT", "/api/v1/countries/{country}/profile"),
    ("POST", "/api/v1/sources"),
    ("PATCH", "/api/v1/sources/{source}"),
    ("DELETE", "/api/v1/sources/{source}"),
    ("POST", "/api/v1/indicators"),
    ("PATCH", "/api/v1/indicators/{indicator}"),
    ("DELETE", "/api/v1/indicators/{indicator}"),
}


def write_operations(client: TestClient) -> list[tuple[str, str]]:
    paths = client.get("/openapi.json").json()["paths"]
    return sorted(
        (method.upper(), path)
        for path, operations in paths.items()
        for method in operations
        if method in ("post", "put", "patch", "delete")
    )


class TestKeyLifecycle:
    def test_create_list_revoke_through_the_cli(self, tmp_path: Path) -> None:
        database = tmp_path / "keys.sqlite3"
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
        created = runner.invoke(
            cli, ["api-key", "create", "--name", "curator", "--scope", "admin"], env=env
        )
        assert created.exit_code == 0, created.output
        key = created.stdout.strip()
        assert re.fullmatch(r"mpk_[A-Za-z0-9_-]{43}", key)  # 256 random bits

        listed = runner.invoke(cli, ["api-key", "list"], env=env)
        assert listed.exit_code == 0
        assert key not in listed.output
        [row] = listed.stdout.splitlines()[1:]
        name, scope, _created_at, last_used, revoked = row.split("\t")
        assert (name, scope, last_used, revoked) == ("curator", "admin", "-", "-")

        revoked_run = runner.invoke(cli, ["api-key", "revoke", "curator"], env=env)
        assert revoked_run.exit_code == 0
        row = runner.invoke(cli, ["api-key", "list"], env=env).stdout.splitlines()[1]
        assert row.split("\t")[4] != "-"

        again = runner.invoke(cli, ["api-key", "create", "--name", "curator"], env=env)
        assert again.exit_code == 1
        assert again.output.strip().endswith("already exists.")

        # The raw key is nowhere in the database, in any table or in the file.
        engine = create_engine(f"sqlite:///{database}")
        with engine.connect() as connection:
            for table in inspect(engine).get_table_names():
                rows = connection.execute(text(f'SELECT * FROM "{table}"'))  # noqa: S608
                for db_row in rows:
                    assert key not in " ".join(map(str, db_row))
        engine.dispose()
        assert key.encode() not in database.read_bytes()

    def test_raw_keys_are_not_stored(self, session: Session, api_keys: dict[str, str]) -> None:
        stored = session.execute(select(ApiKey.name, ApiKey.key_hash)).all()
        assert len(stored) == 4
        for key in api_keys.values():
            assert all(key not in f"{name} {digest}" for name, digest in stored)

    def test_last_used_is_recorded(
        self, client: TestClient, session: Session, api_keys: dict[str, str]
    ) -> None:
        etag = client.get("/api/v1/observations/1").headers["etag"]
        response = client.patch(
            "/api/v1/observations/1",
            json={},
            headers={**bearer(api_keys["write"]), "If-Match": etag},
        )
        assert response.status_code == 200
        session.expire_all()
        used = session.scalar(select(ApiKey.last_used_at).where(ApiKey.name == "test-write"))
        assert used is not None

    def test_use_is_recorded_at_most_once_a_minute(
        self, client: TestClient, session: Session, api_keys: dict[str, str]
    ) -> None:
        # Regression: every write updated its key's row, so concurrent writes with
        # one key queued on that row's lock until each transaction ended.
        def write() -> datetime | None:
            etag = client.get("/api/v1/observations/1").headers["etag"]
            response = client.patch(
                "/api/v1/observations/1",
                json={"note": f"checked {time.monotonic()}"},
                headers={**bearer(api_keys["admin"]), "If-Match": etag},
            )
            assert response.status_code == 200
            session.expire_all()
            return session.scalar(select(ApiKey.last_used_at).where(ApiKey.name == "test-admin"))

        first = write()
        assert first is not None
        assert write() == first
        # A minute later the next use is recorded again.
        session.execute(
            update(ApiKey)
            .where(ApiKey.name == "test-admin")
            .values(last_used_at=first - USE_INTERVAL - timedelta(seconds=1))
        )
        session.commit()
        client.app.state.key_use = KeyUse()  # type: ignore[attr-defined]
        later = write()
        assert later is not None
        assert later > first


class TestEveryWriteNeedsTheRightKey:
    def test_the_schema_lists_the_write_operations(self, client: TestClient) -> None:
        operations = write_operations(client)
        assert len(operations) >= 25
        assert set(ADMIN_ONLY) <= set(operations)

    def test_every_write_operation_checks_the_key(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        for method, template in write_operations(client):
            url = re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES[m.group(1)], template)
            where = f"{method} {template}"

            def call(headers: dict[str, str], url: str = url, method: str = method):  # type: ignore[no-untyped-def]
                return client.request(method, url, json={}, headers=headers)

            for headers, reason in [
                ({}, "no key"),
                (bearer("mpk_" + "x" * 43), "unknown key"),
                (bearer(api_keys["revoked"]), "revoked key"),
                ({"Authorization": "Basic dXNlcjpwYXNz"}, "wrong scheme"),
                ({"Authorization": "Bearer"}, "empty bearer"),
            ]:
                response = call(headers)
                assert response.status_code == 401, (where, reason)
                assert response.headers["www-authenticate"].startswith("Bearer"), where
                assert response.headers["content-type"] == "application/problem+json"

            read_only = call(bearer(api_keys["read"]))
            assert read_only.status_code == 403, where
            assert "insufficient_scope" in read_only.headers["www-authenticate"]

            writer = call(bearer(api_keys["write"]))
            if (method, template) in ADMIN_ONLY:
                assert writer.status_code == 403, where
                assert writer.json()["detail"].endswith("lacks the 'admin' scope.")
            else:
                assert writer.status_code not in (401, 403), where

            assert call(bearer(api_keys["admin"])).status_code not in (401, 403), where

    def test_the_key_is_checked_before_the_resource_is_looked_up(self, client: TestClient) -> None:
        # Without a valid key, an unknown country is a 401 like a known one:
        # the answer does not tell which countries exist.
        for method, template in write_operations(client):
            values = {**PATH_VALUES, "country": "XK"}
            url = re.sub(r"\{(\w+)\}", lambda m, v=values: v[m.group(1)], template)  # type: ignore[misc]
            response = client.request(method, url, json={})
            assert response.status_code == 401, (method, template)
