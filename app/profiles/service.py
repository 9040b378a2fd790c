"""The whole-page profile read.

The page is built as the bodies the API serves, by the field names of the
response models in `app.profiles.schemas` (see `app.schemas.shaped`): the rows
come from the database already typed, so they are not validated again.
"""

from collections.abc import Mapping, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Row, RowMapping

from app.authorities.schemas import ROLE_LABELS, AuthorityRead
from app.authorities.service import list_authorities
from app.countries.names import name_in
from app.countries.service import get_country_with_curated
from app.documents.schemas import PolicyDocumentRead, PublicationRead
from app.documents.service import list_documents
from app.history.service import state_as_of, states_as_of
from app.indicators.service import list_indicators
from app.languages import Language
from app.models import (
    Authority,
    AuthorityRole,
    Base,
    Country,
    Indicator,
    NarrativeSection,
    PolicyDocument,
    Publication,
    Source,
)
from app.narrative.schemas import section_read
from app.narrative.service import list_narrative
from app.observations.queries import ObservationFilter, list_observations
from app.observations.schemas import ValueRead, served
from app.profiles.schemas import CountryRef, IndicatorValuesRead
from app.schemas import localized, shaped
from app.sources.service import source_label, source_translations
from app.types import Queryable

# The roles' headings on a profile page, in each language.
ROLE_LABELS_IN = {
    Language.EN: ROLE_LABELS,
    Language.FR: {
        AuthorityRole.RESPONSIBLE_BODY: "Organe responsable",
        AuthorityRole.LINE_MINISTRY: "Ministères compétents",
        AuthorityRole.AGENCY: "Agences",
    },
    Language.NL: {
        AuthorityRole.RESPONSIBLE_BODY: "Verantwoordelijke instantie",
        AuthorityRole.LINE_MINISTRY: "Bevoegde ministeries",
        AuthorityRole.AGENCY: "Agentschappen",
    },
    Language.DE: {
        AuthorityRole.RESPONSIBLE_BODY: "Verantwortliche Stelle",
        AuthorityRole.LINE_MINISTRY: "Zuständige Ministerien",
        AuthorityRole.AGENCY: "Behörden",
    },
}


def latest_observations(
    db: Queryable, country_id: int, as_of: datetime | None = None
) -> list[tuple[RowMapping, list[RowMapping]]]:
    """The newest value of every source, by indicator (its catalogue entry), in page order."""
    rows = list_observations(
        db, ObservationFilter(country_ids=[country_id], latest=True, as_of=as_of)
    )
    # The catalogue is small: read whole, it is one statement whatever the values.
    indicators = {i["id"]: i for i in list_indicators(db)}
    ordered = sorted(
        rows, key=lambda r: (indicators[r["indicator_id"]]["position"], r["indicator_id"], r["id"])
    )
    return [
        (indicators[indicator_id], list(group))
        for indicator_id, group in groupby(ordered, key=lambda r: r["indicator_id"])
    ]


def latest_by_indicator(
    db: Queryable, country_id: int, as_of: datetime | None = None, lang: Language = Language.EN
) -> list[dict[str, Any]]:
    """Each indicator the country has (an `IndicatorValuesRead`), with the newest value
    of every source, in page order, its texts and the sources' labels in `lang` where
    translated; with `as_of`, the catalogue's names, units, labels and translations
    as they were then."""
    return [indicator for _, indicator in _latest_in_language(db, country_id, as_of, lang)]


def _latest_in_language(
    db: Queryable, country_id: int, as_of: datetime | None, lang: Language
) -> list[tuple[str, dict[str, Any]]]:
    """`latest_by_indicator`'s indicators, each with its English group title."""
    indicators = _catalogue_as_of(db, Indicator, as_of)
    sources = _catalogue_as_of(db, Source, as_of)
    source_translations = _source_translations(db, sources, as_of, lang)
    found = []
    for indicator, rows in latest_observations(db, country_id, as_of):
        then = indicators.get(indicator["slug"], {}) if as_of is not None else indicator
        names = {key: then[key] for key in ("name", "label", "group", "unit") if key in then}
        values = [
            {
                **served(row, ValueRead),
                "source": source_label(
                    row["source"],
                    sources.get(row["source"], {}).get("label", row["source_label"]),
                    lang,
                    source_translations,
                ),
            }
            for row in rows
        ]
        translations = then.get("translations") or {}
        shown = localized(
            {**indicator, **names}, IndicatorValuesRead, lang, translations, values=values
        )
        found.append((names.get("group", indicator["group"]), shown))
    if as_of is not None:
        found.sort(key=lambda pair: indicators.get(pair[1]["slug"], {}).get("position", 0))
    return found


def _catalogue_as_of(
    db: Queryable, model: type[Indicator] | type[Source], as_of: datetime | None
) -> dict[str, dict[str, Any]]:
    """The catalogue entries (by slug) as they were at `as_of`; none without it."""
    if as_of is None:
        return {}
    return {state["slug"]: state for state in states_as_of(db, model, as_of=as_of)}


def _source_translations(
    db: Queryable, then: dict[str, dict[str, Any]], as_of: datetime | None, lang: Language
) -> dict[str, dict[str, dict[str, str]]]:
    """The sources' translations by slug: from their states `then` (as of a moment),
    else as they are now; none needed in English."""
    if as_of is not None and lang is not Language.EN:
        return {slug: state.get("translations") or {} for slug, state in then.items()}
    return source_translations(db, lang)


def general_information(
    db: Queryable,
    country_id: int,
    note: str | None,
    as_of: datetime | None = None,
    lang: Language = Language.EN,
) -> dict[str, Any]:
    """A `GeneralInformationRead`: the indicators under their group titles (grouped by
    their English titles, shown in `lang`)."""
    groups: list[dict[str, Any]] = []
    english_titles: list[str] = []
    for english_title, indicator in _latest_in_language(db, country_id, as_of, lang):
        if not english_titles or english_titles[-1] != english_title:
            english_titles.append(english_title)
            groups.append(
                {
                    "title": indicator["group"],
                    "languages": {"title": indicator["languages"]["group"]},
                    "indicators": [],
                }
            )
        groups[-1]["indicators"].append(indicator)
    return {"note": note, "groups": groups}


def _authority_groups(authorities: Sequence[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """`AuthorityGroupRead`s: every role, in page order, with its authorities."""
    return [
        {
            "role": role,
            "label": label,
            "authorities": [a for a in authorities if a["role"] == role],
        }
        for role, label in ROLE_LABELS.items()
    ]


def read_profile(
    connection: Connection, code: str, as_of: datetime | None, lang: Language = Language.EN
) -> dict[str, Any]:
    """The whole page of the country with this code (a read, see `app.db.Database.read`)."""
    country = get_country_with_curated(connection, code)
    return get_profile(connection, country, as_of, curated=country.curated, lang=lang)


def get_profile(
    db: Queryable,
    country: Row[Any] | Country,
    as_of: datetime | None = None,
    *,
    curated: bool,
    lang: Language = Language.EN,
) -> dict[str, Any]:
    """The whole page, a `ProfileRead`, in `lang` where its texts are translated; with
    `as_of`, as it stood then: its values, its lists and text, and the catalogue's
    labels, from their revisions."""
    profile = (
        _profile_as_of(db, country, as_of, curated, lang)
        if as_of is not None
        else _profile_now(db, country, curated, lang)
    )
    return _lists_in_language(profile, lang)


def _lists_in_language(profile: dict[str, Any], lang: Language) -> dict[str, Any]:
    """The profile's lists in `lang` where a translation exists; every translatable
    text says which language it is in (`languages`). The narrative is English only."""
    labels = ROLE_LABELS_IN[lang]
    return {
        **profile,
        "authorities": [
            {
                **role,
                "label": labels[role["role"]],
                "languages": {"label": lang.value},
                "authorities": [localized(a, AuthorityRead, lang) for a in role["authorities"]],
            }
            for role in profile["authorities"]
        ],
        "policy_documents": [
            localized(d, PolicyDocumentRead, lang) for d in profile["policy_documents"]
        ],
        "publications": [localized(p, PublicationRead, lang) for p in profile["publications"]],
    }


def _country_ref(country: Any, lang: Language) -> dict[str, Any]:
    """A `CountryRef`: the country (a row, or its state as of a moment), named in `lang`
    where ISO 3166 translates its name."""
    english = shaped(country, CountryRef, languages={})
    name, in_lang = name_in(english["name"], lang)
    return {**english, "name": name, "languages": {"name": in_lang}}


def _profile_now(
    db: Queryable, country: Row[Any] | Country, curated: bool, lang: Language
) -> dict[str, Any]:
    return {
        "country": _country_ref(country, lang),
        "curated": curated,
        "general_information": general_information(
            db, country.id, country.indicators_note, lang=lang
        ),
        "authorities": _authority_groups(list_authorities(db, country.id)),
        "policy_documents": list_documents(db, PolicyDocument, country.id),
        "publications": list_documents(db, Publication, country.id),
        "narrative": [section_read(s) for s in list_narrative(db, country.id)],
    }


def _profile_as_of(
    db: Queryable, country: Row[Any] | Country, as_of: datetime, curated: bool, lang: Language
) -> dict[str, Any]:
    def states(model: type[Base]) -> list[dict[str, Any]]:
        return states_as_of(db, model, as_of=as_of, country_id=country.id)

    then = state_as_of(db, Country, resource_id=country.id, as_of=as_of)
    role_order = list(ROLE_LABELS)
    authorities = sorted(
        states(Authority), key=lambda a: (role_order.index(a["role"]), a["position"], a["id"])
    )
    return {
        "country": _country_ref(then or country, lang),
        "curated": curated,
        "general_information": general_information(
            db, country.id, then["indicators_note"] if then else None, as_of, lang
        ),
        "authorities": _authority_groups(authorities),
        "policy_documents": sorted(states(PolicyDocument), key=lambda d: (d["position"], d["id"])),
        "publications": sorted(states(Publication), key=lambda p: (p["position"], p["id"])),
        "narrative": sorted(
            (section_read(s) for s in states(NarrativeSection)),
            key=lambda n: (n["position"], n["slug"]),
        ),
    }
