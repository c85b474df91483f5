"""Templates: the organiser's styles, header, footer and logo are kept; missing styles get a
stand-in and a warning; a file that is no Word template gets a clear error."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from facilitation.core.db import read_session, write_session
from facilitation.core.errors import InvalidTemplate, TemplateTooLarge
from facilitation.harvest import editing as harvest
from facilitation.harvest import templates as store
from facilitation.harvest.report.builder import build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.report.styles import STYLE_NAMES
from facilitation.harvest.report.template import DEFAULT_TEMPLATE, check_template
from facilitation.harvest.service import harvest_report
from facilitation.join.qr import qr_png
from facilitation.models import ChartChoice, ReportOptions
from tests.docx_reading import read_docx
from tests.utils import make_meeting


def _house_style(*, drop: tuple[str, ...] = ()) -> bytes:
    """Return a template with a logo and text in the header, a footer, its own font, junk body."""
    document = Document()
    header = document.sections[0].header.paragraphs[0]
    header.add_run("Gemeente Voorbeeld").bold = True
    header.add_run().add_picture(io.BytesIO(qr_png("https://logo.example")))
    document.sections[0].footer.paragraphs[0].add_run("Voettekst van de gemeente")
    document.styles["Normal"].font.name = "Garamond"
    document.styles["Normal"].font.size = Pt(12)
    document.add_paragraph("Verwijder mij: voorbeeldtekst in het sjabloon")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Sjabloontabel"
    for name in drop:
        style = document.styles[name]
        style.element.getparent().remove(style.element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def content(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=2)
    who = meeting.participant()
    first = meeting.send(who, "Bovenaan").contribution_id
    meeting.send(who, "Zie www.example.org")
    reply = meeting.send(who, "Eronder").contribution_id
    with write_session(sqlite_engine) as session:
        harvest.nest_under(
            session=session, event_id=meeting.id, contribution_id=reply, parent_id=first
        )
    with read_session(sqlite_engine) as session:
        return read_harvest(session=session, event_id=meeting.id)


def test_default_template_defines_every_style_the_report_uses():
    assert DEFAULT_TEMPLATE.exists()
    assert check_template(DEFAULT_TEMPLATE.read_bytes()) == []


def test_house_style_header_footer_logo_and_font_are_kept(content):
    built = build_report(content, template=_house_style(), charts=False)
    report = read_docx(built.data)
    section = report.document.sections[0]
    assert section.header.paragraphs[0].text == "Gemeente Voorbeeld"
    assert section.header.part.related_parts  # the logo picture travels with the header
    assert section.footer.paragraphs[0].text == "Voettekst van de gemeente"
    assert report.document.styles["Normal"].font.name == "Garamond"
    assert "Verwijder mij" not in "\n".join(report.texts())
    assert ["Sjabloontabel"] not in [row for table in report.tables() for row in table]
    assert report.texts("Title") == ["Testbijeenkomst"]


def test_missing_styles_get_a_stand_in_and_a_warning_naming_them(content):
    template = _house_style(drop=("List Bullet 2", "Heading 1", "Title"))
    built = build_report(content, template=template, charts=False)
    assert [w.style for w in built.warnings] == ["Title", "Heading 1", "List Bullet 2", "Hyperlink"]
    assert "'List Bullet 2'" in built.warnings[2].message("nl")
    assert "no style 'Title'" in built.warnings[0].message("en")
    report = read_docx(built.data)
    assert report.bullets() == [(0, "Bovenaan"), (1, "Eronder"), (0, "Zie www.example.org")]
    nested = report.document.styles["List Bullet 2"].element
    assert nested.pPr.numPr.ilvl.val == 1  # a real bullet list, one level in
    heading = report.document.styles["Heading 1"].element
    assert heading.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "0"
    assert report.headings()[0] == (1, "1. Thema 1")


def test_a_template_without_any_report_style_still_builds(content):
    bare = _house_style(drop=tuple(n for n in STYLE_NAMES if n not in ("Normal", "Hyperlink")))
    built = build_report(
        content, template=bare, options=ReportOptions(count_chart=ChartChoice.ALWAYS)
    )
    assert {w.style for w in built.warnings} >= {"Title", "Heading 1", "List Bullet", "Caption"}
    assert read_docx(built.data).links() == [("www.example.org", "http://www.example.org")]


def test_a_word_template_file_dotx_is_accepted(content):
    source = zipfile.ZipFile(io.BytesIO(_house_style()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    report = read_docx(build_report(content, template=out.getvalue(), charts=False).data)
    assert report.document.sections[0].header.paragraphs[0].text == "Gemeente Voorbeeld"


def _not_templates() -> dict[str, bytes]:
    spreadsheet = io.BytesIO()
    with zipfile.ZipFile(spreadsheet, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    good = _house_style()
    return {
        "leeg.docx": b"",
        "tekst.docx": b"Dit is geen Word-bestand",
        "rekenblad.xlsx": spreadsheet.getvalue(),
        "afgebroken.docx": good[: len(good) // 2],
        "plaatje.png": qr_png("x"),
    }


@pytest.mark.parametrize("filename", list(_not_templates()))
def test_a_file_that_is_no_template_gets_a_clear_error(filename, content):
    data = _not_templates()[filename]
    with pytest.raises(InvalidTemplate) as caught:
        build_report(content, template=data, template_name=filename)
    assert caught.value.message("nl").startswith(f"'{filename}' is geen bruikbaar Word-sjabloon")
    assert caught.value.message("en").startswith(f"'{filename}' is not a usable Word template")


def test_a_huge_template_is_refused():
    with pytest.raises(TemplateTooLarge) as caught:
        check_template(b"0" * (11 * 1024 * 1024), filename="groot.docx")
    assert "groter dan 10 MB" in caught.value.message("nl")


def test_stored_templates_event_first_then_installation_default(engine):
    meeting = make_meeting(engine, tables=1)
    other = make_meeting(engine, tables=1, title="Ander")
    with write_session(engine) as session:
        store.save_template(
            session=session, event_id=None, filename="huis.docx", data=_house_style()
        )
        missing = store.save_template(
            session=session,
            event_id=meeting.id,
            filename="eigen.docx",
            data=_house_style(drop=("Caption",)),
        )
    assert [m.style for m in missing] == ["Caption", "Hyperlink"]
    with read_session(engine) as session:
        assert store.template_for(session=session, event_id=meeting.id).filename == "eigen.docx"
        assert store.template_for(session=session, event_id=other.id).filename == "huis.docx"
        report = read_docx(harvest_report(session=session, event_id=other.id, charts=False).data)
    assert report.document.sections[0].footer.paragraphs[0].text == "Voettekst van de gemeente"
    with write_session(engine) as session:
        store.remove_template(session=session, event_id=meeting.id)
    with read_session(engine) as session:
        assert store.template_for(session=session, event_id=meeting.id).filename == "huis.docx"


def test_an_invalid_upload_stores_nothing(engine):
    meeting = make_meeting(engine, tables=1)
    with pytest.raises(InvalidTemplate), write_session(engine) as session:
        store.save_template(session=session, event_id=meeting.id, filename="x.docx", data=b"nee")
    with read_session(engine) as session:
        assert store.template_for(session=session, event_id=meeting.id) is None
