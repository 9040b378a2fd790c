"""search folds accents on PostgreSQL too: each language's configuration with unaccent

Revision ID: a1c3e5f7b942
Revises: 9d4f6a8b0c32
Create Date: 2026-11-30 05:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a1c3e5f7b942"
down_revision: str | None = "9d4f6a8b0c32"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# PostgreSQL's own configurations, and the service's: the same stemmer after the
# unaccent dictionary, so `etrangers` finds `Étrangers` (SQLite's FTS5 index
# folds accents already, see 2026_11_30_search_languages).
LANGUAGES = {"english": "search_english", "french": "search_french"}
LANGUAGES |= {"dutch": "search_dutch", "german": "search_german"}
# Every token type that holds letters.
WORDS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def _config(names: dict[str, str]) -> str:
    return (
        f"CASE lang WHEN 'fr' THEN '{names['french']}'::regconfig "
        f"WHEN 'nl' THEN '{names['dutch']}'::regconfig "
        f"WHEN 'de' THEN '{names['german']}'::regconfig "
        f"ELSE '{names['english']}'::regconfig END"
    )


def _document(config: str) -> None:
    """The generated tsvector again, with these configurations."""
    op.execute("DROP INDEX ix_search_index_document")
    op.execute("ALTER TABLE search_index DROP COLUMN document")
    op.execute(
        "ALTER TABLE search_index ADD COLUMN document TSVECTOR GENERATED ALWAYS AS ("
        f"setweight(to_tsvector({config}, title), 'A') || "
        f"setweight(to_tsvector({config}, body), 'B')) STORED"
    )
    op.execute("CREATE INDEX ix_search_index_document ON search_index USING GIN (document)")


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    # A trusted extension (PostgreSQL 13 and later): the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for language, name in LANGUAGES.items():
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {language})")
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR {WORDS} WITH unaccent, {language}_stem"
        )
    _document(_config(LANGUAGES))


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _document(_config({language: language for language in LANGUAGES}))
    for name in LANGUAGES.values():
        op.execute(f"DROP TEXT SEARCH CONFIGURATION {name}")
    # The extension stays: other schemas may use it.
