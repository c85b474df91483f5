"""The report's bar charts: level labels under a few upright bars, one label per row otherwise,
a title only when no heading says it, long labels cut at a word and listed in full."""

from __future__ import annotations

import pytest

from facilitation.charts import specs as charts
from facilitation.core.db import read_session, write_session
from facilitation.harvest.report.builder import build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.report.figures import _short, bars_png
from facilitation.meeting import events
from facilitation.models import ReportOptions
from tests.docx_reading import read_docx
from tests.utils import make_meeting


def test_upright_bars_keep_their_labels_level():
    spec = charts.report_bars_spec([("Tafel 1", 3)], title="Aantal", width=560, horizontal=False)
    assert spec["encoding"]["x"]["axis"]["labelAngle"] == 0
    assert spec["title"]["text"] == "Aantal"


def test_horizontal_bars_put_one_label_per_row_and_may_go_without_title():
    spec = charts.report_bars_spec([("Een lang label", 3)], title="", width=360, horizontal=True)
    assert spec["encoding"]["y"]["field"] == "label" and spec["height"] == {"step": 26}
    assert "title" not in spec


@pytest.mark.parametrize(
    ("label", "short"),
    [
        ("Time bank extra", "Time bank extra"),
        ("Interne initiatievenmakelaars en crossovers", "Interne initiatievenmakelaars en…"),
    ],
)
def test_long_labels_are_cut_at_a_word(label, short):
    assert _short(label) == short


def test_a_picture_is_a_png():
    assert bars_png([("Tafel 1", 2), ("Tafel 2", 5)], title="Aantal").startswith(b"\x89PNG")


def test_labels_cut_short_are_listed_in_full_under_the_caption(sqlite_engine):
    meeting = make_meeting(sqlite_engine, tables=4)
    with write_session(sqlite_engine) as session:
        for theme in range(1, 5):
            target = meeting.target(table=theme).theme
            events.save_theme(
                session=session,
                event_id=meeting.id,
                theme_id=target.id,
                update=events.theme_update(
                    label=f"Thema met een heel erg lange naam nummer {theme}"
                ),
            )
    meeting.send(meeting.participant(), "Iets")
    with read_session(sqlite_engine) as session:
        content = read_harvest(session=session, event_id=meeting.id)
    report = read_docx(build_report(content, options=ReportOptions(count_chart="always")).data)
    assert report.tables()[0][0] == ["In de grafiek", "Volledige naam"]
    assert report.tables()[0][1] == [
        "Thema met een heel erg lange naam…",
        "Thema met een heel erg lange naam nummer 1",
    ]
