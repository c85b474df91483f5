"""One-file backup of a whole meeting (``.oogst``): event file with its secrets, plus its template.

Importing a bundle re-creates the meeting as it was: same join code, wall and co-host links,
phones recognised by their tokens, consents with their time and wording, the Word template.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from facilitation import __version__
from facilitation.core.errors import InvalidBundle
from facilitation.eventfile import dump_yaml, export_event, import_event, parse_event_file
from facilitation.harvest import templates
from facilitation.models import Event, WordTemplate

FORMAT = "oogst-bundle"
MAX_MEMBER_BYTES = 30_000_000
_MEMBERS = {"manifest.json", "event.yaml", "template.docx"}


def export_bundle(*, session: Session, event_id: int) -> bytes:
    """Return the meeting as a .oogst zip."""
    model = export_event(session=session, event_id=event_id, include_secrets=True)
    template = session.exec(
        select(WordTemplate)
        .where(WordTemplate.event_id == event_id)
        .order_by(col(WordTemplate.id).desc())
    ).first()
    manifest = {
        "format": FORMAT,
        "version": 1,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "template_filename": template.filename if template else None,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
        archive.writestr("event.yaml", dump_yaml(model))
        if template is not None:
            archive.writestr("template.docx", template.data)
    return buffer.getvalue()


def import_bundle(*, session: Session, data: bytes, lang: str = "nl") -> Event:
    """Re-create a meeting from a .oogst file; raises InvalidBundle or DuplicateEventCode, and
    InvalidTemplate, TemplateTooLarge or TemplateUnpacksTooLarge for its template (checked as
    an upload is, before anything is stored)."""
    members = _read(data)
    manifest = _manifest(members.get("manifest.json"))
    model = parse_event_file(members["event.yaml"], lang=lang)
    event = import_event(session=session, model=model, keep_code=True, keep_secrets=True)
    if "template.docx" in members:
        templates.save_template(
            session=session,
            event_id=event.id,
            filename=str(manifest.get("template_filename") or "template.docx"),
            data=members["template.docx"],
        )
    return event


def _read(data: bytes) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise InvalidBundle(problem="not a zip file") from exc
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if "event.yaml" not in names or not names <= _MEMBERS:
            raise InvalidBundle(problem=f"unexpected contents: {sorted(names)[:5]}")
        if any(info.file_size > MAX_MEMBER_BYTES for info in infos):
            raise InvalidBundle(problem="a file in the bundle is too large")
        return {info.filename: archive.read(info) for info in infos}


def _manifest(raw: bytes | None) -> dict[str, object]:
    try:
        manifest = json.loads(raw or b"{}")
    except ValueError as exc:
        raise InvalidBundle(problem="manifest.json is not JSON") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidBundle(problem="not an Oogst bundle")
    return manifest
