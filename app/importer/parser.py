"""Read a published profile page (the format of `shared/seed/belgium-profile.md`)
into a profile document.

The page is parsed with markdown-it; this module walks its headings,
paragraphs and inline tokens. What the page means by each part:

- `## <Country>` names the country; `### General Information` opens the
  figures, one `#### <Heading>` per indicator group. A bold line (`**Refugees**`)
  inside a group names the indicator the following lines belong to.
- A value line is `<number> [<unit>] ([<Source label> [<year>]](<link>))`, with
  spaces as thousands separators (`11 858 610`), a decimal point (`5.7`), a unit
  (`%`, `km<sup>2</sup>`, `current prices USD`); a text value may carry a
  qualifier in parentheses (`Yes (conditional)`). A `#` link is no link.
- A paragraph of plain text among the figures is the note shown under them.
- `# Migration Authorities` holds `## Responsible Body`, `## Line Ministries`,
  `## Agencies` (one per paragraph; `Name (remit)` or `Name (ACRONYM)`; a
  paragraph that is only `(ACRONYM)` belongs to the authority above),
  `## Key Policy Documents` (`<year> <title>`) and `## Relevant Publications`
  (one title per paragraph). The first paragraph there that ends a sentence
  starts the narrative, which runs to the end of the page.

Anything else is an error naming the line, never a guess.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pycountry
from markdown_it import MarkdownIt
from markdown_it.token import Token

from app.indicators.schemas import IndicatorFields
from app.models import AuthorityRole, SourceKind, ValueType
from app.profiles.document import ProfileDocument
from app.sources.schemas import SourceFields

ROLES = {
    "responsible body": AuthorityRole.RESPONSIBLE_BODY,
    "line ministries": AuthorityRole.LINE_MINISTRY,
    "agencies": AuthorityRole.AGENCY,
}
_NUMBER = re.compile(
    r"(?P<number>-?\d{1,3}(?: \d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?:\s+(?P<rest>[^\d\s].*))?"
)
_LABEL_YEAR = re.compile(r"(?P<label>.+?)\s+(?P<year>\d{4})")
_TRAILING_PARENTHESIS = re.compile(r"(?P<main>.+?)\s*\((?P<inner>[^()]+)\)")
_ACRONYM = re.compile(r"[A-Za-z][A-Za-z0-9.&-]{1,15}")
_LEADING_YEAR = re.compile(r"(?P<year>\d{4})\s+(?P<title>\S.*)")
_TRAILING_YEAR = re.compile(r".*\b(?P<year>(?:19|20)\d{2})")
_PUBLISHER = re.compile(r"(?P<publisher>[A-Z]{2,})\b")
_LINK = re.compile(r"\[(?P<text>(?:[^\]\\]|\\.)*)\]\((?P<href>[^)\s]*)\)")
_SENTENCE_END = (".", "!", "?", '."', ".)")


class PageError(ValueError):
    """A page that cannot be read: the line and what was expected there."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass
class _Catalogue:
    sources: dict[str, SourceFields]  # by label
    indicators: dict[tuple[str, str], IndicatorFields]  # by (group, label), lower case
    groups: set[str] = field(default_factory=set)


def _catalogue(sources: list[SourceFields], indicators: list[IndicatorFields]) -> _Catalogue:
    return _Catalogue(
        sources={s.label: s for s in sources},
        indicators={(i.group.lower(), i.label.lower()): i for i in indicators},
        groups={i.group.lower() for i in indicators},
    )


def _line_texts(token: Token) -> list[tuple[int, list[Token]]]:
    """An inline token's children split at line breaks, with 1-based line numbers."""
    start = (token.map or (0, 0))[0] + 1
    lines: list[tuple[int, list[Token]]] = [(start, [])]
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            lines.append((lines[-1][0] + 1, []))
        else:
            lines[-1][1].append(child)
    return [(number, children) for number, children in lines if _text(children).strip()]


def _text(children: list[Token]) -> str:
    """Visible text; `<sup>2</sup>` becomes `2` (km<sup>2</sup> is km2)."""
    return "".join(c.content for c in children if c.type in ("text", "code_inline"))


def _is_bold_line(children: list[Token]) -> bool:
    kinds = [c.type for c in children if not (c.type == "text" and not c.content.strip())]
    return kinds == ["strong_open", "text", "strong_close"]


@dataclass
class _Reader:
    catalogue: _Catalogue
    country_code: str | None
    name: str | None = None
    note: list[str] = field(default_factory=list)
    observations: list[dict[str, Any]] = field(default_factory=list)
    new_sources: dict[str, SourceFields] = field(default_factory=dict)
    authorities: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    publications: list[dict[str, Any]] = field(default_factory=list)
    narrative: list[tuple[str, list[dict[str, str | None]]]] = field(default_factory=list)

    # Figures

    def figures(self, line: int, group: str | None, token: Token) -> None:
        if group is None:
            raise PageError(line, "a paragraph under General Information before any #### heading")
        lines = _line_texts(token)
        if not any(c.type == "link_open" for _, children in lines for c in children):
            if any(_is_bold_line(children) for _, children in lines):
                return  # a sub-heading with no values: that indicator is absent
            for number, children in lines:
                if re.match(r"-?\d", _text(children).strip()):
                    raise PageError(number, "a value without a source: VALUE ([SOURCE YEAR](#))")
            self.note.append(" ".join(_text(children).strip() for _, children in lines))
            return
        label: str | None = None
        for number, children in lines:
            if _is_bold_line(children):
                label = _text(children).strip()
                continue
            indicator = self._indicator(number, group, label)
            self.observations.append(self._value(number, indicator, children))

    def _indicator(self, line: int, group: str, label: str | None) -> IndicatorFields:
        key = (group.lower(), (label or group).lower())
        indicator = self.catalogue.indicators.get(key)
        if indicator is None:
            if label is None and group.lower() in self.catalogue.groups:
                raise PageError(line, f"a value under {group!r} needs a bold sub-heading first")
            known = sorted({i.label for i in self.catalogue.indicators.values()})
            raise PageError(
                line, f"unknown indicator {label or group!r} under {group!r}; known: {known}"
            )
        return indicator

    def _value(
        self, line: int, indicator: IndicatorFields, children: list[Token]
    ) -> dict[str, Any]:
        links = [i for i, c in enumerate(children) if c.type == "link_open"]
        if len(links) != 1:
            raise PageError(
                line, "expected one value with one source link: VALUE ([SOURCE YEAR](#))"
            )
        at = links[0]
        before, label_tokens = children[:at], children[at + 1 :]
        close = next(i for i, c in enumerate(label_tokens) if c.type == "link_close")
        after = _text(label_tokens[close + 1 :]).strip()
        value_text = _text(before).strip()
        if not value_text.endswith("(") or after != ")":
            raise PageError(line, "expected the source in parentheses: VALUE ([SOURCE YEAR](#))")
        value_text = value_text[:-1].strip()
        if not value_text:
            raise PageError(line, "a source without a value")
        source_label, year = self._source(line, _text(label_tokens[:close]).strip())
        href = str(children[at].attrs.get("href") or "")
        entry: dict[str, Any] = {
            "indicator": indicator.slug,
            "source": source_label,
            "year": year,
            "source_url": None if href in ("", "#") else href,
        }
        if indicator.value_type == ValueType.TEXT:
            match = _TRAILING_PARENTHESIS.fullmatch(value_text)
            entry["value"] = match["main"] if match else value_text
            entry["qualifier"] = match["inner"] if match else None
            return entry
        match = _NUMBER.fullmatch(value_text)
        if match is None:
            raise PageError(
                line,
                f"expected a number (like 11 858 610 or 5.7) for {indicator.label}, "
                f"got {value_text!r}",
            )
        entry["value"] = Decimal(match["number"].replace(" ", ""))
        entry.update(_unit(match["rest"], indicator))
        return entry

    def _source(self, line: int, text: str) -> tuple[str, int | None]:
        """The source's slug and the year, from a link text such as `World Bank 2024`."""
        if not text:
            raise PageError(line, "a value without a source")
        match = _LABEL_YEAR.fullmatch(text)
        label, year = (match["label"], int(match["year"])) if match else (text, None)
        known = self.catalogue.sources.get(label) or self.new_sources.get(label)
        if known is None:
            slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
            alpha3 = self._country()[1]
            kind = SourceKind.NATIONAL if label.endswith(f" {alpha3}") else SourceKind.INTERNATIONAL
            known = SourceFields(slug=slug, label=label, organisation=label, kind=kind)
            self.new_sources[label] = known
        return known.slug, year

    # Lists

    def authority(self, line: int, role: AuthorityRole, text: str) -> None:
        continuation = re.fullmatch(r"\((?P<acronym>[^()\s]+)\)", text)
        if continuation:
            if not self.authorities or self.authorities[-1]["role"] != role:
                raise PageError(line, f"{text} does not follow an authority it could belong to")
            if self.authorities[-1]["acronym"]:
                raise PageError(line, f"{text}: the authority above has an acronym already")
            self.authorities[-1]["acronym"] = continuation["acronym"]
            return
        entry: dict[str, Any] = {"role": role, "name": text, "acronym": None, "remit": None}
        match = _TRAILING_PARENTHESIS.fullmatch(text)
        if match:
            inner = match["inner"].strip()
            entry["name"] = match["main"]
            entry["acronym" if _ACRONYM.fullmatch(inner) else "remit"] = inner
        self.authorities.append(entry)

    def document(self, line: int, text: str) -> None:
        match = _LEADING_YEAR.fullmatch(text)
        if match is None:
            raise PageError(line, f"expected a policy document as YEAR TITLE, got {text!r}")
        title = match["title"]
        words = title.split()
        if "Royal Decree" in title:
            kind = "royal_decree"
        elif "Code" in words:
            kind = "code"
        elif "Act" in words:
            kind = "act"
        elif "Law" in words:
            kind = "law"
        else:
            kind = "document"
        self.documents.append({"title": title, "year": int(match["year"]), "kind": kind})

    def publication(self, text: str) -> None:
        year = _TRAILING_YEAR.fullmatch(text)
        publisher = _PUBLISHER.match(text)
        self.publications.append(
            {
                "title": text,
                "publisher": publisher["publisher"] if publisher else None,
                "year": int(year["year"]) if year else None,
            }
        )

    def paragraph(self, source: str, token: Token) -> None:
        """A narrative paragraph: unknown (`#`) link targets dropped, citations kept."""
        links = [
            (children[i + 1].content if i + 1 < len(children) else "", c.attrs.get("href"))
            for children in [token.children or []]
            for i, c in enumerate(children)
            if c.type == "link_open"
        ]
        found = list(_LINK.finditer(source))
        if len(found) != len(links):
            line = (token.map or (0, 0))[0] + 1
            raise PageError(line, "a link the reader cannot follow in this paragraph")

        def unlink(match: re.Match[str]) -> str:
            return match["text"] if match["href"] in ("", "#") else match[0]

        body = _LINK.sub(unlink, source).strip()
        citations: list[dict[str, str | None]] = [
            {"text": text, "target": None if href in (None, "", "#") else str(href)}
            for text, href in links
        ]
        self.narrative.append((body, citations))

    # The document

    def _country(self) -> tuple[str, str, str]:
        lookup = self.country_code or self.name
        if lookup is None:
            raise PageError(1, "no ## country heading, and no --country given")
        try:
            country = pycountry.countries.lookup(lookup)
        except LookupError:
            raise PageError(1, f"{lookup!r} is not a country name or ISO code") from None
        return country.alpha_2, country.alpha_3, self.name or country.name

    def document_dict(self) -> dict[str, Any]:
        code, alpha3, name = self._country()
        used_sources = {o["source"] for o in self.observations}
        used_indicators = {o["indicator"] for o in self.observations}
        sources = [s for s in self.catalogue.sources.values() if s.slug in used_sources]
        sources += list(self.new_sources.values())
        body = "\n\n".join(text for text, _ in self.narrative)
        return {
            "country": {"code": code, "alpha3": alpha3, "name": name},
            "sources": [s.model_dump() for s in sources],
            "indicators": [
                i.model_dump()
                for i in self.catalogue.indicators.values()
                if i.slug in used_indicators
            ],
            "general_information": {
                "note": " ".join(self.note) or None,
                "observations": self.observations,
            },
            "authorities": self.authorities,
            "policy_documents": self.documents,
            "publications": self.publications,
            "narrative": [
                {
                    "slug": "overview",
                    "title": "Overview",
                    "body": body,
                    "citations": [c for _, citations in self.narrative for c in citations],
                }
            ]
            if self.narrative
            else [],
        }


def _unit(rest: str | None, indicator: IndicatorFields) -> dict[str, str | None]:
    """The unit and price basis written after a number (none when it is the default unit)."""
    unit, price_basis = rest, None
    if unit is not None and unit.startswith("current prices "):
        unit, price_basis = unit.removeprefix("current prices ").strip(), "current prices"
    return {"unit": None if unit == indicator.unit else unit, "price_basis": price_basis}


def parse_page(
    text: str,
    *,
    sources: list[SourceFields],
    indicators: list[IndicatorFields],
    country_code: str | None = None,
) -> ProfileDocument:
    """The profile document of a page; `sources` and `indicators` are the known catalogue."""
    reader = _Reader(_catalogue(sources, indicators), country_code)
    source_lines = text.splitlines()
    tokens = MarkdownIt("commonmark").parse(text)
    part: str | None = None  # "general", "authorities"
    heading: str | None = None  # the h4 group, or the h2 list under Migration Authorities
    in_narrative = False
    for index, token in enumerate(tokens):
        line = (token.map or (0, 0))[0] + 1
        if token.type == "heading_open":
            title = tokens[index + 1].content.strip()
            level = int(token.tag[1])
            if in_narrative:
                raise PageError(line, f"a heading {title!r} inside the narrative")
            if level == 2 and part is None:
                reader.name = title
            elif level == 3 and title.lower() == "general information":
                part = "general"
            elif level == 4 and part == "general":
                heading = title
            elif level == 1 and title.lower() == "migration authorities":
                part, heading = "authorities", None
            elif (
                level == 2
                and part == "authorities"
                and (
                    title.lower() in ROLES
                    or title.lower() in ("key policy documents", "relevant publications")
                )
            ):
                heading = title.lower()
            else:
                raise PageError(line, f"a section this reader does not know: {title!r}")
            continue
        if token.type != "inline" or tokens[index - 1].type != "paragraph_open":
            if token.type in ("bullet_list_open", "ordered_list_open", "table_open", "fence"):
                raise PageError(line, f"unexpected {token.type.split('_')[0]} here")
            continue
        paragraph = " ".join(_text(children).strip() for _, children in _line_texts(token))
        if part == "general":
            reader.figures(line, heading, token)
        elif part == "authorities" and heading in ROLES:
            reader.authority(line, ROLES[heading], paragraph)
        elif heading == "key policy documents":
            reader.document(line, paragraph)
        elif heading == "relevant publications":
            if in_narrative or paragraph.endswith(_SENTENCE_END):
                in_narrative = True
                start, end = token.map or (0, 0)
                reader.paragraph("\n".join(source_lines[start:end]), token)
            else:
                reader.publication(paragraph)
        else:
            raise PageError(line, "text outside any known section")
    if part is None:
        raise PageError(1, "no ### General Information section")
    return ProfileDocument.model_validate(reader.document_dict())
