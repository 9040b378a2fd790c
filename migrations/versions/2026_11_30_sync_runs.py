"""sync runs and synced series

Revision ID: 7b2f4d6e8a10
Revises: 6b9f2a3c4d51
Create Date: 2026-11-30 00:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.types import UTCDateTime

revision: str = "7b2f4d6e8a10"
down_revision: str | None = "6b9f2a3c4d51"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("trigger", sa.String(length=16), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("upstream_updated", sa.String(length=32), nullable=True),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("failures", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('running', 'succeeded', 'partial', 'failed')",
            name=op.f("ck_sync_runs_outcome"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_runs")),
    )
    with op.batch_alter_table("sync_runs") as batch_op:
        batch_op.create_index("ix_sync_runs_source_started_at", ["source", "started_at"])
    op.create_table(
        "synced_series",
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("series", sa.String(length=64), nullable=False),
        sa.Column("upstream_updated", sa.String(length=32), nullable=False),
        sa.Column("since", sa.Integer(), nullable=False),
        sa.Column("synced_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("source", "series", name=op.f("pk_synced_series")),
    )


def downgrade() -> None:
    op.drop_table("synced_series")
    with op.batch_alter_table("sync_runs") as batch_op:
        batch_op.drop_index("ix_sync_runs_source_started_at")
    op.drop_table("sync_runs")
