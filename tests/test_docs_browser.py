"""The API documentation in a real browser: Swagger UI's Authorize button and a
write made from /docs, and ReDoc, with no request leaving the service."""

import httpx

from tests.browser import browsing
from tests.conftest import LiveService

TITLE = "Migration Flows Outlook, tried from the docs"


class TestSwaggerUI:
    def test_authorize_then_create_a_publication_from_docs(self, live_service: LiveService) -> None:
        with browsing(live_service.url) as browser:
            page = browser.page
            page.goto(f"{live_service.url}/docs")
            page.click(".swagger-ui .btn.authorize")
            dialog = page.locator(".modal-ux")
            dialog.locator("input").fill(live_service.keys["write"])
            dialog.locator("button.authorize").click()
            assert dialog.locator("button.authorize").count() == 0  # now "Logout"
            dialog.locator("button.btn-done").click()

            operation = page.locator("#operations-publications-createPublication")
            operation.locator(".opblock-summary").click()
            operation.locator(".try-out__btn").click()
            operation.locator('input[placeholder="country"]').fill("BE")
            operation.locator("textarea.body-param__text").fill(
                f'{{"title": "{TITLE}", "year": 2026}}'
            )
            operation.locator(".execute").click()
            status = operation.locator(".live-responses-table tbody .response-col_status")
            status.wait_for()
            assert status.inner_text().strip() == "201"
            assert browser.elsewhere == []

        listed = httpx.get(f"{live_service.url}/api/v1/countries/BE/publications").json()
        made = [p for p in listed["data"] if p["title"] == TITLE]
        assert [(p["year"], p["publisher"]) for p in made] == [(2026, None)]

    def test_a_write_without_authorizing_is_refused_with_401(
        self, live_service: LiveService
    ) -> None:
        with browsing(live_service.url) as browser:
            page = browser.page
            page.goto(f"{live_service.url}/docs")
            operation = page.locator("#operations-catalogue-createSource")
            operation.locator(".opblock-summary").click()
            operation.locator(".try-out__btn").click()
            operation.locator(".execute").click()
            status = operation.locator(".live-responses-table tbody .response-col_status")
            status.wait_for()
            assert status.inner_text().strip() == "401"
            body = operation.locator(".live-responses-table tbody .response-col_description pre")
            assert "This operation needs an API key" in body.first.inner_text()
            assert browser.elsewhere == []


class TestReDoc:
    def test_redoc_renders_with_nothing_from_another_host(self, live_service: LiveService) -> None:
        with browsing(live_service.url) as browser:
            page = browser.page
            page.goto(f"{live_service.url}/redoc")
            page.get_by_role("heading", name="Observations, flat and paginated").wait_for()
            page.wait_for_load_state("networkidle")
            assert page.locator("h1").first.inner_text().startswith("Migration Profiles API")
            assert browser.elsewhere == []
