"""Reads the figures a country's web page shows, to compare them with the API's."""

from decimal import Decimal
from html.parser import HTMLParser
from typing import Any


class FigureReader(HTMLParser):
    """Each indicator's rows (`indicator-<slug>`): source label, value, year. A number
    is its exact `<data value>`; a text value is the cell's text."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: dict[str, list[tuple[str, Decimal | str, int | None]]] = {}
        self._indicator: str | None = None
        self._cell: list[str] | None = None
        self._row: list[Any] = []
        self._data: Decimal | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "div" and (found.get("id") or "").startswith("indicator-"):
            self._indicator = (found["id"] or "").removeprefix("indicator-")
            self.figures[self._indicator] = []
        elif self._indicator and tag == "tr":
            self._row = []
        elif self._indicator and tag in ("th", "td") and found.get("scope") != "col":
            self._cell = []
            self._data = None
        elif tag == "data" and self._cell is not None:
            self._data = Decimal(found["value"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            self._row.append(self._data if self._data is not None else text)
            self._cell = None
        elif tag == "tr" and self._indicator and len(self._row) == 4:
            source, value, year, _notes = self._row
            self.figures[self._indicator].append((source, value, int(year) if year else None))
            self._row = []
        elif tag == "table":
            self._indicator = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def page_figures(html: str) -> dict[str, list[tuple[str, Decimal | str, int | None]]]:
    reader = FigureReader()
    reader.feed(html)
    return reader.figures


def api_figures(profile: dict[str, Any]) -> dict[str, list[tuple[str, Decimal | str, int | None]]]:
    """The same, from the API's `/profile` (parsed with `parse_float=Decimal`)."""
    figures = {}
    for group in profile["general_information"]["groups"]:
        for indicator in group["indicators"]:
            figures[indicator["slug"]] = [
                (
                    v["source"]["label"],
                    Decimal(v["value"])
                    if isinstance(v["value"], int | Decimal)
                    else f"{v['value']} ({v['qualifier']})"
                    if v["qualifier"]
                    else v["value"],
                    v["year"],
                )
                for v in indicator["values"]
            ]
    return figures
