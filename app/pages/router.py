"""The web pages: `/`, `/countries/{country}` and `/search`, as HTML.

Templates are Jinja2 (autoescaped); the figures are the API's reads
(`app.pages.views`). No script: charts are SVG drawn here, styles are
`/static/site.css`. Reads go through the same HTTP caching as the API.
"""

from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse

from app.deps import DatabaseDep
from app.errors import InvalidParameter, NotFound
from app.pages import views
from app.pages.formatting import grouped, percent, readable, unit, with_unit

HERE = Path(__file__).parent
STATIC = HERE / "static"
KINDS = {
    "narrative": "Profile text",
    "authority": "Migration authority",
    "policy_document": "Policy document",
    "publication": "Publication",
    "indicator": "Indicator",
}
MEASURES = {"stock": "a stock", "flow": "a yearly flow"}

templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters.update(
    exact=lambda number: format(number, "f"),
    grouped=grouped,
    readable=readable,
    with_unit=with_unit,
    unit=unit,
    percent=percent,
)
templates.env.tests["decimal"] = lambda value: isinstance(value, Decimal)
# A link a page may make: to the web, or within the service (never javascript:).
templates.env.tests["web_address"] = lambda url: (
    isinstance(url, str) and url.startswith(("https://", "http://", "/"))
)
templates.env.globals.update(page_link=views.page_link, kinds=KINDS, measures=MEASURES)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/")
async def show_index(request: Request, db: DatabaseDep) -> HTMLResponse:
    return render(request, "index.html", await db.read(views.index_page))


@router.get("/countries/{country}")
async def show_country(request: Request, country: str, db: DatabaseDep) -> HTMLResponse:
    try:
        page = await db.read(views.country_page, country)
    except NotFound as error:
        return render(request, "not_found.html", {"detail": error.detail}, 404)
    return render(
        request,
        "country.html",
        {
            "profile": page["profile"],
            "all_figures": page["figures"],
            "last_synced_at": page["last_synced_at"],
        },
    )


@router.get("/search")
async def show_search(
    request: Request,
    db: DatabaseDep,
    q: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    context: dict[str, Any] = {"q": q, "hits": None, "problem": None, "countries": {}}
    if q.strip():
        try:
            context.update(await db.read(views.search_page, q=q, cursors=request.app.state.cursors))
        except InvalidParameter as error:
            context["problem"] = error.errors[0]["msg"] if error.errors else error.detail
    return render(request, "search.html", context)
