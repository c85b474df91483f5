"""Schema steps: a database from before the agenda gets the one-sign-up-per-action index."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from facilitation.core.db import write_session
from facilitation.core.migrations import SCHEMA_VERSION, apply_migrations
from facilitation.models import Contribution, Driver
from tests.utils import make_agenda


def test_old_database_gets_the_sign_up_index(engine):
    meeting, ids = make_agenda(engine)
    who = meeting.participant()
    with engine.begin() as conn:  # as a database created before the index existed
        conn.execute(text("DROP INDEX uq_driver_action_participant"))
        conn.execute(
            text("UPDATE installationsetting SET value = '0' WHERE key = 'schema_version'")
        )
    assert apply_migrations(engine) == SCHEMA_VERSION >= 1
    with pytest.raises(IntegrityError), write_session(engine) as session:
        for _ in range(2):
            session.add(Driver(action_id=ids["offer"], participant_id=who.id, person_name="x"))
        session.flush()


def test_old_database_gets_one_row_per_client_id_in_an_event(engine):
    meeting, _ids = make_agenda(engine)
    with engine.begin() as conn:  # as a database from before the index existed
        conn.execute(text("DROP INDEX ix_contribution_event_client"))
        conn.execute(
            text("UPDATE installationsetting SET value = '1' WHERE key = 'schema_version'")
        )
    assert apply_migrations(engine) == SCHEMA_VERSION >= 2
    one, two = meeting.participant(), meeting.participant()
    meeting.send(one, "eerste", client_id="same-client-id-0001")
    with pytest.raises(IntegrityError), write_session(engine) as session:
        session.add(
            Contribution(
                event_id=meeting.id,
                participant_id=two.id,
                client_id="same-client-id-0001",
                text="tweede",
            )
        )
        session.flush()


def test_old_database_gets_the_wall_screen_switch(engine):
    from facilitation.core.migrations import STEPS, _event_wall_screen
    from facilitation.meeting.events import get_event
    from facilitation.models import WallScreen

    meeting, _ids = make_agenda(engine)
    before = STEPS.index(_event_wall_screen)
    with engine.begin() as conn:  # as a database from before the switch existed
        conn.execute(text("ALTER TABLE event DROP COLUMN wall_screen"))
        conn.execute(
            text("UPDATE installationsetting SET value = :v WHERE key = 'schema_version'"),
            {"v": str(before)},
        )
    assert apply_migrations(engine) == SCHEMA_VERSION > before
    with write_session(engine) as session:
        event = get_event(session=session, event_id=meeting.id)
        assert event.wall_screen is WallScreen.AUTO
        event.wall_screen = WallScreen.JOIN
        session.add(event)
    with write_session(engine) as session:
        assert get_event(session=session, event_id=meeting.id).wall_screen is WallScreen.JOIN


def test_old_database_gets_the_scan_tables(engine):
    from facilitation.core.migrations import STEPS, _scan_tables

    make_agenda(engine)
    before = STEPS.index(_scan_tables)
    with engine.begin() as conn:  # as a database from before scans existed
        for table in ("scan_answer", "scan_response", "scan_question", "scan"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(
            text("UPDATE installationsetting SET value = :v WHERE key = 'schema_version'"),
            {"v": str(before)},
        )
    assert apply_migrations(engine) == SCHEMA_VERSION
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM scan_answer")).scalar() == 0
    assert apply_migrations(engine) == SCHEMA_VERSION  # idempotent
