"""user-assigned country codes of up to four letters

Revision ID: 3c1d7e9a2b40
Revises: 6f6959d7150c
Create Date: 2026-11-28 11:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3c1d7e9a2b40"
down_revision: str | None = "6f6959d7150c"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _widen(code: int, alpha3: int, code_check: str, alpha3_check: str) -> None:
    with op.batch_alter_table("countries", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_countries_code_length"), type_="check")
        batch_op.drop_constraint(op.f("ck_countries_alpha3_length"), type_="check")
        batch_op.alter_column("code", type_=sa.String(code), existing_nullable=False)
        batch_op.alter_column("alpha3", type_=sa.String(alpha3), existing_nullable=False)
        batch_op.create_check_constraint(op.f("ck_countries_code_length"), code_check)
        batch_op.create_check_constraint(op.f("ck_countries_alpha3_length"), alpha3_check)


def upgrade() -> None:
    _widen(4, 4, "length(code) BETWEEN 2 AND 4", "length(alpha3) BETWEEN 3 AND 4")


def downgrade() -> None:
    # Fails, as it should, while a country with a longer code exists.
    _widen(2, 3, "length(code) = 2", "length(alpha3) = 3")
