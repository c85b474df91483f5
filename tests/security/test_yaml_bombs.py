"""Event files that cost more to read than they weigh: alias bombs and deep nesting.

Each attack runs in a child process with a memory ceiling (tests/security/limited.py): before
the fix an alias bomb of a few hundred bytes held the GIL for seconds and took gigabytes.
docs/security.md has the figures.
"""

from __future__ import annotations

import pytest

from facilitation.core.errors import InvalidEventFile
from facilitation.eventfile import parse_event_file
from tests.security.limited import run_limited


def alias_bomb(levels: int = 9) -> str:
    """Return YAML whose each anchor lists the previous one nine times: 9**levels strings."""
    lines = ['title: "x"', 'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        alias = f"*l{level - 1}"
        lines.append(f"l{level}: &l{level} [{','.join([alias] * 9)}]")
    return "\n".join(lines) + "\n"


def test_the_bomb_is_a_few_hundred_bytes():
    assert len(alias_bomb().encode()) < 500


def test_an_alias_bomb_is_refused_at_once_without_memory():
    figures = run_limited(
        f"from facilitation.eventfile import parse_event_file\nbomb = {alias_bomb()!r}.encode()",
        "parse_event_file(bomb, lang='en')",
        memory_mb=1024,
        timeout=20,
    )
    print("alias bomb, parse_event_file:", figures)
    assert figures.outcome.startswith("InvalidEventFile"), figures
    assert "alias" in figures.outcome
    assert figures.seconds < 1 and figures.peak_mb < 20, figures


def test_an_alias_bomb_in_a_meeting_backup_is_refused_at_once(tmp_path):
    figures = run_limited(
        f"""
        import io, json, zipfile
        from facilitation.core.db import get_engine, write_session
        from facilitation.ops.bundle import import_bundle
        engine = get_engine("sqlite:///{tmp_path / "oogst.db"}")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("manifest.json", json.dumps({{"format": "oogst-bundle"}}))
            archive.writestr("event.yaml", {alias_bomb()!r})
        """,
        """
        with write_session(engine) as session:
            import_bundle(session=session, data=buffer.getvalue(), lang="en")
        """,
        memory_mb=1024,
        timeout=20,
    )
    print("alias bomb, import_bundle:", figures)
    assert figures.outcome.startswith("InvalidEventFile"), figures
    assert figures.seconds < 1 and figures.peak_mb < 20, figures


def test_one_alias_is_refused_with_its_line():
    with pytest.raises(InvalidEventFile) as caught:
        parse_event_file(b'title: &t "Dag"\nsubtitle: *t\n', lang="en")
    assert caught.value.params["line"] == 2
    assert "alias" in caught.value.message("en")
    assert "alias" in caught.value.message("nl")


def test_an_anchor_without_alias_is_harmless_and_still_reads():
    model = parse_event_file(b'oogst: 1\nformat: table_rounds\ntitle: &t "Dag"\n', lang="en")
    assert model.title == "Dag"


@pytest.mark.parametrize("opening", ["[", "{", "- "])
def test_deep_nesting_gives_the_line_and_field_message(opening):
    figures = run_limited(
        "from facilitation.eventfile import parse_event_file",
        f"parse_event_file(({opening!r} * 50_000).encode(), lang='en')",
        memory_mb=1024,
        timeout=20,
    )
    print(f"{opening!r} x 50,000:", figures)
    assert figures.outcome.startswith("InvalidEventFile"), figures
    assert "deep" in figures.outcome
    assert figures.seconds < 2, figures


def test_deep_nesting_names_line_and_field():
    with pytest.raises(InvalidEventFile) as caught:
        parse_event_file(b"title: x\nsubtitle: " + b"[" * 50_000, lang="en")
    assert caught.value.params["line"] == 2
    assert caught.value.params["field"] == "-"
