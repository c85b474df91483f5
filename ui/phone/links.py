"""Phone navigation: every button is a plain link that opens its page in the same tab (the
back button works) and carries the phone's identity (``p=``) and a chosen language along.

``st.link_button`` always opens a new tab, and ``st.page_link`` to the page one is on changes
the page without changing the address (a reload or the back button then loses the table), so
the phone's buttons are ordinary links: the browser's own navigation, the identity in the URL.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

import streamlit as st

from facilitation.join.qr import join_url
from facilitation.meeting.targets import Target
from ui.common.context import lang, tr
from ui.common.html import esc, html, show

JOIN = "join"
AGENDA = "agenda"
PRIVACY = "privacy"


def params(event_code: str, token: str | None, target: Target | None = None) -> dict[str, str]:
    """Return the query of a phone page: the meeting, the table or case, identity, language."""
    query = dict(parse_qsl(urlsplit(join_url("", event_code, target)).query))
    if token:
        query["p"] = token
    if st.query_params.get("lang"):
        query["lang"] = lang()
    return query


def href(page: str, query: dict[str, str]) -> str:
    """Return a relative link to *page* (right under a proxy's path prefix too)."""
    return f"{page}?{urlencode(query)}" if query else page


def button(
    page: str,
    label: str,
    query: dict[str, str],
    *,
    primary: bool = False,
    disabled: bool = False,
    note: str = "",
) -> None:
    """Show a full-width, button-styled link to *page* (ui/assets/phone.css); *note* is a
    second line under the label, e.g. why a table cannot be chosen."""
    kind = "primary" if primary else "secondary"
    text = esc(label) + (html('<span class="oogst-link-note">{}</span>', note) if note else "")
    if disabled:
        show(html('<span class="oogst-link {} disabled">{}</span>', kind, text))
    else:
        show(html('<a class="oogst-link {}" href="{}">{}</a>', kind, href(page, query), text))


def privacy(query: dict[str, str]) -> None:
    """Show the privacy link; the privacy page links back with the same meeting and identity."""
    show(
        html(
            '<a class="oogst-text-link" href="{}">{}</a>', href(PRIVACY, query), tr("privacy.link")
        )
    )
