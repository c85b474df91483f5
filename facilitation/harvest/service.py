"""The report and the packs of an event as stored: its own template, else the installation's."""

from __future__ import annotations

from sqlmodel import Session

from facilitation.harvest.packs import build_pack, build_packs_zip
from facilitation.harvest.report.builder import BuiltDocument, build_report
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.templates import template_for


def _template(session: Session, event_id: int) -> tuple[bytes | None, str]:
    stored = template_for(session=session, event_id=event_id)
    return (stored.data, stored.filename) if stored is not None else (None, "")


def harvest_report(
    *,
    session: Session,
    event_id: int,
    lang: str | None = None,
    template: bytes | None = None,
    template_name: str = "",
    charts: bool = True,
) -> BuiltDocument:
    """Return the event's harvest report in *lang* (default: the event's report language).

    *template* overrides the stored one; raises EventNotFound, InvalidTemplate.
    """
    harvest = read_harvest(session=session, event_id=event_id)
    if template is None:
        template, template_name = _template(session, event_id)
    return build_report(
        harvest,
        lang=lang or harvest.event.language,
        template=template,
        template_name=template_name,
        charts=charts,
    )


def feedback_pack(
    *, session: Session, event_id: int, case_key: str, lang: str | None = None
) -> BuiltDocument:
    """Return the feedback pack of one case (key '4B'); raises TargetNotFound."""
    harvest = read_harvest(session=session, event_id=event_id)
    template, name = _template(session, event_id)
    return build_pack(
        harvest,
        case_key,
        lang=lang or harvest.event.language,
        template=template,
        template_name=name,
    )


def feedback_packs(*, session: Session, event_id: int, lang: str | None = None) -> BuiltDocument:
    """Return every case's feedback pack in one zip."""
    harvest = read_harvest(session=session, event_id=event_id)
    template, name = _template(session, event_id)
    return build_packs_zip(
        harvest, lang=lang or harvest.event.language, template=template, template_name=name
    )
