"""Numbers and units as a page shows them: `11 858 610`, `671.4 billion USD`."""

from decimal import ROUND_HALF_EVEN, Decimal

# How a unit is written on a page, where it differs from how it is stored.
DISPLAY_UNITS = {"km2": "km²"}
# Above these, a number is read as so many billions or trillions.
SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"))


def grouped(number: Decimal) -> str:
    """Every digit, in groups of three: 671 370 081 636.4."""
    sign = "-" if number < 0 else ""
    whole, point, fraction = format(abs(number), "f").partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + " ".join(groups) + point + fraction


def readable(number: Decimal) -> str:
    """Short for reading: billions and trillions to one decimal, the rest grouped."""
    for scale, name in SCALES:
        if abs(number) >= scale:
            short = (number / scale).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
            return f"{grouped(short).removesuffix('.0')} {name}"
    return grouped(number)


def unit(name: str | None) -> str:
    return DISPLAY_UNITS.get(name, name) if name else ""


def with_unit(text: str, unit_name: str | None) -> str:
    shown = unit(unit_name)
    return f"{text} {shown}" if shown else text


def percent(fraction: Decimal) -> str:
    """0.00804 as 0.80 %."""
    return f"{(fraction * 100).quantize(Decimal('0.01'), ROUND_HALF_EVEN)} %"
