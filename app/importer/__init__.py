"""Import profile pages (the published Markdown format) as profile documents."""

from collections.abc import Sequence
from pathlib import Path

from app.importer.parser import PageError, parse_page
from app.narrative.schemas import NarrativeSectionFields, plain_text
from app.profiles.document import ProfileDocument, read_document
from seeds import BELGIUM

__all__ = ["PageError", "import_page", "merge_page"]


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


# What a page cannot say about a value: a curator's own additions, kept by a load.
_NOT_ON_PAGES = ("measure", "note", "source_url")


def merge_page(
    page: ProfileDocument,
    current: ProfileDocument,
    *,
    sources: set[str],
    units: dict[str, str | None],
) -> ProfileDocument:
    """The document a page makes of a profile that exists already: the page's figures,
    lists and text, with what the page format cannot carry taken from `current`.

    - a value the page shows keeps its stored measure, note and source URL, and
      its unit when the two name the same one (a unit left out is the indicator's);
    - a value the page does not show (an older year, a synced series) is kept:
      a page shows each source's newest value only;
    - the narrative, whose sections a page cannot mark, is the stored one when the
      page's text is the same, word for word; else it is the page's;
    - the catalogue's sources and indicators (`sources`: the slugs stored; `units`:
      each stored indicator's unit, by slug) are left as they are; only what is new
      to it is added.
    """
    stored = {(o.indicator, o.source, o.year): o for o in current.general_information.observations}
    observations = []
    for entry in page.general_information.observations:
        before = stored.pop((entry.indicator, entry.source, entry.year), None)
        kept = {name: getattr(before, name) for name in _NOT_ON_PAGES} if before else {}
        kept = {name: value for name, value in kept.items() if value is not None}
        default = units.get(entry.indicator)
        if before is not None and (entry.unit or default) == (before.unit or default):
            kept["unit"] = before.unit
        observations.append(entry.model_copy(update=kept))
    same_text = _text(page.narrative) == _text(current.narrative)
    return page.model_copy(
        update={
            "sources": [s for s in page.sources if s.slug not in sources],
            "indicators": [i for i in page.indicators if i.slug not in units],
            "general_information": page.general_information.model_copy(
                update={"observations": [*observations, *stored.values()]}
            ),
            "narrative": current.narrative if same_text else page.narrative,
        }
    )


def _text(sections: Sequence[NarrativeSectionFields]) -> str:
    return plain_text(" ".join(section.body for section in sections))
