"""Import profile pages (the published Markdown format) as profile documents."""

from pathlib import Path

from app.importer.parser import PageError, parse_page
from app.profiles.document import ProfileDocument, read_document
from seeds import BELGIUM

__all__ = ["PageError", "import_page"]


def import_page(path: Path, *, country_code: str | None = None) -> ProfileDocument:
    """Read a page; its sources and indicators are matched against the catalogue of
    the seed document (a source label not seen before becomes a new source)."""
    catalogue = read_document(BELGIUM)
    return parse_page(
        path.read_text(encoding="utf-8"),
        sources=catalogue.sources,
        indicators=catalogue.indicators,
        country_code=country_code,
    )
