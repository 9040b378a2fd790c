"""The web pages: `/`, `/countries/{country}` and `/search`, as HTML.

Templates are Jinja2 (autoescaped); the figures are the API's reads
(`app.pages.views`). No script: charts are SVG drawn here, styles are
`/static/site.css`. Reads go through the same HTTP caching as the API.
"""

from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.responses import HTMLResponse

from app.deps import DatabaseDep
from app.errors import InvalidParameter, NotFound
from app.languages import Language
from app.pages import views
from app.pages.formatting import grouped, percent, readable, unit, with_unit
from app.pages.texts import NAMES, TEXTS
from app.representations import LanguageDep, language_headers

HERE = Path(__file__).parent
STATIC = HERE / "static"
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters.update(
    exact=lambda number: format(number, "f"),
    grouped=lambda number, lang: grouped(number, Language(lang)),
    readable=lambda number, lang: readable(number, Language(lang)),
    with_unit=with_unit,
    unit=unit,
    percent=lambda fraction, lang: percent(fraction, Language(lang)),
)
templates.env.tests["decimal"] = lambda value: isinstance(value, Decimal)
# A link a page may make: to the web, or within the service (never javascript:).
templates.env.tests["web_address"] = lambda url: (
    isinstance(url, str) and url.startswith(("https://", "http://", "/"))
)
templates.env.globals.update(page_link=views.page_link)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(
    request: Request, name: str, context: dict[str, Any], lang: Language, status: int = 200
) -> HTMLResponse:
    """The page in `lang`, with the language switch (this page in each language)."""
    texts = TEXTS[lang]

    def switch_query(code: str) -> str:
        return urlencode({**dict(request.query_params), "lang": code})

    def href(path: str) -> str:
        """A link to another page, in the language chosen with `lang` if one was
        (otherwise the reader's Accept-Language chooses again)."""
        if "lang" not in request.query_params:
            return path
        base, mark, fragment = path.partition("#")
        return f"{base}{'&' if '?' in base else '?'}lang={lang.value}{mark}{fragment}"

    def say(key: str, **parts: Any) -> Markup:
        """One of the page's sentences in `lang`, its parts put in and escaped
        (unless they are markup already, such as a number's `<data>`)."""
        return escape(texts[key]).format(**parts)

    return templates.TemplateResponse(
        request,
        name,
        {
            **context,
            "lang": lang.value,
            "t": texts,
            "say": say,
            "href": href,
            "api_link": Markup('<a href="/docs">{}</a>').format(texts["api_name"]),
            "language_names": {code.value: name for code, name in NAMES.items()},
            "switch_query": switch_query,
        },
        status_code=status,
        headers=language_headers(lang),
    )


@router.get("/")
async def show_index(request: Request, db: DatabaseDep, lang: LanguageDep) -> HTMLResponse:
    return render(request, "index.html", await db.read(views.index_page, lang), lang)


@router.get("/countries/{country}")
async def show_country(
    request: Request, country: str, db: DatabaseDep, lang: LanguageDep
) -> HTMLResponse:
    try:
        page = await db.read(views.country_page, country, lang)
    except NotFound as error:
        return render(request, "not_found.html", {"detail": error.detail}, lang, 404)
    return render(
        request,
        "country.html",
        {
            "profile": page["profile"],
            "all_figures": page["figures"],
            "units": page["units"],
            "last_synced_at": page["last_synced_at"],
        },
        lang,
    )


@router.get("/search")
async def show_search(
    request: Request,
    db: DatabaseDep,
    lang: LanguageDep,
    q: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    context: dict[str, Any] = {"q": q, "hits": None, "problem": None, "countries": {}}
    if q.strip():
        try:
            context.update(
                await db.read(views.search_page, q=q, cursors=request.app.state.cursors, lang=lang)
            )
        except InvalidParameter as error:
            context["problem"] = error.errors[0]["msg"] if error.errors else error.detail
    return render(request, "search.html", context, lang)
