"""The preview: the built .docx as HTML, nothing a participant typed becomes markup."""

from __future__ import annotations

from facilitation.core.db import read_session, write_session
from facilitation.harvest.preview import docx_to_html, sanitize_html, slim
from facilitation.harvest.service import harvest_report
from facilitation.meeting import events
from facilitation.models import EventUpdate
from tests.utils import make_meeting


def test_what_participants_typed_stays_text(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    who = meeting.participant()
    meeting.send(who, "<script>alert('x')</script> <img src=x onerror=alert(1)>")
    meeting.send(who, "[klik](javascript:alert(1)) en https://veilig.example.org")
    with write_session(sqlite_engine) as session:
        events.update_event(
            session=session,
            event_id=meeting.id,
            update=EventUpdate(intro="**Vet** en [kwaad](javascript:alert(2))\n\n1. een\n2. twee"),
        )
    with read_session(sqlite_engine) as session:
        html = docx_to_html(harvest_report(session=session, event_id=meeting.id).data)
    assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html
    assert 'href="javascript' not in html
    assert '<a href="https://veilig.example.org" target="_blank" rel="noopener noreferrer">' in html
    assert "<strong>Vet</strong>" in html and "<ol><li>een</li><li>twee</li></ol>" in html


def test_the_allow_list_drops_tags_attributes_and_unsafe_addresses():
    dirty = (
        '<h2 onclick="x()">Kop</h2><script>alert(1)</script><iframe src="https://x"></iframe>'
        '<a href="javascript:alert(1)">a</a><a href="mailto:a@b.nl">b</a>'
        '<img src="https://tracker.example/x.png"><img src="data:image/png;base64,iVBORw0KGgo=">'
        '<p class="doc-caption" style="color:red">c</p><p class="evil">d</p><ul><li>open'
    )
    assert sanitize_html(dirty) == (
        "<h2>Kop</h2>alert(1)"
        "<a>a</a>"
        '<a href="mailto:a@b.nl" target="_blank" rel="noopener noreferrer">b</a>'
        '<img><img src="data:image/png;base64,iVBORw0KGgo=">'
        '<p class="doc-caption">c</p><p>d</p><ul><li>open</li></ul>'
    )


def test_slim_keeps_only_the_styles_in_use(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=1)
    with read_session(sqlite_engine) as session:
        data = harvest_report(session=session, event_id=meeting.id).data
    small = slim(data)
    assert len(small) < len(data) / 2
    assert docx_to_html(data) == sanitize_html(docx_to_html(small))
