"""The harvest editor's services: every edit stored, revisioned, reversible where promised."""

from __future__ import annotations

import pytest
from sqlmodel import select

from facilitation.core.db import read_revision, read_session, write_session
from facilitation.core.errors import (
    ContributionNotFound,
    InvalidField,
    InvalidMerge,
    InvalidNesting,
    TargetNotFound,
)
from facilitation.core.validation import validated
from facilitation.harvest import editing as harvest
from facilitation.harvest.report.content import read_harvest
from facilitation.live.wall import WallCache
from facilitation.models import Case, Contribution, ContributionUpdate, SummaryUpdate, Theme
from tests.utils import make_meeting


@pytest.fixture
def meeting(engine):
    return make_meeting(engine, tables=3)


def _send(meeting, *texts, table=1):
    who = meeting.participant()
    return [meeting.send(who, text, table=table).contribution_id for text in texts]


def _row(meeting, contribution_id) -> Contribution:
    with read_session(meeting.engine) as session:
        return session.get(Contribution, contribution_id)


def _edit(meeting, action, **kwargs):
    with write_session(meeting.engine) as session:
        return action(session=session, event_id=meeting.id, **kwargs)


def _listed(meeting, table=1):
    with read_session(meeting.engine) as session:
        block = next(
            b
            for b in read_harvest(session=session, event_id=meeting.id).themes
            if b.theme.number == table
        )
    return [(item.row.text, [reply.row.text for reply in item.replies]) for item in block.items]


def test_edit_keeps_the_participants_words_and_can_restore_them(meeting):
    [first] = _send(meeting, "Orginele tekst met tikfout")
    revision = _revision(meeting)
    _edit(
        meeting,
        harvest.update_contribution,
        contribution_id=first,
        update=validated(
            ContributionUpdate,
            {"text": "Originele tekst", "remark": "samengevat", "highlight": True},
        ),
    )
    row = _row(meeting, first)
    assert (row.text, row.original_text) == ("Originele tekst", "Orginele tekst met tikfout")
    assert row.remark == "samengevat" and row.highlight is True
    assert row.revision == _revision(meeting) == revision + 1
    _edit(meeting, harvest.restore_original, contribution_id=first)
    assert _row(meeting, first).text == "Orginele tekst met tikfout"


def _revision(meeting) -> int:
    with read_session(meeting.engine) as session:
        return read_revision(session=session, event_id=meeting.id)


def test_edit_refuses_unknown_fields_unsafe_links_and_other_events_rows(meeting, engine):
    [first] = _send(meeting, "Iets")
    for changes in ({"colour": "red"}, {"link": "javascript:alert(1)"}, {"kind": "spam"}):
        with pytest.raises(InvalidField):
            _edit(
                meeting,
                harvest.update_contribution,
                contribution_id=first,
                update=validated(ContributionUpdate, changes),
            )
    _edit(
        meeting,
        harvest.update_contribution,
        contribution_id=first,
        update=validated(ContributionUpdate, {"link": "www.x.nl"}),
    )
    assert _row(meeting, first).link == "http://www.x.nl"
    other = make_meeting(engine, tables=1, title="Andere")
    with pytest.raises(ContributionNotFound), write_session(engine) as session:
        harvest.update_contribution(
            session=session,
            event_id=other.id,
            contribution_id=first,
            update=validated(ContributionUpdate, {"hidden": True}),
        )


def test_hide_takes_it_out_of_the_report_but_keeps_it(meeting):
    _first, second = _send(meeting, "Zichtbaar", "Verborgen")
    _edit(
        meeting,
        harvest.update_contribution,
        contribution_id=second,
        update=validated(ContributionUpdate, {"hidden": True}),
    )
    assert _listed(meeting) == [("Zichtbaar", [])]
    with read_session(meeting.engine) as session:
        everything = read_harvest(session=session, event_id=meeting.id, include_hidden=True)
    assert [i.row.text for i in everything.themes[0].items] == ["Zichtbaar", "Verborgen"]


def test_reorder_moves_among_siblings_and_stops_at_the_ends(meeting):
    a, _b, c = _send(meeting, "A", "B", "C")
    _edit(meeting, harvest.reorder, contribution_id=c, offset=-1)
    assert [text for text, _ in _listed(meeting)] == ["A", "C", "B"]
    _edit(meeting, harvest.reorder, contribution_id=c, offset=-5)
    _edit(meeting, harvest.reorder, contribution_id=a, offset=+9)
    assert [text for text, _ in _listed(meeting)] == ["C", "B", "A"]


def test_nest_under_and_back_to_the_top(meeting):
    question, answer = _send(meeting, "Vraag", "Antwoord")
    _edit(meeting, harvest.nest_under, contribution_id=answer, parent_id=question)
    assert _listed(meeting) == [("Vraag", ["Antwoord"])]
    _edit(meeting, harvest.nest_under, contribution_id=answer, parent_id=None)
    assert _listed(meeting) == [("Vraag", []), ("Antwoord", [])]


def test_nesting_under_itself_a_reply_or_another_table_is_refused(meeting):
    top, reply = _send(meeting, "Boven", "Eronder")
    [elsewhere] = _send(meeting, "Andere tafel", table=2)
    _edit(meeting, harvest.nest_under, contribution_id=reply, parent_id=top)
    for child, parent in ((top, top), (top, reply), (top, elsewhere)):
        with pytest.raises(InvalidNesting):
            _edit(meeting, harvest.nest_under, contribution_id=child, parent_id=parent)


def test_move_takes_replies_along_and_leaves_the_old_thread(meeting):
    top, reply, other = _send(meeting, "Hoort elders", "Reactie erop", "Blijft")
    parent_here, *_ = _send(meeting, "Draad")
    _edit(meeting, harvest.nest_under, contribution_id=reply, parent_id=top)
    _edit(meeting, harvest.nest_under, contribution_id=top, parent_id=parent_here)
    _edit(meeting, harvest.move_contribution, contribution_id=top, target_key="t3")
    assert _listed(meeting, table=3) == [("Hoort elders", ["Reactie erop"])]
    assert _listed(meeting, table=1) == [("Blijft", []), ("Draad", [])]
    with pytest.raises(TargetNotFound):
        _edit(meeting, harvest.move_contribution, contribution_id=other, target_key="t99")


def test_move_to_a_case_shows_on_the_wall_there(meeting):
    with write_session(meeting.engine) as session:
        theme = session.exec(select(Theme).where(Theme.event_id == meeting.id)).first()
        session.add(Case(event_id=meeting.id, theme_id=theme.id, letter="A", name="Casus"))
    [first] = _send(meeting, "Naar de casus")
    cache = WallCache()
    with read_session(meeting.engine) as session:
        assert cache.view(session, meeting.id).section("t1").count == 1
    _edit(meeting, harvest.move_contribution, contribution_id=first, target_key="c1A")
    with read_session(meeting.engine) as session:
        view = cache.view(session, meeting.id)
    theme = view.section("t1")  # an empty theme that only groups cases is left off the wall
    assert (theme.count if theme else 0, view.section("c1A").count) == (0, 1)


def test_merge_counts_duplicates_moves_their_replies_and_unmerge_restores(meeting):
    keep, duplicate, reply = _send(meeting, "Meer geld", "Meer geld!!", "Van wie?")
    _edit(meeting, harvest.nest_under, contribution_id=reply, parent_id=duplicate)
    _edit(meeting, harvest.merge_into, duplicate_id=duplicate, keep_id=keep)
    with read_session(meeting.engine) as session:
        [item] = read_harvest(session=session, event_id=meeting.id).themes[0].items
    assert item.row.text == "Meer geld"
    assert [d.text for d in item.duplicates] == ["Meer geld!!"]
    assert [r.row.text for r in item.replies] == ["Van wie?"]
    _edit(meeting, harvest.unmerge, contribution_id=duplicate)
    assert [text for text, _ in _listed(meeting)] == ["Meer geld", "Meer geld!!"]


def test_merge_into_itself_or_its_own_reply_is_refused(meeting):
    top, reply = _send(meeting, "Boven", "Eronder")
    _edit(meeting, harvest.nest_under, contribution_id=reply, parent_id=top)
    for duplicate, keep in ((top, top), (top, reply)):
        with pytest.raises(InvalidMerge):
            _edit(meeting, harvest.merge_into, duplicate_id=duplicate, keep_id=keep)


def test_summary_status_and_open_marker_are_stored(meeting):
    with write_session(meeting.engine) as session:
        theme = session.exec(select(Theme).where(Theme.event_id == meeting.id)).first()
        session.add(Case(event_id=meeting.id, theme_id=theme.id, letter="A"))
    before = _revision(meeting)
    _edit(
        meeting,
        harvest.save_summary,
        target_key="t1",
        update=validated(SummaryUpdate, {"synthesis": "Samenvatting", "open_for_additions": True}),
    )
    _edit(
        meeting,
        harvest.save_summary,
        target_key="c1A",
        update=validated(SummaryUpdate, {"status": "out_of_time", "status_note": "geen tijd meer"}),
    )
    with read_session(meeting.engine) as session:
        block = read_harvest(session=session, event_id=meeting.id).themes[0]
    assert (block.theme.synthesis, block.theme.open_for_additions) == ("Samenvatting", True)
    assert (block.cases[0].case.status, block.cases[0].case.status_note) == (
        "out_of_time",
        "geen tijd meer",
    )
    assert _revision(meeting) == before + 2
    with pytest.raises(InvalidField):
        _edit(
            meeting,
            harvest.save_summary,
            target_key="t1",
            update=validated(SummaryUpdate, {"status": "discussed"}),
        )
