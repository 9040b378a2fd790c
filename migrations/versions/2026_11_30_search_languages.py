"""the search index in each language: a row per resource and language

Revision ID: 9d4f6a8b0c32
Revises: 8c3e5f7a9b21
Create Date: 2026-11-30 03:30:00
"""

from collections.abc import Sequence
from importlib import import_module

from alembic import op
from sqlalchemy import select
from sqlalchemy.orm import Session

revision: str = "9d4f6a8b0c32"
down_revision: str | None = "8c3e5f7a9b21"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each row is in one language (`lang`): its words are stemmed as that language's
# (PostgreSQL's configurations; on SQLite, FTS5's Porter stemmer after folding
# case and accents, and prefix matching, see app.search.service).
POSTGRES_TABLE = (
    "CREATE TABLE search_index ("
    "id SERIAL PRIMARY KEY, kind VARCHAR(32) NOT NULL, key VARCHAR(100) NOT NULL, "
    "country_id INTEGER REFERENCES countries (id) ON DELETE CASCADE, "
    "lang VARCHAR(2) NOT NULL DEFAULT 'en', title TEXT NOT NULL, body TEXT NOT NULL, "
    "document TSVECTOR GENERATED ALWAYS AS ("
    "setweight(to_tsvector({config}, title), 'A') || "
    "setweight(to_tsvector({config}, body), 'B')) STORED)"
)
LANGUAGE_CONFIG = (
    "CASE lang WHEN 'fr' THEN 'french'::regconfig WHEN 'nl' THEN 'dutch'::regconfig "
    "WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END"
)
SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, key UNINDEXED, country_id UNINDEXED, {lang}title, body, "
    "tokenize = 'porter unicode61 remove_diacritics 2')"
)


def _create(with_languages: bool) -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute(SQLITE_TABLE.format(lang="lang UNINDEXED, " if with_languages else ""))
        return
    table = POSTGRES_TABLE.format(config=LANGUAGE_CONFIG if with_languages else "'english'")
    if not with_languages:
        table = table.replace("lang VARCHAR(2) NOT NULL DEFAULT 'en', ", "")
    op.execute(table)
    op.execute("CREATE INDEX ix_search_index_document ON search_index USING GIN (document)")
    op.execute("CREATE INDEX ix_search_index_country_id ON search_index (country_id)")


def _fill() -> None:
    # The index is made by the service's own code: every country and the catalogue.
    from app.models import Country
    from app.search.index import ALL_INDICATORS, rebuild

    session = Session(bind=op.get_bind())
    countries = set(session.scalars(select(Country.id)))
    rebuild(session, {*countries, ALL_INDICATORS})
    session.flush()


def upgrade() -> None:
    op.execute("DROP TABLE search_index")
    _create(with_languages=True)
    _fill()


def downgrade() -> None:
    # Back to English rows only, as the earlier revision made them.
    earlier = import_module("migrations.versions.2026_11_28_search_index")
    op.execute("DROP TABLE search_index")
    _create(with_languages=False)
    op.execute(
        f"INSERT INTO search_index (kind, key, country_id, title, body) {earlier.EXISTING_ROWS}"
    )
