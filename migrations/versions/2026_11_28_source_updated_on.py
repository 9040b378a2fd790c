"""source updated on

Revision ID: fa3cb5bcfbf7
Revises: 4e76b537b756
Create Date: 2026-11-28 10:08:50.792836
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "fa3cb5bcfbf7"
down_revision: str | None = "4e76b537b756"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("observation_revisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_updated_on", sa.Date(), nullable=True))

    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_updated_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("observations", schema=None) as batch_op:
        batch_op.drop_column("source_updated_on")

    with op.batch_alter_table("observation_revisions", schema=None) as batch_op:
        batch_op.drop_column("source_updated_on")
