"""search index

A full-text index over narrative sections, authorities, policy documents,
publications and indicators: an FTS5 table with the Porter stemmer on SQLite,
a table with a weighted tsvector and a GIN index on PostgreSQL. Neither is an
ORM table (app/search/index.py writes them), and the existing rows are indexed
here.

Revision ID: 7c1d2e3f4a5b
Revises: fa3cb5bcfbf7
Create Date: 2026-11-28 10:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "7c1d2e3f4a5b"
down_revision: str | None = "fa3cb5bcfbf7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# kind, key, country_id, title, body for every searchable row. `||` joins text
# on both databases; COALESCE keeps a missing part from nulling the whole.
EXISTING_ROWS = """
SELECT 'narrative', slug, country_id, title, body FROM narrative_sections
UNION ALL
SELECT 'authority', CAST(id AS VARCHAR(20)), country_id, name,
       COALESCE(acronym, '') || ' ' || COALESCE(remit, '')
FROM authorities
UNION ALL
SELECT 'policy_document', CAST(id AS VARCHAR(20)), country_id, title,
       COALESCE(CAST(year AS VARCHAR(10)), '') || ' ' || kind
FROM policy_documents
UNION ALL
SELECT 'publication', CAST(id AS VARCHAR(20)), country_id, title,
       COALESCE(publisher, '') || ' ' || COALESCE(CAST(year AS VARCHAR(10)), '')
FROM publications
UNION ALL
SELECT 'indicator', slug, NULL, name,
       label || ' ' || "group" || ' ' || COALESCE(definition, '')
FROM indicators
"""


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "kind UNINDEXED, key UNINDEXED, country_id UNINDEXED, title, body, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE TABLE search_index ("
            "id SERIAL PRIMARY KEY, kind VARCHAR(32) NOT NULL, key VARCHAR(100) NOT NULL, "
            "country_id INTEGER REFERENCES countries (id) ON DELETE CASCADE, "
            "title TEXT NOT NULL, body TEXT NOT NULL, "
            "document TSVECTOR GENERATED ALWAYS AS ("
            "setweight(to_tsvector('english', title), 'A') || "
            "setweight(to_tsvector('english', body), 'B')) STORED)"
        )
        op.execute("CREATE INDEX ix_search_index_document ON search_index USING GIN (document)")
        op.execute("CREATE INDEX ix_search_index_country_id ON search_index (country_id)")
    op.execute(f"INSERT INTO search_index (kind, key, country_id, title, body) {EXISTING_ROWS}")


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
