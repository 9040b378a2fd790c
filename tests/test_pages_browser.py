"""The web pages as a person sees them, in Debian's chromium: Belgium's page in
full, the charts, search, the 404 page, accessibility (axe-core), nothing
loaded from another host, and screenshots at 375 and 1,400 px wide in
tests/screenshots/."""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.browser import browsing
from tests.conftest import LiveService
from tests.page import read_page

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
WIDTHS = (375, 1400)


def text(page: Page, selector: str) -> list[str]:
    return [" ".join(t.split()) for t in page.locator(selector).all_inner_texts()]


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


class TestBelgiumPage:
    def test_everything_on_the_published_page(self, live_service: LiveService) -> None:
        with browsing(live_service.url) as browser:
            page = browser.page
            response = page.goto(f"{live_service.url}/countries/BE")
            assert response is not None
            assert response.status == 200
            assert page.locator("h1").inner_text() == "Belgium"

            rows = text(page, "#indicator-population tbody tr")
            assert rows == [
                "World Bank 11 858 610 persons 2024",
                "STAT BEL 11 763 650 persons 2024",
            ]
            exact = page.locator("#indicator-gdp tbody tr").first.locator("data")
            assert exact.get_attribute("value") == "671370081636.4"
            assert exact.inner_text() == "671.4 billion"

            assert text(page, "section[aria-labelledby='authorities'] h3") == [
                "Responsible Body",
                "Line Ministries",
                "Agencies",
            ]
            counts = [
                page.locator(f"ul[aria-labelledby='role-{role}'] li").count()
                for role in ("responsible_body", "line_ministry", "agency")
            ]
            assert counts == [1, 4, 7]
            assert (
                "Office of the Commissioner General for Refugees and Stateless Persons (CGRS)"
                in (text(page, "ul.authorities li"))
            )
            assert text(page, "ul.documents li") == [
                "1984 Belgian Nationality Code",
                "1981 Belgian Immigration Act",
                "2007 Belgian Reception Act",
                "1999 Royal Decree implementing the Foreign Workers Act",
            ]
            assert page.locator("ul.publications li").count() == 3

            shown = " ".join(" ".join(text(page, ".narrative p")).split())
            published = read_page().narrative
            assert len(published) == 11
            for paragraph in published:
                assert " ".join(paragraph.split()) in shown
            assert browser.elsewhere == []

    def test_a_chart_per_series_with_a_line_per_source(self, live_service: LiveService) -> None:
        with browsing(live_service.url) as browser:
            page = browser.page
            page.goto(f"{live_service.url}/countries/BE")
            charts = page.locator("#indicator-population figure.chart")
            assert charts.count() == 1
            lines = charts.locator("svg g.series")
            assert [lines.nth(i).get_attribute("data-source") for i in range(lines.count())] == [
                "World Bank",
                "STAT BEL",
            ]
            assert page.locator("#indicator-gdp figure.chart").count() == 2
            # Every numeric indicator with a dated value has its chart.
            for slug in ("immigration", "emigration", "working-age-population", "refugees"):
                assert page.locator(f"#indicator-{slug} figure.chart svg").count() >= 1, slug
            title = page.locator("#indicator-population svg title").first.text_content() or ""
            assert "World Bank: 2024 11 858 610 persons" in title

    @pytest.mark.parametrize("width", WIDTHS)
    def test_screenshots_and_no_serious_accessibility_violation(
        self, live_service: LiveService, width: int
    ) -> None:
        SCREENSHOTS.mkdir(exist_ok=True)
        with browsing(live_service.url) as browser:
            page = browser.page
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{live_service.url}/countries/BE")
            # Nothing wider than the window: no sideways scrolling.
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            page.screenshot(path=SCREENSHOTS / f"belgium-{width}.png", full_page=True)
            assert serious_violations(page) == []
            assert browser.elsewhere == []


class TestTheChecks:
    def test_the_accessibility_check_can_fail(self, live_service: LiveService) -> None:
        with browsing(live_service.url) as browser:
            browser.page.set_content("<html><body><input type='text'></body></html>")
            found = serious_violations(browser.page)
            assert any(v.startswith("label (critical)") for v in found), found


class TestOtherPages:
    def test_search_from_the_form_finds_reception(self, live_service: LiveService) -> None:
        with browsing(live_service.url) as browser:
            page = browser.page
            page.goto(f"{live_service.url}/")
            assert "Belgium" in text(page, "#curated ~ ul li")
            page.fill("#site-search", "reception")
            page.click("form.search button")
            page.wait_for_url("**/search?q=reception")
            titles = text(page, "ol.hits li > a")
            assert "Federal Agency for the Reception of Asylum Seekers" in titles
            assert "Belgian Reception Act" in titles
            assert page.locator("ol.hits mark").count() >= 2
            page.click("text=Federal Agency for the Reception of Asylum Seekers")
            assert "/countries/BE#authority-" in page.url
            assert serious_violations(page) == []
            assert browser.elsewhere == []

    def test_an_unknown_country_is_the_404_page(self, live_service: LiveService) -> None:
        with browsing(live_service.url) as browser:
            page = browser.page
            response = page.goto(f"{live_service.url}/countries/XK")
            assert response is not None
            assert response.status == 404
            assert page.locator("h1").inner_text() == "Not found"
            assert "No country with code 'XK'." in page.locator("main").inner_text()
            assert serious_violations(page) == []
            assert browser.elsewhere == []

    @pytest.mark.parametrize(
        "path", ["/", "/search?q=asylum", "/countries/BE?lang=fr", "/countries/BE?lang=de"]
    )
    def test_no_serious_accessibility_violation(self, live_service: LiveService, path: str) -> None:
        with browsing(live_service.url) as browser:
            browser.page.goto(f"{live_service.url}{path}")
            assert serious_violations(browser.page) == []
            assert browser.elsewhere == []
