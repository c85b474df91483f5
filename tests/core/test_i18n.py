"""The translation catalogue: Dutch and English complete, placeholders consistent, keys exist."""

from __future__ import annotations

import re

import pytest

from facilitation.i18n import CATALOGUE, normalise_language, placeholders, t
from tests.utils import ROOT

ROOT = ROOT
KEY_CALL = re.compile(r"""\b(?:tr|t)\(\s*["']([a-z_][a-z0-9_.]*)["']""")


def test_every_entry_has_dutch_and_english():
    missing = [k for k, (nl, en) in CATALOGUE.items() if not nl.strip() or not en.strip()]
    assert missing == []


def test_placeholders_match_between_languages():
    wrong = [k for k, (nl, en) in CATALOGUE.items() if placeholders(nl) != placeholders(en)]
    assert wrong == []


def test_every_key_used_in_code_exists():
    used = set()
    for folder in ("facilitation", "pages", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            used.update(KEY_CALL.findall(path.read_text(encoding="utf-8")))
    used.update(KEY_CALL.findall((ROOT / "app.py").read_text(encoding="utf-8")))
    assert sorted(k for k in used if k not in CATALOGUE) == []


def test_dutch_is_the_default_and_english_is_available():
    assert t("phone.composer.send") == "Versturen"
    assert t("phone.composer.send", "en") == "Send"
    assert normalise_language("EN-gb") == "en"
    assert normalise_language("fr") == "nl"


def test_unknown_key_raises():
    with pytest.raises(KeyError):
        t("no.such.key")
