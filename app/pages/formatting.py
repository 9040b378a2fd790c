"""Numbers and units as a page shows them, in its language: `11 858 610`,
`671.4 billion USD`, `671,4 milliards USD`.

Digits are grouped by three with a space in every language (the SI's way,
read alike in English, French, Dutch and German); French, Dutch and German
write the decimal mark as a comma.
"""

from decimal import ROUND_HALF_EVEN, Decimal

from app.languages import Language

# How a unit is written on a page, where it differs from how it is stored.
DISPLAY_UNITS = {"km2": "km²"}
DECIMAL_MARK = {Language.EN: ".", Language.FR: ",", Language.NL: ",", Language.DE: ","}
# Above these, a number is read as so many billions or trillions: each
# language's words, one and many (French says "1,5 milliard", German "1,5 Milliarden").
TRILLION, BILLION = Decimal(10) ** 12, Decimal(10) ** 9
SCALES = {
    Language.EN: ((TRILLION, "trillion", "trillion"), (BILLION, "billion", "billion")),
    Language.FR: ((TRILLION, "billion", "billions"), (BILLION, "milliard", "milliards")),
    Language.NL: ((TRILLION, "biljoen", "biljoen"), (BILLION, "miljard", "miljard")),
    Language.DE: ((TRILLION, "Billion", "Billionen"), (BILLION, "Milliarde", "Milliarden")),
}


def grouped(number: Decimal, lang: Language = Language.EN) -> str:
    """Every digit, in groups of three: 671 370 081 636.4 (671 370 081 636,4)."""
    sign = "-" if number < 0 else ""
    whole, point, fraction = format(abs(number), "f").partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + " ".join(groups) + (DECIMAL_MARK[lang] if point else "") + fraction


def _one(short: Decimal, lang: Language) -> bool:
    """Whether a scale word is singular for this many (French: under two)."""
    return abs(short) < 2 if lang is Language.FR else abs(short) == 1


def readable(number: Decimal, lang: Language = Language.EN) -> str:
    """Short for reading: billions and trillions to one decimal, the rest grouped."""
    for scale, one, many in SCALES[lang]:
        if abs(number) >= scale:
            short = (number / scale).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
            digits = grouped(short, lang).removesuffix(DECIMAL_MARK[lang] + "0")
            return f"{digits} {one if _one(short, lang) else many}"
    return grouped(number, lang)


def unit(name: str | None, units: dict[str, str] | None = None) -> str:
    """The unit as the page writes it: from `units` (the catalogue's units in the
    page's language), else its display form, else as stored."""
    if not name:
        return ""
    return (units or {}).get(name) or DISPLAY_UNITS.get(name, name)


def with_unit(text: str, shown_unit: str) -> str:
    return f"{text} {shown_unit}" if shown_unit else text


def percent(fraction: Decimal, lang: Language = Language.EN) -> str:
    """0.00804 as 0.80 % (0,80 %)."""
    return f"{grouped((fraction * 100).quantize(Decimal('0.01'), ROUND_HALF_EVEN), lang)} %"
