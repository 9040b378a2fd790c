"""Reads the published Belgium page (tests/data/belgium-profile.md) for comparisons.

A copy of `shared/seed/belgium-profile.md`; test_seed checks the two are
identical when the shared folder is present.
"""

import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

PAGE = Path(__file__).resolve().parent / "data" / "belgium-profile.md"
SHARED_PAGE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "belgium-profile.md"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def inline_text(token: Token) -> str:
    """The text a reader sees: link texts without their targets, escapes resolved."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def markdown_text(markdown: str) -> str:
    """Plain text of a Markdown body, paragraphs joined by blank lines."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return "\n\n".join(inline_text(t) for t in tokens if t.type == "inline")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


@dataclass
class Page:
    # heading text -> the plain text of each paragraph under it
    paragraphs: dict[str, list[str]] = field(default_factory=dict)
    # link texts of the narrative, in order, with their targets
    links: list[tuple[str, str]] = field(default_factory=list)

    @property
    def narrative(self) -> list[str]:
        # The narrative follows the publications under the last heading; it is
        # the only text there written in sentences.
        return [p for p in self.paragraphs["Relevant Publications"] if p.endswith(".")]

    @property
    def publications(self) -> list[str]:
        return [p for p in self.paragraphs["Relevant Publications"] if not p.endswith(".")]


def read_page(path: Path = PAGE) -> Page:
    page = Page()
    heading = ""
    tokens = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
    for previous, token in pairwise(tokens):
        if token.type != "inline":
            continue
        if previous.type == "heading_open":
            heading = token.content
            page.paragraphs.setdefault(heading, [])
        else:
            text = inline_text(token)
            page.paragraphs[heading].append(text)
            if heading == "Relevant Publications" and text.endswith("."):
                children = token.children or []
                for i, child in enumerate(children):
                    if child.type == "link_open":
                        page.links.append(
                            (children[i + 1].content, str(child.attrs.get("href", "")))
                        )
    return page
