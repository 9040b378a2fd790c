"""Country names in each language, from ISO 3166's own translations (the
`iso3166-1` catalogue that pycountry ships): `Belgium` is `Belgique`, `België`
and `Belgien`.

A name that is not ISO's English name (a curator's own) has no translation,
and stays English.
"""

import gettext
from functools import cache

import pycountry

from app.languages import Language


@cache
def _catalogue(lang: Language) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang.value])


def name_in(name: str, lang: Language) -> tuple[str, Language]:
    """The country's name in `lang`, and the language it is in: `lang` where ISO
    translates it, else English."""
    if lang is Language.EN or pycountry.countries.get(name=name) is None:
        return name, Language.EN
    # ISO's name, so the catalogue has it (`France` is French as well as English).
    return _catalogue(lang).gettext(name), lang
