"""translations of the catalogue, the sources and the curated lists

Revision ID: 8c3e5f7a9b21
Revises: 7b2f4d6e8a10
Create Date: 2026-11-30 02:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8c3e5f7a9b21"
down_revision: str | None = "7b2f4d6e8a10"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("sources", "indicators", "authorities", "policy_documents", "publications")


# Plain ALTER TABLE ADD/DROP COLUMN, which SQLite (3.35 and newer) runs in place:
# a batch migration would copy and drop these tables, which others refer to.


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table, sa.Column("translations", sa.JSON(), server_default="{}", nullable=False)
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "translations")
