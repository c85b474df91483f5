"""The cookie hand-off after login navigates whatever random code the URL carries."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _page(url: str) -> None:
    from ui.common import redirect

    redirect.go(url, "Verder")
    redirect.post(url, "Uitloggen")


def test_a_one_time_code_with_double_underscores_still_redirects():
    """Login codes are random URL-safe text: '__' in one made the login page fail at random."""
    at = AppTest.from_function(_page, args=("/auth/session?code=ab__cd&next=%2Fevents",))
    at.run()
    assert not at.exception
    assert [b.proto.url for b in at.get("link_button")] == [
        "/auth/session?code=ab__cd&next=%2Fevents"
    ] * 2
