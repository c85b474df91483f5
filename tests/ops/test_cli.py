"""The command line: import prints every labelled URL, export round-trips, errors are explained."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.utils import ROOT

ROOT = ROOT
EXAMPLE = ROOT / "examples" / "tafelrondes-12-februari-2015.yaml"


def run(tmp_path, *args, lang=None):
    env = {
        **os.environ,
        "OOGST_DATA_DIR": str(tmp_path),
        "OOGST_PUBLIC_URL": "http://oogst.test:8501",
        "OOGST_DATABASE_URL": "",
    }
    prefix = ["--lang", lang] if lang else []
    return subprocess.run(
        [sys.executable, "-m", "facilitation", *prefix, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


def test_import_prints_code_wall_and_every_join_url(tmp_path):
    result = run(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    code = re.match(r"Code: (\w{4})-(\w{4})$", lines[0])
    assert code, lines[0]
    plain = code.group(1) + code.group(2)
    assert lines[1].startswith(f"Wall: http://oogst.test:8501/wall?event={plain}&key=")
    assert lines[2] == f"Meedoen: http://oogst.test:8501/join?event={plain}"
    assert lines[3] == (
        "Tafel 1 (Ondernemersvaardigheden als groeistof): "
        f"http://oogst.test:8501/join?event={plain}&table=1"
    )
    assert len(lines) == 3 + 7
    assert all("localhost" not in line and "127.0.0.1" not in line for line in lines)


def test_export_then_import_again(tmp_path):
    first = run(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    code = first.stdout.split()[1]
    out = tmp_path / "uit.yaml"
    exported = run(tmp_path, "export-event", code, "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    again = run(tmp_path, "import-event", str(out), "--new-code")
    assert again.returncode == 0, again.stderr
    assert "Mogelijk aanbod Academy" in out.read_text(encoding="utf-8")


def test_bad_file_names_line_and_field_in_dutch_and_english(tmp_path):
    bad = tmp_path / "fout.yaml"
    bad.write_text(
        "format: pitch\ntitle: x\nthemes:\n  - number: 1\n    nummer: 1\n", encoding="utf-8"
    )
    result = run(tmp_path, "import-event", str(bad))
    assert result.returncode == 1
    assert "regel 5, veld 'themes[1].nummer': onbekend veld" in result.stderr
    english = run(tmp_path, "import-event", str(bad), lang="en")
    assert "line 5, field 'themes[1].nummer': unknown field" in english.stderr


def test_unknown_code_and_missing_file(tmp_path):
    result = run(tmp_path, "export-event", "ZZZZ-ZZZZ", "--out", str(tmp_path / "x.yaml"))
    assert result.returncode == 1 and "Geen bijeenkomst gevonden" in result.stderr
    missing = run(tmp_path, "import-event", str(tmp_path / "bestaat-niet.yaml"))
    assert missing.returncode == 1 and "bestaat-niet.yaml" in missing.stderr


def test_backup_event_then_restore_keeps_code_and_links(tmp_path):
    first = run(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    code = first.stdout.split()[1]
    wall = first.stdout.splitlines()[1]
    out = tmp_path / "meeting.oogst"
    assert run(tmp_path, "backup-event", code, "--out", str(out)).returncode == 0
    clash = run(tmp_path, "restore-event", str(out))
    assert clash.returncode == 1 and "al in gebruik" in clash.stderr
    other = tmp_path / "elders"
    other.mkdir()
    restored = run(other, "restore-event", str(out))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.splitlines()[1] == wall, "same wall link after restore"


def test_backup_now_and_restore_backup(tmp_path):
    run(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    made = run(tmp_path, "backup-now")
    assert made.returncode == 0, made.stderr
    copy = made.stdout.split(": ", 1)[1].strip()
    run(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    restored = run(tmp_path, "restore-backup", copy)
    assert restored.returncode == 0 and "oogst.db.before-restore" in restored.stdout


def test_purge_dry_run_lists_nothing_when_retention_is_off(tmp_path):
    run(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    result = run(tmp_path, "purge", "--dry-run")
    assert result.returncode == 0 and "Niets te wissen" in result.stdout
