"""``python -m facilitation harvest``: the report from the command line, warnings and errors."""

from __future__ import annotations

import zipfile

from docx import Document

from tests.docx_reading import read_docx
from tests.ops.test_cli import EXAMPLE
from tests.utils import ROOT

PITCH = ROOT / "examples" / "pitchsessie-26-januari-2015.yaml"


def _import(cli, tmp_path, example=EXAMPLE) -> str:
    result = cli(tmp_path, "import-event", str(example), "--new-code")
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[1]


def test_harvest_writes_the_report(cli, tmp_path):
    code = _import(cli, tmp_path)
    out = tmp_path / "oogst.docx"
    result = cli(tmp_path, "harvest", code, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Geschreven: {out}"
    report = read_docx(out.read_bytes())
    assert report.texts("Title") == ["Knooppunten voor maatschappelijke initiatieven"]
    assert (1, "De Academy voor knooppunten") in report.headings()


def test_harvest_in_english_on_request_with_packs(cli, tmp_path):
    code = _import(cli, tmp_path, PITCH)
    out, packs = tmp_path / "harvest.docx", tmp_path / "packs.zip"
    result = cli(tmp_path, "harvest", code, "--out", str(out), "--packs", str(packs), lang="en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Written: {out}", f"Written: {packs}"]
    assert "Participants" in read_docx(out.read_bytes()).texts()
    names = zipfile.ZipFile(packs).namelist()
    assert "feedback-4B-verduurzaam-jouw-initiatief-in-deze-tijd-van-trans.docx" in names


def test_harvest_prints_a_warning_for_each_missing_style(cli, tmp_path):
    code = _import(cli, tmp_path, PITCH)  # its report has replies (List Bullet 2) and links
    template = Document()
    bullets = template.styles["List Bullet 2"].element
    bullets.getparent().remove(bullets)
    path = tmp_path / "huisstijl.docx"
    template.save(str(path))
    out = tmp_path / "oogst.docx"
    result = cli(tmp_path, "harvest", code, "--out", str(out), "--template", str(path))
    assert result.returncode == 0, result.stderr
    assert "Let op: Het sjabloon heeft geen stijl 'List Bullet 2'" in result.stderr
    assert "'Hyperlink'" in result.stderr
    assert read_docx(out.read_bytes()).bullets()


def test_harvest_with_a_broken_template_explains_and_writes_nothing(cli, tmp_path):
    code = _import(cli, tmp_path)
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"PK\x03\x04 geen echt bestand")
    out = tmp_path / "oogst.docx"
    result = cli(tmp_path, "harvest", code, "--out", str(out), "--template", str(bad))
    assert result.returncode == 1
    assert "'kapot.docx' is geen bruikbaar Word-sjabloon" in result.stderr
    assert not out.exists()
    english = cli(tmp_path, "harvest", code, "--out", str(out), "--template", str(bad), lang="en")
    assert "'kapot.docx' is not a usable Word template" in english.stderr


def test_harvest_of_an_unknown_code(cli, tmp_path):
    result = cli(tmp_path, "harvest", "ZZZZ-ZZZZ", "--out", str(tmp_path / "x.docx"))
    assert result.returncode == 1 and "Geen bijeenkomst gevonden" in result.stderr
    assert not (tmp_path / "x.docx").exists()
