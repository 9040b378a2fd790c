"""The languages the service answers in, and how a request picks one.

English is the language of every text as entered; French, Dutch and German
(Belgium's languages) are translations, kept with the text they translate.
A request asks with `lang` (which wins) or `Accept-Language`; anything not
supported is answered in English, and says so (`Content-Language: en`).
"""

from enum import StrEnum


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
