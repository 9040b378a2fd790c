"""ReDoc at /redoc, with nothing loaded from another host.

Swagger UI (/docs) and ReDoc's bundle come from fastapi-offline's package. The
ReDoc bundle hard-codes one address of its own CDN, the logo in its sidebar's
"API docs by Redocly" link; the bundle is served here with that address
emptied, so the image is not shown and no request leaves the service.
"""

from importlib.resources import files

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html
from starlette.responses import HTMLResponse, Response

REDOC_BUNDLE = files("fastapi_offline") / "static" / "redoc.standalone.js"
REDOC_LOGO = b"https://cdn.redoc.ly/redoc/logo-mini.svg"
REDOC_JS_PATH = "/docs-assets/redoc.standalone.js"


def offline_redoc_bundle() -> bytes:
    bundle = REDOC_BUNDLE.read_bytes()
    if REDOC_LOGO not in bundle:
        raise RuntimeError("ReDoc's bundle no longer names its logo's address: check it anew.")
    return bundle.replace(REDOC_LOGO, b"")


def install_redoc(app: FastAPI, path: str = "/redoc") -> None:
    bundle = offline_redoc_bundle()

    @app.get(path, include_in_schema=False)
    async def get_redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} - ReDoc",
            redoc_js_url=REDOC_JS_PATH,
            redoc_favicon_url="/static-offline-docs/favicon.png",
            with_google_fonts=False,
        )

    @app.get(REDOC_JS_PATH, include_in_schema=False)
    async def get_redoc_bundle() -> Response:
        return Response(bundle, media_type="text/javascript; charset=utf-8")
