"""Which addresses become clickable, and where links sit in a sentence."""

from __future__ import annotations

import pytest

from facilitation.core.links import split_links, web_url


@pytest.mark.parametrize(
    ("given", "url"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("www.doedemocratie.net", "http://www.doedemocratie.net"),
        ("mailto:info@example.org", "mailto:info@example.org"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("http://a b", None),
        ("", None),
        ("mailto:", None),
    ],
)
def test_web_url_accepts_only_web_and_mail_addresses(given, url):
    assert web_url(given) == url


def test_split_links_keeps_sentence_punctuation_outside_the_link():
    pieces = list(split_links("Zie (www.x.nl), of https://y.org/p?q=1. Klaar"))
    assert pieces == [
        ("Zie (", None),
        ("www.x.nl", "http://www.x.nl"),
        ("), of ", None),
        ("https://y.org/p?q=1", "https://y.org/p?q=1"),
        (". Klaar", None),
    ]
    assert "".join(piece for piece, _ in pieces) == "Zie (www.x.nl), of https://y.org/p?q=1. Klaar"


def test_split_links_without_links_is_the_text_itself():
    assert list(split_links("geen link: javascript:alert(1)")) == [
        ("geen link: javascript:alert(1)", None)
    ]
    assert list(split_links("")) == []
