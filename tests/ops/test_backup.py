"""Backups: SQLite copies while the app writes, restore, and one-file meeting bundles."""

from __future__ import annotations

import io
import re
import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from facilitation import eventfile
from facilitation.core.db import init_schema, make_engine, read_session, write_session
from facilitation.core.errors import InvalidBundle
from facilitation.models import Event, Participant, WordTemplate
from facilitation.ops import backup, bundle
from tests.utils import ROOT, make_meeting

EXAMPLE = ROOT / "examples" / "tafelrondes-12-februari-2015.yaml"
TEMPLATE = (ROOT / "templates_docx" / "oogst.docx").read_bytes()


def _count(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM contribution").fetchone()[0]


def test_backup_is_consistent_while_phones_write(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'oogst.db'}")
    init_schema(engine)
    meeting = make_meeting(engine)
    who = meeting.participant()
    stop = threading.Event()

    def writer():
        n = 0
        while not stop.is_set():
            meeting.send(who, f"idee {n}")
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    copies = [
        backup.backup_now(tmp_path / "oogst.db", tmp_path / "backups", keep=3) for _ in range(5)
    ]
    stop.set()
    thread.join()
    assert len(list((tmp_path / "backups").glob("oogst-*.db"))) <= 3
    for copy in copies[-3:]:
        if copy.exists():
            with sqlite3.connect(copy) as db:
                assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                assert db.execute("SELECT count(*) FROM contribution").fetchone()[0] >= 0


def test_scheduler_backs_up_only_after_changes(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'oogst.db'}")
    init_schema(engine)
    meeting = make_meeting(engine)
    scheduler = backup.BackupScheduler(
        engine, tmp_path / "oogst.db", tmp_path / "b", interval=3600, keep=5
    )
    assert scheduler.tick() is not None
    assert scheduler.tick() is None, "nothing changed"
    meeting.send(meeting.participant(), "nieuw")
    assert scheduler.tick() is not None


def test_restore_puts_the_backup_back_and_keeps_the_current_file(tmp_path):
    database = tmp_path / "oogst.db"
    engine = make_engine(f"sqlite:///{database}")
    init_schema(engine)
    meeting = make_meeting(engine)
    meeting.send(meeting.participant(), "voor de backup")
    copy = backup.backup_now(database, tmp_path / "backups", keep=5)
    meeting.send(meeting.participant(), "na de backup")
    engine.dispose()
    kept = backup.restore(copy, database)
    assert _count(database) == 1 and _count(kept) == 2


def test_restore_refuses_a_damaged_file(tmp_path):
    bad = tmp_path / "kapot.db"
    bad.write_bytes(b"geen database")
    with pytest.raises(sqlite3.DatabaseError):
        backup.restore(bad, tmp_path / "oogst.db")
    assert not (tmp_path / "oogst.db").exists()


def test_bundle_round_trip_is_identical_with_secrets_and_template(engine):
    with write_session(engine) as session:
        event = eventfile.import_event(
            session=session, model=eventfile.parse_event_file(EXAMPLE.read_bytes()), keep_code=False
        )
        session.add(WordTemplate(event_id=event.id, filename="huisstijl.docx", data=TEMPLATE))
    meeting_id = event.id
    who = make_meeting_participant(engine, event)
    with read_session(engine) as session:
        first = bundle.export_bundle(session=session, event_id=meeting_id)
        yaml_before = eventfile.dump_yaml(
            eventfile.export_event(session=session, event_id=meeting_id, include_secrets=True)
        )
        original = session.get(Event, meeting_id)
    with write_session(engine) as session:
        session.delete(session.get(Event, meeting_id))
    with write_session(engine) as session:
        restored = bundle.import_bundle(session=session, data=first)
    with read_session(engine) as session:
        yaml_after = eventfile.dump_yaml(
            eventfile.export_event(session=session, event_id=restored.id, include_secrets=True)
        )
        template = session.exec(
            select(WordTemplate).where(WordTemplate.event_id == restored.id)
        ).one()
        phone = session.exec(select(Participant).where(Participant.token == who.token)).one()
    assert yaml_after == yaml_before
    assert (restored.code, restored.wall_key, restored.cohost_key) == (
        original.code,
        original.wall_key,
        original.cohost_key,
    )
    assert template.data == TEMPLATE and template.filename == "huisstijl.docx"
    assert (
        phone.event_id == restored.id and phone.listed_consent_text == "Zet mijn naam op de lijst"
    )


def make_meeting_participant(engine, event):
    from facilitation.meeting import participants

    with write_session(engine) as session:
        who = participants.join(session=session, event=event)
        participants.update_profile(
            session=session,
            participant=who,
            name="Sanne",
            organisation="",
            listed_consent=True,
            listed_wording="Zet mijn naam op de lijst",
        )
    return who


@pytest.mark.parametrize(
    "data",
    [
        b"not a zip",
        b"",
        "zip-without-event",
        "zip-with-extra",
        "zip-wrong-manifest",
    ],
)
def test_invalid_bundles_are_refused_clearly(sqlite_engine, data):
    if isinstance(data, str):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            if data != "zip-without-event":
                archive.writestr("event.yaml", "format: pitch\ntitle: x\n")
            archive.writestr(
                "manifest.json",
                '{"format": "iets anders"}'
                if data == "zip-wrong-manifest"
                else '{"format": "oogst-bundle"}',
            )
            if data == "zip-with-extra":
                archive.writestr("../../etc/passwd", "x")
        data = buffer.getvalue()
    with write_session(sqlite_engine) as session, pytest.raises(InvalidBundle) as caught:
        bundle.import_bundle(session=session, data=data)
    assert re.search("Oogst-backupbestand", caught.value.message("nl"))
