"""Cleaning pasted text: control characters, surrogates, line breaks; CSV formula neutralising."""

from __future__ import annotations

import pytest

from facilitation.core.errors import EmptyText, TextTooLong
from facilitation.core.text import clean_contribution, neutralise_formula, sanitize, single_line


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x00b\x01c\x08d", "abcd"),
        ("regel1\r\nregel2\rregel3", "regel1\nregel2\nregel3"),
        ("a\u2028b\u2029c\x85d", "a\nb\nc\nd"),
        ("\ufeffbom", "bom"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("niet\ufffe\uffffkarakters", "nietkarakters"),
        ("tab\tblijft", "tab\tblijft"),
        ("veel\n\n\n\n\nregels", "veel\n\nregels"),
        ("👩‍👩‍👧 familie", "👩‍👩‍👧 familie"),
        ("שלום עולם", "שלום עולם"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("e\u0301", "é"),
    ],
)
def test_sanitize(raw, clean):
    assert sanitize(raw) == clean


def test_sanitized_text_is_xml_compatible_for_word():
    from docx import Document

    every_control = "".join(chr(c) for c in range(0x20)) + "\x7f\ud800\ufffe\uffff"
    Document().add_paragraph(sanitize("tekst" + every_control + "einde"))


def test_single_line_folds_breaks_and_spaces():
    assert single_line("  Naam\n met \t spaties ") == "Naam met spaties"


def test_clean_contribution_limits():
    assert clean_contribution("  ok  ", max_chars=5) == "ok"
    with pytest.raises(EmptyText):
        clean_contribution(" \n ", max_chars=5)
    with pytest.raises(TextTooLong):
        clean_contribution("123456", max_chars=5)


@pytest.mark.parametrize("cell", ["=SUM(A1)", "+31 6", "-1", "@cmd", "\tx"])
def test_formula_cells_are_neutralised(cell):
    assert neutralise_formula(cell) == "'" + cell


def test_plain_cells_are_left_alone():
    assert neutralise_formula("gewone tekst") == "gewone tekst"
