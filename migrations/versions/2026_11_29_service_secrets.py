"""service secrets

Revision ID: 5a8e1c2d9f30
Revises: 3c1d7e9a2b40
Create Date: 2026-11-29 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.types import UTCDateTime

revision: str = "5a8e1c2d9f30"
down_revision: str | None = "3c1d7e9a2b40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "service_secrets",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_service_secrets")),
    )


def downgrade() -> None:
    op.drop_table("service_secrets")
