"""observation read indexes

Revision ID: 6f6959d7150c
Revises: 8d2e3f4a5b6c
Create Date: 2026-11-28 10:54:11.367275
"""

from collections.abc import Sequence

from alembic import op

revision: str = "6f6959d7150c"
down_revision: str | None = "8d2e3f4a5b6c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.create_index("ix_observations_country_id_id", ["country_id", "id"], unique=False)
        batch_op.create_index(
            "ix_observations_country_series",
            ["country_id", "indicator_id", "source_id", "year"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_index("ix_observations_country_series")
        batch_op.drop_index("ix_observations_country_id_id")
