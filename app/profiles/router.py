"""A country's whole profile page: read it in one call, or replace it in one request."""

from fastapi import APIRouter

from app.auth.deps import AdminKeyDep, changed_by
from app.config import API_PREFIX
from app.countries.deps import CountryCode
from app.countries.service import find_country, get_country, is_curated
from app.deps import DatabaseDep, SessionDep
from app.errors import InvalidParameter
from app.http.responses import CREATE_RESPONSES, ETAG, PROBLEM_RESPONSES, STALE
from app.json import JSONResponse
from app.observations.params import AsOf, parse_as_of
from app.profiles import service
from app.profiles.document import ProfileDocument
from app.profiles.loader import load_profile
from app.profiles.schemas import ProfileRead
from app.representations import Decimals, DecimalsQuery, LanguageDep, language_headers
from app.writes import ExactJSONRoute, IfMatch, check_if_match, resource_response

router = APIRouter(prefix=API_PREFIX, tags=["profiles"], route_class=ExactJSONRoute)


@router.get(
    "/countries/{country}/profile",
    response_model=ProfileRead,
    summary="A country's whole profile",
    responses=PROBLEM_RESPONSES,
)
async def get_profile(
    country: CountryCode,
    db: DatabaseDep,
    lang: LanguageDep,
    as_of: AsOf = None,
    decimals: DecimalsQuery = Decimals.NUMBER,
) -> JSONResponse:
    """The whole profile page in one call: general information (indicator groups,
    each indicator with every source's values), authorities by role, key policy
    documents, relevant publications and the narrative sections. With `as_of`, the
    whole page as it stood at that moment: values, lists, text and labels. In
    French, Dutch or German with `lang` or `Accept-Language`: each translatable
    text says in `languages` which language it is in (English where no official
    translation exists; the narrative is English only)."""
    return JSONResponse(
        await db.read(service.read_profile, country, parse_as_of(as_of), lang),
        headers=language_headers(lang),
        decimals_as_strings=decimals is Decimals.STRING,
    )


@router.put(
    "/countries/{country}/profile",
    response_model=ProfileRead,
    summary="Replace a country's whole profile",
    responses={
        **CREATE_RESPONSES,
        200: {"description": "Replaced.", "headers": {"ETag": ETAG}},
        201: {**CREATE_RESPONSES[201], "model": ProfileRead},
        412: STALE,
    },
)
def replace_profile(
    country: CountryCode,
    body: ProfileDocument,
    session: SessionDep,
    api_key: AdminKeyDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Make the country's profile exactly this document, the format the seed files
    use (admin scope): in one transaction, so a document with one bad item changes
    nothing. Values that change or disappear leave revisions. Creates the country
    when it is new (201). If-Match is optional here; when sent, a stale ETag is a 412."""
    code = country.upper()
    if code not in (body.country.code, body.country.alpha3):
        raise InvalidParameter(
            "path", "country", f"the document is the profile of {body.country.code}, not {code}"
        )
    existing = find_country(session, code)
    if existing is not None and if_match is not None:
        curated = is_curated(session, existing.id)
        check_if_match(
            if_match,
            lambda lang: service.get_profile(session, existing, curated=curated, lang=lang),
        )
    load_profile(session, body, changed_by=changed_by(api_key), remove=True)
    replaced = get_country(session, code)
    profile = service.get_profile(session, replaced, curated=is_curated(session, replaced.id))
    if existing is not None:
        return resource_response(profile)
    return resource_response(
        profile,
        status_code=201,
        location=f"{API_PREFIX}/countries/{body.country.code}/profile",
    )
