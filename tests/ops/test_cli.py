"""The command line: import prints every labelled URL, export round-trips, errors are explained."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.ops.conftest import PUBLIC_URL
from tests.utils import ROOT

EXAMPLE = ROOT / "examples" / "tafelrondes-12-februari-2015.yaml"


def test_python_m_facilitation_runs_a_command_in_a_process_of_its_own(tmp_path):
    env = {**os.environ, "OOGST_DATA_DIR": str(tmp_path), "OOGST_PUBLIC_URL": PUBLIC_URL}
    env.pop("OOGST_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "facilitation", "import-event", str(EXAMPLE), "--new-code"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert re.match(r"Code: \w{4}-\w{4}\n", result.stdout)
    assert (tmp_path / "oogst.db").exists()


def test_import_prints_code_wall_and_every_join_url(cli, tmp_path):
    result = cli(tmp_path, "import-event", str(EXAMPLE), "--new-code")
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


def test_export_then_import_again(cli, tmp_path):
    first = cli(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    code = first.stdout.split()[1]
    out = tmp_path / "uit.yaml"
    exported = cli(tmp_path, "export-event", code, "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    again = cli(tmp_path, "import-event", str(out), "--new-code")
    assert again.returncode == 0, again.stderr
    assert "Mogelijk aanbod Academy" in out.read_text(encoding="utf-8")


def test_bad_file_names_line_and_field_in_dutch_and_english(cli, tmp_path):
    bad = tmp_path / "fout.yaml"
    bad.write_text(
        "format: pitch\ntitle: x\nthemes:\n  - number: 1\n    nummer: 1\n", encoding="utf-8"
    )
    result = cli(tmp_path, "import-event", str(bad))
    assert result.returncode == 1
    assert "regel 5, veld 'themes[1].nummer': onbekend veld" in result.stderr
    english = cli(tmp_path, "import-event", str(bad), lang="en")
    assert "line 5, field 'themes[1].nummer': unknown field" in english.stderr


def test_unknown_code_and_missing_file(cli, tmp_path):
    result = cli(tmp_path, "export-event", "ZZZZ-ZZZZ", "--out", str(tmp_path / "x.yaml"))
    assert result.returncode == 1 and "Geen bijeenkomst gevonden" in result.stderr
    missing = cli(tmp_path, "import-event", str(tmp_path / "bestaat-niet.yaml"))
    assert missing.returncode == 1 and "bestaat-niet.yaml" in missing.stderr


def test_backup_event_then_restore_keeps_code_and_links(cli, tmp_path):
    first = cli(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    code = first.stdout.split()[1]
    wall = first.stdout.splitlines()[1]
    out = tmp_path / "meeting.oogst"
    assert cli(tmp_path, "backup-event", code, "--out", str(out)).returncode == 0
    clash = cli(tmp_path, "restore-event", str(out))
    assert clash.returncode == 1 and "al in gebruik" in clash.stderr
    other = tmp_path / "elders"
    other.mkdir()
    restored = cli(other, "restore-event", str(out))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.splitlines()[1] == wall, "same wall link after restore"


def test_backup_now_and_restore_backup(cli, tmp_path):
    cli(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    made = cli(tmp_path, "backup-now")
    assert made.returncode == 0, made.stderr
    copy = made.stdout.split(": ", 1)[1].strip()
    later = cli(tmp_path, "import-event", str(EXAMPLE), "--new-code").stdout.split()[1]
    restored = cli(tmp_path, "restore-backup", copy)
    assert restored.returncode == 0 and "oogst.db.before-restore" in restored.stdout
    assert cli(tmp_path, "links", later).returncode == 1, "the later meeting is not in the backup"


def test_purge_dry_run_lists_nothing_when_retention_is_off(cli, tmp_path):
    cli(tmp_path, "import-event", str(EXAMPLE), "--new-code")
    result = cli(tmp_path, "purge", "--dry-run")
    assert result.returncode == 0 and "Niets te wissen" in result.stdout
