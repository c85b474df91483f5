"""Word templates that are small packed and huge unpacked (zip bombs), uploaded or in a backup.

The template limit of 10 MB is on the packed file; a part of zeros packs a thousand times
smaller. The bombs are built here with zipfile, streamed, so no large file is ever committed.
Figures in docs/security.md.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from facilitation.core.db import read_session, write_session
from facilitation.core.errors import TemplateUnpacksTooLarge
from facilitation.harvest import templates
from facilitation.harvest.report.template import DEFAULT_TEMPLATE, check_template
from facilitation.ops.bundle import export_bundle, import_bundle
from tests.security.limited import run_limited
from tests.utils import make_meeting

BOMB_SOURCE = """
import io, zipfile
from pathlib import Path

RELATION = (
    b'<Relationship Id="rIdBomb" Target="media/image1.png" Type="http://schemas.openxmlformats.'
    b'org/officeDocument/2006/relationships/image"/>'
)
PNG_TYPE = b'<Default Extension="png" ContentType="image/png"/>'

def template_bomb(megabytes, name="word/media/image1.png"):
    '''Return Oogst's own template with a part of *megabytes* MB of zeros added.'''
    out = io.BytesIO()
    base = Path("templates_docx/oogst.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":  # the document uses the image
                content = content.replace(b"</Relationships>", RELATION + b"</Relationships>")
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", PNG_TYPE + b"</Types>")
            target.writestr(info, content)
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w", force_zip64=True) as part:
            zeros = bytes(1024 * 1024)
            for _ in range(megabytes):
                part.write(zeros)
    return out.getvalue()
"""
exec(BOMB_SOURCE)  # defines template_bomb here too, as in the child processes


def test_the_bomb_is_small_packed():
    data = template_bomb(60)  # type: ignore[name-defined]  # noqa: F821
    assert len(data) < 200_000
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sum(i.file_size for i in archive.infolist()) > 60 * 1024 * 1024


def test_a_template_bomb_is_refused_from_its_directory_without_unpacking():
    figures = run_limited(
        BOMB_SOURCE
        + "from facilitation.harvest.report.template import check_template\n"
        + "bomb = template_bomb(400)",
        "check_template(bomb, filename='bom.docx')",
        memory_mb=900,
        timeout=60,
    )
    print("400 MB template part, check_template:", figures)
    assert figures.outcome.startswith("TemplateUnpacksTooLarge"), figures
    assert figures.seconds < 0.5 and figures.peak_mb < 10, figures


def test_a_tightly_packed_part_under_the_size_cap_is_refused_by_its_ratio():
    bomb = template_bomb(20)  # type: ignore[name-defined]  # noqa: F821
    with pytest.raises(TemplateUnpacksTooLarge) as caught:
        check_template(bomb, filename="bom.docx")
    assert "'bom.docx'" in caught.value.message("nl")
    assert "'bom.docx'" in caught.value.message("en")


def test_oogsts_own_template_passes():
    assert check_template(DEFAULT_TEMPLATE.read_bytes(), filename="oogst.docx") == []


def _bundle_with(template: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": "oogst-bundle"}))
        archive.writestr("event.yaml", "oogst: 1\nformat: table_rounds\ntitle: Bom\n")
        archive.writestr("template.docx", template)
    return buffer.getvalue()


def test_a_backup_restore_checks_its_template_and_stores_nothing(engine):
    bundle = _bundle_with(template_bomb(60))  # type: ignore[name-defined]  # noqa: F821
    with pytest.raises(TemplateUnpacksTooLarge), write_session(engine) as session:
        import_bundle(session=session, data=bundle)
    with read_session(engine) as session:
        from facilitation.meeting import events

        assert events.list_events(session=session) == []


def test_a_backup_restore_refuses_a_template_that_is_no_word_file(engine):
    from facilitation.core.errors import InvalidTemplate

    with pytest.raises(InvalidTemplate), write_session(engine) as session:
        import_bundle(session=session, data=_bundle_with(b"no word file"))


def test_a_backup_with_a_good_template_still_restores(engine):
    meeting = make_meeting(engine, tables=1)
    with write_session(engine) as session:
        templates.save_template(
            session=session,
            event_id=meeting.id,
            filename="huis.docx",
            data=DEFAULT_TEMPLATE.read_bytes(),
        )
    with read_session(engine) as session:
        bundle = export_bundle(session=session, event_id=meeting.id)
    with write_session(engine) as session:
        session.delete(session.get(type(meeting.event), meeting.id))
    with write_session(engine) as session:
        event = import_bundle(session=session, data=bundle)
    with read_session(engine) as session:
        stored = templates.stored_template(session=session, event_id=event.id)
    assert stored is not None and stored.filename == "huis.docx"
