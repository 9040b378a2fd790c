"""Small line charts drawn by the server as SVG: one line per source.

No script and no style attribute: the lines take their colours from the
page's stylesheet (`series-0`, `series-1`, ...), so the strict
Content-Security-Policy holds. Each point carries its exact value in a
`<title>`, and the chart a text alternative.
"""

from dataclasses import dataclass
from decimal import Decimal

from app.languages import Language
from app.pages.formatting import grouped, readable, with_unit

WIDTH, HEIGHT = 320, 160
LEFT, RIGHT, TOP, BOTTOM = 64, 12, 12, 24
COLOURS = 6  # series-0 to series-5 in site.css


@dataclass(frozen=True)
class Line:
    """A source's dated numbers."""

    label: str
    points: list[tuple[int, Decimal]]


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    year: int
    value: Decimal


@dataclass(frozen=True)
class DrawnLine:
    label: str
    colour: int
    points: list[Point]

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x},{p.y}" for p in self.points)


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class Chart:
    title: str
    unit: str  # as the page writes it
    lines: list[DrawnLine]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    description: str
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    bottom: int = HEIGHT - BOTTOM


def line_chart(
    title: str, unit: str, lines: list[Line], lang: Language, by_year: str
) -> Chart | None:
    """The chart of these lines, its numbers written in `lang` and `unit` as the page
    writes it (`by_year` ends the title of its text alternative); None when no line
    has a point."""
    lines = [line for line in lines if line.points]
    if not lines:
        return None
    years = sorted({year for line in lines for year, _ in line.points})
    values = [value for line in lines for _, value in line.points]
    first, last = (years[0], years[-1]) if len(years) > 1 else (years[0] - 1, years[0] + 1)
    low, high = min(min(values), Decimal(0)), max(max(values), Decimal(0))
    if low == high:
        high = low + 1

    def x(year: int) -> float:
        return round(LEFT + (year - first) / (last - first) * (WIDTH - LEFT - RIGHT), 1)

    def y(value: Decimal) -> float:
        share = float((value - low) / (high - low))
        return round(HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM), 1)

    shown_years = years if len(years) <= 5 else [years[0], years[len(years) // 2], years[-1]]
    description = "; ".join(
        f"{line.label}: "
        + ", ".join(
            f"{year} {with_unit(grouped(value, lang), unit)}" for year, value in line.points
        )
        for line in lines
    )
    return Chart(
        title=title,
        unit=unit,
        lines=[
            DrawnLine(
                line.label,
                i % COLOURS,
                [Point(x(year), y(value), year, value) for year, value in line.points],
            )
            for i, line in enumerate(lines)
        ],
        x_ticks=[Tick(x(year), str(year)) for year in shown_years],
        y_ticks=[Tick(y(v), readable(v, lang)) for v in (low, (low + high) / 2, high)],
        description=f"{title}, {by_year}. {description}.",
    )
