"""The languages the service answers in, and how a request picks one.

English is the language of every text as entered; French, Dutch and German
(Belgium's languages) are translations, kept with the text they translate.
A request asks with `lang` (which wins) or `Accept-Language`; anything not
supported is answered in English, and says so (`Content-Language: en`).
"""

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any


class Language(StrEnum):
    EN = "en"
    FR = "fr"
    NL = "nl"
    DE = "de"


# The languages a text may be translated into: every one but English.
TRANSLATED = (Language.FR, Language.NL, Language.DE)


def _primary(tag: str) -> Language | None:
    """The supported language of a tag (`nl-BE` is Dutch), if any."""
    primary = tag.strip().split("-", 1)[0].lower()
    return Language(primary) if primary in Language.__members__.values() else None


def negotiate(lang: str | None, accept_language: str | None) -> Language:
    """The language to answer in: `lang` if given (English when unsupported), else
    the supported language `Accept-Language` ranks highest, else English."""
    if lang is not None:
        return _primary(lang) or Language.EN
    ranked: list[tuple[float, int, Language]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        language = _primary(tag)
        if language is not None and weight > 0:
            ranked.append((-weight, index, language))
    return min(ranked)[2] if ranked else Language.EN


def in_language(
    item: dict[str, Any],
    lang: Language,
    fields: Sequence[str],
    translations: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """`item` with each of its text `fields` in `lang` where a translation exists (from
    `translations`, else the item's own), and `languages`: the language each text is
    actually in, English where it has no translation."""
    given = translations if translations is not None else item.get("translations") or {}
    texts = given.get(lang.value, {}) if lang is not Language.EN else {}
    shown = dict(item)
    languages = {}
    for field in fields:
        if field in texts:
            shown[field] = texts[field]
            languages[field] = lang.value
        else:
            languages[field] = Language.EN.value
    shown["languages"] = languages
    return shown
