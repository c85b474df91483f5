"""Command line: ``python -m facilitation COMMAND`` (import-event, export-event, passphrase, ...)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine

from facilitation import eventfile
from facilitation.access import passphrase as auth
from facilitation.access import retention
from facilitation.core.codes import display_join_code
from facilitation.core.db import get_engine, read_session, write_session
from facilitation.core.errors import OogstError
from facilitation.core.settings import get_settings
from facilitation.i18n import t
from facilitation.join.qr import join_url, wall_url
from facilitation.meeting.events import find_event
from facilitation.meeting.targets import all_targets, target_label, target_title
from facilitation.ops import backup, bundle

Command = Callable[[argparse.Namespace], int]


def _engine() -> Engine:
    return get_engine(get_settings().resolved_database_url)


def cmd_import_event(args: argparse.Namespace) -> int:
    """Import an event file and print the join code, the wall URL and every join URL."""
    model = eventfile.parse_event_file(Path(args.file).read_bytes(), lang=args.lang)
    with write_session(_engine()) as session:
        event = eventfile.import_event(session=session, model=model, keep_code=not args.new_code)
    print_links(event.code, lang=args.lang)
    return 0


def print_links(code: str, *, lang: str) -> None:
    """Print one labelled URL per line: the join code, the wall, the event and every table."""
    base = get_settings().base_url()
    with read_session(_engine()) as session:
        event = find_event(session=session, code=code)
        targets = all_targets(session=session, event_id=event.id or 0)
    print(f"{t('cli.code', lang)}: {display_join_code(event.code)}")
    print(f"{t('cli.wall', lang)}: {wall_url(base, event)}")
    print(f"{t('cli.join', lang)}: {join_url(base, event.code)}")
    for target in targets:
        label = f"{target_label(target, event.format, lang)} ({target_title(target)})"
        print(f"{label}: {join_url(base, event.code, target)}")


def cmd_export_event(args: argparse.Namespace) -> int:
    """Write an event, contributions included, to an event file."""
    with read_session(_engine()) as session:
        event = find_event(session=session, code=args.code)
        text = eventfile.dump_yaml(eventfile.export_event(session=session, event_id=event.id or 0))
    Path(args.out).write_text(text, encoding="utf-8")
    print(t("cli.written", args.lang, path=args.out))
    return 0


def cmd_harvest(args: argparse.Namespace) -> int:
    """Write the harvest report (and optionally every feedback pack); template warnings to stderr."""
    # Imported here: python-docx and the chart renderer make every other command slower to start.
    from facilitation.harvest.service import feedback_packs, harvest_report

    template = Path(args.template).read_bytes() if args.template else None
    with read_session(_engine()) as session:
        event = find_event(session=session, code=args.code)
        report_lang = args.lang if args.lang_given else event.language
        built = harvest_report(
            session=session,
            event_id=event.id or 0,
            lang=report_lang,
            template=template,
            template_name=Path(args.template).name if args.template else "",
        )
        packs = (
            feedback_packs(session=session, event_id=event.id or 0, lang=report_lang)
            if args.packs
            else None
        )
    for warning in built.warnings:
        print(t("cli.warning", args.lang, message=warning.message(args.lang)), file=sys.stderr)
    for path, data in ((args.out, built.data), (args.packs, packs.data if packs else None)):
        if path and data is not None:
            Path(path).write_bytes(data)
            print(t("cli.written", args.lang, path=path))
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    """Print the join and wall URLs of an event."""
    print_links(args.code, lang=args.lang)
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Set a new facilitator passphrase (stored only as a hash) and print it once."""
    passphrase = args.set or auth.generate_passphrase()
    with write_session(_engine()) as session:
        auth.set_passphrase(session=session, passphrase=passphrase)
    print(t("startup.passphrase", args.lang, passphrase=passphrase))
    return 0


def cmd_backup_event(args: argparse.Namespace) -> int:
    """Write a whole meeting (secrets and template included) to one .oogst file."""
    with read_session(_engine()) as session:
        event = find_event(session=session, code=args.code)
        data = bundle.export_bundle(session=session, event_id=event.id or 0)
    Path(args.out).write_bytes(data)
    print(t("cli.written", args.lang, path=args.out))
    return 0


def cmd_restore_event(args: argparse.Namespace) -> int:
    """Re-create a meeting from a .oogst file (same code, links and phones)."""
    with write_session(_engine()) as session:
        event = bundle.import_bundle(
            session=session, data=Path(args.file).read_bytes(), lang=args.lang
        )
    print_links(event.code, lang=args.lang)
    return 0


def cmd_backup_now(args: argparse.Namespace) -> int:
    """Copy the SQLite database into data/backups/ now."""
    settings = get_settings()
    database = backup.sqlite_path(settings.resolved_database_url)
    if database is None:
        print(t("cli.backup_not_sqlite", args.lang), file=sys.stderr)
        return 1
    path = backup.backup_now(database, settings.backup_dir, keep=settings.backups_kept)
    print(t("cli.written", args.lang, path=str(path)))
    return 0


def cmd_restore_backup(args: argparse.Namespace) -> int:
    """Put a SQLite backup back in place (stop the server first); the current file is kept."""
    database = backup.sqlite_path(get_settings().resolved_database_url)
    if database is None:
        print(t("cli.backup_not_sqlite", args.lang), file=sys.stderr)
        return 1
    kept = backup.restore(Path(args.file), database)
    print(t("cli.restored", args.lang, path=str(database), kept=str(kept)))
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    """Erase meetings past OOGST_RETENTION_DAYS (or list them with --dry-run)."""
    days = get_settings().retention_days
    with write_session(_engine()) as session:
        erased = retention.purge(session=session, days=days, dry_run=args.dry_run)
    key = "cli.would_purge" if args.dry_run else "cli.purged"
    for expiry in erased:
        print(
            t(
                key,
                args.lang,
                code=expiry.code,
                title=expiry.title,
                date=expiry.purge_on.isoformat(),
            )
        )
    if not erased:
        print(t("cli.nothing_to_purge", args.lang, days=days))
    return 0


COMMANDS: dict[str, tuple[Command, str]] = {
    "import-event": (cmd_import_event, "import an event file (YAML)"),
    "export-event": (cmd_export_event, "export an event with its contributions (YAML)"),
    "harvest": (cmd_harvest, "write the harvest report of an event (Word)"),
    "links": (cmd_links, "print the join and wall URLs of an event"),
    "passphrase": (cmd_passphrase, "set a new facilitator passphrase"),
    "backup-event": (cmd_backup_event, "write a whole meeting to one .oogst file"),
    "restore-event": (cmd_restore_event, "re-create a meeting from a .oogst file"),
    "backup-now": (cmd_backup_now, "copy the SQLite database into data/backups/"),
    "restore-backup": (cmd_restore_backup, "put a SQLite backup back (server stopped)"),
    "purge": (cmd_purge, "erase meetings past their retention"),
}


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="python -m facilitation", description="Oogst command line"
    )
    parser.add_argument("--lang", default=None, choices=["nl", "en"])
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("import-event", help=COMMANDS["import-event"][1], parents=[common])
    p.add_argument("file")
    p.add_argument("--new-code", action="store_true", help="ignore the code in the file")
    p = sub.add_parser("export-event", help=COMMANDS["export-event"][1], parents=[common])
    p.add_argument("code")
    p.add_argument("--out", required=True)
    p = sub.add_parser("harvest", help=COMMANDS["harvest"][1], parents=[common])
    p.add_argument("code")
    p.add_argument("--out", required=True, help="the .docx to write")
    p.add_argument("--template", help="a .docx/.dotx template (default: the event's own)")
    p.add_argument("--packs", help="also write every case owner's feedback pack to this .zip")
    p = sub.add_parser("links", help=COMMANDS["links"][1], parents=[common])
    p.add_argument("code")
    p = sub.add_parser("passphrase", help=COMMANDS["passphrase"][1], parents=[common])
    p.add_argument("--set", help="use this passphrase instead of a generated one")
    p = sub.add_parser("backup-event", help=COMMANDS["backup-event"][1], parents=[common])
    p.add_argument("code")
    p.add_argument("--out", required=True)
    p = sub.add_parser("restore-event", help=COMMANDS["restore-event"][1], parents=[common])
    p.add_argument("file")
    sub.add_parser("backup-now", help=COMMANDS["backup-now"][1], parents=[common])
    p = sub.add_parser("restore-backup", help=COMMANDS["restore-backup"][1], parents=[common])
    p.add_argument("file")
    p = sub.add_parser("purge", help=COMMANDS["purge"][1], parents=[common])
    p.add_argument("--dry-run", action="store_true", help="only list what would be erased")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; domain errors are printed in the chosen language, exit code 1."""
    args = build_parser().parse_args(argv)
    # The report follows the event's own language unless --lang is given.
    args.lang_given = args.lang is not None
    args.lang = args.lang or get_settings().language
    try:
        return COMMANDS[args.command][0](args)
    except OogstError as error:
        print(error.message(args.lang), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{error.filename or ''}: {error.strerror}", file=sys.stderr)
        return 1
