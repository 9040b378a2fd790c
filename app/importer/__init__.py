"""Import profile pages (the published Markdown format) as profile documents."""

from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import TypeVar

from app.authorities.schemas import AuthorityFields
from app.documents.schemas import PolicyDocumentFields, PublicationFields
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
      to it is added;
    - an authority, policy document or publication the page lists keeps its stored
      translations, which a page does not carry.
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
            "authorities": _translated(
                page.authorities, current.authorities, lambda a: (a.role, a.name)
            ),
            "policy_documents": _translated(
                page.policy_documents, current.policy_documents, lambda d: d.title
            ),
            "publications": _translated(page.publications, current.publications, lambda p: p.title),
        }
    )


Item = TypeVar("Item", AuthorityFields, PolicyDocumentFields, PublicationFields)


def _translated(
    items: list[Item], stored: list[Item], key: Callable[[Item], Hashable]
) -> list[Item]:
    """The page's items, each with the translations of the stored item of its key."""
    kept = {key(item): item.translations for item in stored}
    return [
        item
        if item.translations
        else item.model_copy(update={"translations": kept.get(key(item), {})})
        for item in items
    ]


def _text(sections: Sequence[NarrativeSectionFields]) -> str:
    return plain_text(" ".join(section.body for section in sections))
