"""revisions of every curated resource

Revision ID: 6b9f2a3c4d51
Revises: 5a8e1c2d9f30
Create Date: 2026-11-29 19:20:00

The rows that exist already get a first revision, a creation, dated when their
country was created (the catalogue: when the first country was), so that
`as_of` reads find them from then on.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.types import UTCDateTime

revision: str = "6b9f2a3c4d51"
down_revision: str | None = "5a8e1c2d9f30"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The state each kind of resource keeps, as its revisions did when this ran.
STATES = {
    "country": ("countries", ("code", "alpha3", "name", "indicators_note"), "code"),
    "source": ("sources", ("slug", "label", "organisation", "kind", "url"), "slug"),
    "indicator": (
        "indicators",
        ("slug", "name", "label", "group", "value_type", "unit", "definition", "position"),
        "slug",
    ),
    "authority": (
        "authorities",
        ("id", "role", "name", "acronym", "remit", "position"),
        "id",
    ),
    "policy_document": (
        "policy_documents",
        ("id", "title", "year", "kind", "url", "position"),
        "id",
    ),
    "publication": (
        "publications",
        ("id", "title", "publisher", "year", "url", "position"),
        "id",
    ),
    "narrative_section": (
        "narrative_sections",
        ("slug", "title", "position", "body"),
        "slug",
    ),
}


def upgrade() -> None:
    revisions = op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resource", sa.String(length=32), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("country_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete')", name=op.f("ck_revisions_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
        sa.UniqueConstraint(
            "resource",
            "resource_id",
            "number",
            name=op.f("uq_revisions_resource_resource_id_number"),
        ),
    )
    op.create_index("ix_revisions_country_changed_at", "revisions", ["country_id", "changed_at"])
    op.create_index("ix_revisions_resource_key", "revisions", ["resource", "key"])
    _backfill(revisions)


def _backfill(revisions: sa.Table) -> None:
    connection = op.get_bind()
    meta = sa.MetaData()
    tables = {
        name: sa.Table(name, meta, autoload_with=connection)
        for name in ("countries", *(table for table, _, _ in STATES.values()), "citations")
    }
    countries = tables["countries"]
    created = {
        country_id: at.replace(tzinfo=UTC) if at.tzinfo is None else at
        for country_id, at in connection.execute(sa.select(countries.c.id, countries.c.created_at))
    }
    first = min(created.values(), default=None) or datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    for resource, (name, fields, key) in STATES.items():
        table = tables[name]
        country_column = "id" if resource == "country" else "country_id"
        has_country = country_column in table.c
        for row in connection.execute(sa.select(table)).mappings():
            state = {field: row[field] for field in fields}
            country_id = row[country_column] if has_country else None
            if resource == "narrative_section":
                citations = tables["citations"]
                state["citations"] = [
                    {"text": text, "target": target}
                    for text, target in connection.execute(
                        sa.select(citations.c.text, citations.c.target)
                        .where(citations.c.section_id == row["id"])
                        .order_by(citations.c.position)
                    )
                ]
            rows.append(
                {
                    "resource": resource,
                    "resource_id": row["id"],
                    "key": str(state[key]),
                    "country_id": country_id,
                    "number": 1,
                    "action": "create",
                    "changed_at": created.get(country_id, first) if has_country else first,
                    "changed_by": "migration:history",
                    "reason": "existed before revisions were kept",
                    "state": state,
                }
            )
    if rows:
        connection.execute(sa.insert(revisions), rows)


def downgrade() -> None:
    op.drop_index("ix_revisions_resource_key", table_name="revisions")
    op.drop_index("ix_revisions_country_changed_at", table_name="revisions")
    op.drop_table("revisions")
