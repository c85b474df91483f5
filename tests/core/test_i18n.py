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


# Counts: every text that shows a number of things takes the singular for 1 and the plural
# otherwise. Rendering each such text with 1 and with 2 must never give "1 bijdragen" or
# "2 bijdrage"; "(s)"-style shortcuts are not a plural.
COUNTS = {"count", "voters", "dots", "left", "limit", "seconds", "length", "max_length", "days"}
PLURALS = {
    "nl": "bijdragen tekens seconden stippen acties voorstellen aanmeldingen mensen stemmers "
    "deelnemers minuten telefoons dagen",
    "en": "contributions characters seconds dots actions proposals sign-ups people voters "
    "participants minutes phones days",
}
SINGULARS = {
    "nl": "bijdrage teken seconde stip actie voorstel aanmelding persoon stemmer deelnemer "
    "minuut telefoon dag",
    "en": "contribution character second dot action proposal sign-up person voter participant "
    "minute phone day",
}


def _rendered(count: int) -> list[tuple[str, str, str]]:
    texts = []
    for key, (nl, _) in CATALOGUE.items():
        names = placeholders(nl)
        if not names & COUNTS:
            continue
        params = {name: (count if name in COUNTS else "X") for name in names}
        texts.extend((key, lang, t(key, lang, **params)) for lang in ("nl", "en"))
    return texts


@pytest.mark.parametrize(("count", "wrong"), [(1, PLURALS), (2, SINGULARS)])
def test_every_count_agrees_with_its_noun(count, wrong):
    bad = []
    for key, lang, text in _rendered(count):
        for word in wrong[lang].split():
            if re.search(rf"(?<![\d.,]){count} {re.escape(word)}\b(?!-)", text):
                bad.append(f"{key} [{lang}]: {text}")
    assert bad == []


def test_no_text_hedges_its_plural_with_brackets():
    hedged = [k for k, pair in CATALOGUE.items() for s in pair if re.search(r"\w\((s|en|pen)\)", s)]
    assert hedged == []


def test_plural_helper_picks_the_form_by_count():
    from facilitation.i18n import plural, plural_templates

    assert t("phone.feed.count", "nl", count=1) == "1 bijdrage aan deze tafel"
    assert t("phone.feed.count", "nl", count=0) == "0 bijdragen aan deze tafel"
    assert t("phone.feed.count", "en", count=2) == "2 contributions at this table"
    assert t("agenda.wall.members", "nl", count=1) == "1 doet mee:"
    assert t("agenda.wall.members", "nl", count=3) == "3 doen mee:"
    assert (
        plural(1, "stip", "# stippen") == "stip" and plural(4, "stip", "# stippen") == "4 stippen"
    )
    assert plural_templates("phone.feed.count", "nl") == {
        "one": "{count} bijdrage aan deze tafel",
        "other": "{count} bijdragen aan deze tafel",
    }


def test_every_section_placement_has_a_name_in_the_setup_form():
    """A placement added to the model (e.g. before_intro) must be named in both languages."""
    from facilitation.models import SectionPlacement

    for placement in SectionPlacement:
        for language in ("nl", "en"):
            assert t(f"setup.placement.{placement.value}", language) != (
                f"setup.placement.{placement.value}"
            )
