"""The harvest in a real browser: log in, open the harvest page, download the .docx on click."""

from __future__ import annotations

from tests.docx_reading import read_docx
from tests.e2e.conftest import wait_ready

DESKTOP = {"viewport": {"width": 1280, "height": 900}, "accept_downloads": True}


def _harvest_page(browser, server):
    """Log in, then open the harvest page from the facilitator menu."""
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.fill("input[type=password]", "e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)
    page.locator("[data-testid=stSidebarNav]").get_by_role("link", name="Oogst").click()
    wait_ready(page)
    return page


def test_organiser_downloads_the_harvest_built_on_click(browser, server, table_event):
    page = _harvest_page(browser, server)
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Oogst downloaden (Word)").click()
    assert download.value.suggested_filename == (
        "oogst-2015-02-12-knooppunten-voor-maatschappelijke-initiatieven.docx"
    )
    report = read_docx(open(download.value.path(), "rb").read())  # noqa: SIM115
    assert report.texts("Title") == ["Knooppunten voor maatschappelijke initiatieven"]
    assert (1, "De Academy voor knooppunten") in report.headings()


def test_preview_follows_the_synthesis_as_the_organiser_types_it(browser, server, table_event):
    page = _harvest_page(browser, server)
    preview = page.get_by_test_id("harvest-preview")
    preview.get_by_role("heading", name="De soorten knooppunten").wait_for()
    assert preview.locator("ol > li").count() == 3  # the typology, a numbered list
    page.get_by_role("radio", name="Per tafel of casus").click()
    synthesis = page.get_by_role("textbox", name="Samenvatting (komt boven de suggesties)")
    synthesis.fill(
        "Kort verslag met **vette woorden** en een lijst:\n\n- eerste punt\n- tweede punt"
    )
    page.keyboard.press("Tab")  # leaving the field stores it
    preview.locator("strong", has_text="vette woorden").wait_for(timeout=20_000)
    assert preview.locator("li", has_text="tweede punt").count() == 1
