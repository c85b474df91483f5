"""Facilitator access in a real browser: the login survives a reload; co-hosts see one event."""

from __future__ import annotations

from tests.e2e.conftest import wait_ready

DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def _login(page, server) -> None:
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("e2e-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/events**", timeout=20_000)
    wait_ready(page)


def test_login_survives_a_reload_and_logout_ends_it(browser, server, table_event):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    _login(page, server)
    cookie = next(c for c in context.cookies() if c["name"] == "oogst_facilitator")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    page.reload()
    wait_ready(page)
    assert page.get_by_role("heading", name="Bijeenkomsten").is_visible()
    page.goto(f"{server.url}/auth/logout")  # a plain GET only asks
    assert [c for c in context.cookies() if c["name"] == "oogst_facilitator"]
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url(f"{server.url}/", timeout=20_000)
    wait_ready(page)
    assert not [c for c in context.cookies() if c["name"] == "oogst_facilitator"]
    page.goto(f"{server.url}/events")
    wait_ready(page)
    assert not page.get_by_role("heading", name="Bijeenkomsten").is_visible()


def test_the_logout_button_posts_and_ends_the_session(browser, server, table_event):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    _login(page, server)
    page.locator("[data-testid=stSidebar]").get_by_role("button", name="Uitloggen").click()
    page.wait_for_url(f"{server.url}/", timeout=20_000)
    wait_ready(page)
    assert not [c for c in context.cookies() if c["name"] == "oogst_facilitator"]


def test_wrong_passphrase_is_refused(browser, server):
    page = browser.new_context(**DESKTOP).new_page()
    page.goto(f"{server.url}/facilitator")
    wait_ready(page)
    page.get_by_label("Wachtwoord").fill("geraden")
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_text("Dat wachtwoord klopt niet.").wait_for(timeout=10_000)


def test_cohost_link_opens_live_for_that_event_only(browser, server, table_event):
    import sqlite3

    with sqlite3.connect(server.data_dir / "oogst.db") as db:
        key = db.execute(
            "SELECT cohost_key FROM event WHERE code = ?", (table_event.code,)
        ).fetchone()[0]
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    page.goto(f"{server.url}/facilitator?event={table_event.code}&cohost={key}")
    page.wait_for_url("**/live**", timeout=20_000)
    wait_ready(page)
    assert page.get_by_role("heading", name="Live").is_visible()
    nav = page.locator("[data-testid=stSidebarNav]").inner_text()
    assert "Live" in nav and "Bijeenkomsten" not in nav and "Voorbereiden" not in nav
    bad = browser.new_context(**DESKTOP).new_page()
    bad.goto(f"{server.url}/facilitator?event={table_event.code}&cohost=wrong-key")
    wait_ready(bad)
    assert "niet wijzigen" in bad.inner_text("body") or "mag je niet" in bad.inner_text("body")


def test_anonymous_visitors_get_no_facilitator_page_by_url(browser, server, table_event):
    page = browser.new_context(**DESKTOP).new_page()
    for path, heading in [
        ("setup", "Voorbereiden"),
        ("events", "Bijeenkomsten"),
        ("live", "Live"),
        ("participants", "Deelnemers"),
        ("qr", "QR-codes en tafelkaarten"),
    ]:
        page.goto(f"{server.url}/{path}?event={table_event.code}")
        wait_ready(page)
        assert not page.get_by_role("heading", name=heading).is_visible(), path
        assert page.locator("[data-testid=stSidebarNav]").count() == 0
        assert table_event.code not in page.inner_text("body")
