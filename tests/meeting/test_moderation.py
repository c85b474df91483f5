"""The moderation list: newest first, per table or case, hidden or visible, merged ones left out."""

from __future__ import annotations

from facilitation.core.db import read_session, write_session
from facilitation.meeting import contributions
from facilitation.meeting.moderation import Visibility, moderation_page, visibility_counts
from tests.utils import make_meeting


def test_the_list_filters_per_table_and_by_visibility_newest_first(engine):
    meeting = make_meeting(engine, tables=2)
    who = meeting.participant()
    first = meeting.send(who, "een", table=1)
    meeting.send(who, "twee", table=1)
    meeting.send(who, "elders", table=2)
    with write_session(engine) as session:
        contributions.set_hidden(
            session=session, event_id=meeting.id, contribution_id=first.contribution_id, hidden=True
        )
    table_one = meeting.target(table=1)
    with read_session(engine) as session:

        def texts(**filters) -> list[str]:
            page = moderation_page(session=session, event_id=meeting.id, **filters)
            return [row.text for row in page.rows]

        assert texts() == ["elders", "twee", "een"]
        assert texts(target=table_one) == ["twee", "een"]
        assert texts(target=table_one, visibility=Visibility.HIDDEN) == ["een"]
        assert texts(visibility="visible") == ["elders", "twee"]
        cut = moderation_page(session=session, event_id=meeting.id, limit=1)
        assert [r.text for r in cut.rows] == ["elders"] and cut.total == 3
        counts = visibility_counts(session=session, event_id=meeting.id, target=table_one)
    assert counts == {Visibility.ALL: 2, Visibility.VISIBLE: 1, Visibility.HIDDEN: 1}
