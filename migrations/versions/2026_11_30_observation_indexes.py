"""observations: one index fewer on each table

The unique index of dated values becomes a plain unique index, which serves
the series read that had an index of its own (NULL years are distinct in a
unique index, so undated values keep their partial one); a revision's
observation is found through the unique (observation_id, number) index.

Revision ID: b4d6f8a0c2e1
Revises: a1c3e5f7b942
Create Date: 2026-11-30 06:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b4d6f8a0c2e1"
down_revision: str | None = "a1c3e5f7b942"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SERIES_YEAR = ["country_id", "indicator_id", "source_id", "year"]


def upgrade() -> None:
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index("ix_observations_country_series")
        batch_op.drop_index("uq_observations_dated")
        batch_op.create_index("uq_observations_series_year", SERIES_YEAR, unique=True)
    with op.batch_alter_table("observation_revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_observation_revisions_observation_id")


def downgrade() -> None:
    with op.batch_alter_table("observation_revisions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_observation_revisions_observation_id", ["observation_id"], unique=False
        )
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index("uq_observations_series_year")
        batch_op.create_index(
            "uq_observations_dated",
            SERIES_YEAR,
            unique=True,
            sqlite_where=sa.text("year IS NOT NULL"),
            postgresql_where=sa.text("year IS NOT NULL"),
        )
        batch_op.create_index("ix_observations_country_series", SERIES_YEAR, unique=False)
