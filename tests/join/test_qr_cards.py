"""QR codes decode to the join URLs; table cards carry number, theme, question, QR and URL."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import zxingcpp
from docx import Document
from PIL import Image

from facilitation.core.db import read_session
from facilitation.join.cards import table_cards
from facilitation.join.qr import join_url, qr_png, qr_svg, wall_url
from facilitation.meeting.targets import all_targets
from tests.utils import make_meeting

BASE = "http://10.1.2.3:8501"


def _decode(png: bytes) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def test_join_urls_per_event_table_and_case(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=2)
    code = meeting.event.code
    assert join_url(BASE, code) == f"{BASE}/join?event={code}"
    assert (
        join_url(BASE + "/", code, meeting.target(table=2)) == f"{BASE}/join?event={code}&table=2"
    )
    assert wall_url(BASE, meeting.event).startswith(f"{BASE}/wall?event={code}&key=")


def test_png_decodes_to_the_url():
    url = f"{BASE}/join?event=ABCDEFGH&table=12"
    assert _decode(qr_png(url)) == [url]


def test_svg_is_valid_svg_with_a_path():
    root = ET.fromstring(qr_svg(f"{BASE}/join?event=ABCDEFGH"))
    assert root.tag.endswith("svg")
    assert any(el.tag.endswith("path") for el in root.iter())


def test_table_cards_one_per_table_with_scannable_qr(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=3)
    with read_session(sqlite_engine) as session:
        targets = all_targets(session=session, event_id=meeting.id)
    document = Document(io.BytesIO(table_cards(meeting.event, targets, BASE, "nl")))
    text = "\n".join(p.text for p in document.paragraphs)
    for number in (1, 2, 3):
        assert (
            f"Tafel {number}" in text and f"Thema {number}" in text and f"Vraag {number}?" in text
        )
        assert f"{BASE}/join?event={meeting.event.code}&table={number}" in text
    images = [rel.target_part.blob for rel in document.part.rels.values() if "image" in rel.reltype]
    decoded = sorted(url for blob in images for url in _decode(blob))
    expected = sorted(
        [join_url(BASE, meeting.event.code)]
        + [join_url(BASE, meeting.event.code, t) for t in targets]
    )
    assert decoded == expected
