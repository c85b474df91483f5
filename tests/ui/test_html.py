"""The escaping path (ui/common/html.py): arguments escaped, Markup kept, plain strings refused."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from ui.common.html import esc, html, join, md, multiline, show


def test_html_escapes_its_arguments_and_keeps_markup_and_numbers():
    inner = html("<b>{}</b>", "<i>")
    made = html('<p title="{t}">{}{} {share:.2f}</p>', inner, '"x"', t="<'>", share=0.5)
    assert made == '<p title="&lt;&#39;&gt;"><b>&lt;i&gt;</b>&#34;x&#34; 0.50</p>'
    assert isinstance(made, Markup)


def test_esc_join_and_multiline_make_markup_of_text():
    assert esc(None) == "" and esc(3) == "3" and esc(esc("<")) == "&lt;"
    assert join(["<a>", Markup("<br>")]) == "&lt;a&gt;<br>"
    assert multiline("a<\nb") == "a&lt;<br>b"


def test_show_refuses_a_plain_string():
    with pytest.raises(TypeError):
        show("<b>not built through html()</b>")  # type: ignore[arg-type]


def test_md_keeps_markdown_literal_and_breaks_links_and_icons():
    assert md("**x** [a](b)") == "\\*\\*x\\*\\* \\[a\\]\\(b\\)"
    assert md("www.a.nl") == "www\u2060\\.a\\.nl"
    assert md(":material/home:") == "\\:\u2060material/home\\:"
    assert md("10:30") == "10\\:30"
