"""Downloads of the harvest: the report, feedback packs and exports, each built on click."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st
from sqlalchemy import Engine

from facilitation.core.db import read_session
from facilitation.core.errors import OogstError
from facilitation.harvest import exports, service
from facilitation.harvest.filenames import harvest_filename
from facilitation.harvest.packs import pack_list
from facilitation.harvest.report.content import read_harvest
from facilitation.harvest.report.template import check_template
from facilitation.harvest.templates import template_for
from facilitation.models import Event
from ui.common.context import engine, lang, reading, show_error, tr

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _deferred(build: Callable[..., object], db: Engine, **kwargs: object) -> Callable[[], bytes]:
    """Return a callable that builds bytes with its own session (it runs outside the script)."""

    def run() -> bytes:
        with read_session(db) as session:
            result = build(session=session, **kwargs)
        return result if isinstance(result, bytes) else result.data  # type: ignore[attr-defined]

    return run


LANG_KEY = "harvest-report-lang"
LANGUAGES = ["nl", "en"]


def chosen_language(event: Event) -> str:
    """Return the report language chosen on the download section, else the meeting's."""
    chosen = st.session_state.get(LANG_KEY)
    return str(chosen) if chosen in LANGUAGES else event.language


def quick(event: Event, report_lang: str) -> None:
    """Show the report's download button alone, for the sections without the downloads: the
    harvest is downloadable at every moment, from wherever the facilitator is."""
    st.download_button(
        tr("harvest.download"),
        data=_deferred(service.harvest_report, engine(), event_id=event.id or 0, lang=report_lang),
        file_name=harvest_filename(event),
        mime=DOCX,
        icon=":material/description:",
        on_click="ignore",
        key="harvest-download-quick",
    )


def show(event: Event) -> str:
    """Show the language choice, template warnings and every download of *event*.

    Returns the chosen report language (the preview shows the report in it).
    """
    event_id, db = event.id or 0, engine()
    report_lang = (
        st.segmented_control(
            tr("harvest.report_language"),
            LANGUAGES,
            default=event.language if event.language in LANGUAGES else "nl",
            format_func=lambda code: tr(f"harvest.language.{code}"),
            key=LANG_KEY,
            persist_state="session",
        )
        or event.language
    )
    if not _template_ok(event_id):
        return report_lang
    st.download_button(
        tr("harvest.download"),
        data=_deferred(service.harvest_report, db, event_id=event_id, lang=report_lang),
        file_name=harvest_filename(event),
        mime=DOCX,
        type="primary",
        icon=":material/description:",
        on_click="ignore",
        key="harvest-download",
    )
    st.caption(tr("harvest.download_help"))
    _packs(event, db, report_lang)
    _exports(event, db)
    return report_lang


def _template_ok(event_id: int) -> bool:
    """Show which template the report uses and what it lacks; False when it cannot be used."""
    with reading() as session:
        stored = template_for(session=session, event_id=event_id)
    name = stored.filename if stored else tr("harvest.template.builtin")
    st.caption(tr("harvest.template.in_use", name=name))
    try:
        missing = check_template(stored.data if stored else None, filename=name)
    except OogstError as error:
        show_error(error)
        return False
    for warning in missing:
        st.warning(warning.message(lang()), icon=":material/format_paint:")
    return True


def _packs(event: Event, db: Engine, report_lang: str) -> None:
    with reading() as session:
        packs = pack_list(read_harvest(session=session, event_id=event.id or 0))
    if not packs:
        return
    st.header(tr("harvest.packs"))
    st.caption(tr("harvest.packs_help"))
    by_key = {p.key: p for p in packs}
    chosen = st.selectbox(
        tr("harvest.pack_case"),
        list(by_key),
        format_func=lambda k: " — ".join(x for x in (k, by_key[k].title, by_key[k].owners) if x),
        key="harvest-pack-case",
    )
    _pack_buttons(event, db, report_lang, by_key[chosen].filename, chosen, len(packs))


def _pack_buttons(
    event: Event, db: Engine, report_lang: str, filename: str, case_key: str, count: int
) -> None:
    event_id = event.id or 0
    left, right = st.columns(2)
    left.download_button(
        tr("harvest.pack_one"),
        data=_deferred(
            service.feedback_pack, db, event_id=event_id, case_key=case_key, lang=report_lang
        ),
        file_name=filename,
        mime=DOCX,
        on_click="ignore",
        key="harvest-pack-one",
    )
    right.download_button(
        tr("harvest.pack_all", count=count),
        data=_deferred(service.feedback_packs, db, event_id=event_id, lang=report_lang),
        file_name=harvest_filename(event, "zip", kind="feedback"),
        mime="application/zip",
        on_click="ignore",
        key="harvest-pack-all",
    )


def _exports(event: Event, db: Engine) -> None:
    st.header(tr("harvest.exports"))
    st.caption(tr("harvest.exports_help"))
    left, right = st.columns(2)
    for column, build, extension, mime in (
        (left, exports.contributions_csv, "csv", "text/csv"),
        (right, exports.contributions_json, "json", "application/json"),
    ):
        column.download_button(
            tr(f"harvest.export_{extension}"),
            data=_deferred(build, db, event_id=event.id or 0, lang=lang()),
            file_name=harvest_filename(event, extension, kind=tr("harvest.export_file")),
            mime=mime,
            on_click="ignore",
            key=f"harvest-export-{extension}",
        )
