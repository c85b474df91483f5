"""The Scans page's initiatives overview (intake answers as rows: filter, counts, CSV) and the
download of every answer (CSV, JSON; anonymous, one row per answer)."""

from __future__ import annotations

import streamlit as st

from facilitation.charts import specs
from facilitation.models import Event, QuestionKind, Scan, ScanQuestion
from facilitation.scans import editor, export, intake
from ui.common.context import lang, reading, tr

FILTERABLE = (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.BINS)


def _file_name(scan: Scan, suffix: str) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in scan.title.lower()).strip("-")
    return f"{safe or 'scan'}-{suffix}"


def overview(event: Event, scan: Scan) -> None:
    """Show the initiatives overview: one row per phone that answered, filter, counts, CSV."""
    event_id, scan_id = event.id or 0, scan.id or 0
    st.caption(tr("scan_fac.overview.help"))
    with reading() as session:
        questions = editor.questions_of(session=session, scan_id=scan_id)
        heads = intake.columns(session=session, event_id=event_id, scan_id=scan_id)
    choice = [q for q in questions if q.kind in FILTERABLE and q.options]
    left, mid, right = st.columns(3)
    by_key = {intake.column_key(q): q for q in choice}
    column = left.selectbox(
        tr("scan_fac.overview.filter_on"),
        ["", *by_key],
        format_func=lambda key: by_key[key].prompt if key else tr("scan_fac.overview.no_filter"),
        key=f"ov-col-{scan_id}",
    )
    wanted = ""
    if column:
        wanted = mid.selectbox(
            tr("scan_fac.overview.filter_value"),
            ["", *by_key[column].options],
            format_func=lambda o: o or tr("scan_fac.overview.any"),
            key=f"ov-val-{scan_id}-{column}",
        )
    search = right.text_input(tr("scan_fac.overview.search"), key=f"ov-search-{scan_id}")
    with reading() as session:
        rows = intake.initiatives(
            session=session,
            event_id=event_id,
            scan_id=scan_id,
            filters={column: wanted} if column and wanted else {},
            search=search,
            lang=lang(),
        )
        data = intake.initiatives_csv(
            session=session, event_id=event_id, scan_id=scan_id, rows=rows
        )
    st.write(tr("scan_fac.overview.count", count=len(rows)))
    if rows:
        st.dataframe(
            [{prompt: row.answers.get(key, "") for key, prompt in heads} for row in rows],
            hide_index=True,
            width="stretch",
        )
    st.download_button(
        tr("scan_fac.overview.csv"),
        data,
        file_name=_file_name(scan, "initiatieven.csv"),
        mime="text/csv",
        icon=":material/download:",
        disabled=not rows,
    )
    _counts(rows, [q for q in choice if q.kind != QuestionKind.BINS][:2])


def _counts(rows: list[intake.InitiativeRow], questions: list[ScanQuestion]) -> None:
    """Bars of how many initiatives chose each option (e.g. support needs, phase)."""
    for question in questions:
        counts = intake.option_counts(rows, intake.column_key(question))
        if not counts:
            continue
        ordered = [(option, counts.get(option, 0)) for option in question.options]
        st.vega_lite_chart(
            specs.ranking_chart_spec(ordered, title=question.prompt), width="stretch"
        )


def answers(event: Event, scan: Scan) -> None:
    """Offer every answer of the scan as CSV and JSON (built when clicked)."""
    event_id, scan_id, language = event.id or 0, scan.id or 0, lang()
    st.caption(tr("scan_fac.downloads.help"))

    def as_csv() -> bytes:
        with reading() as session:
            return export.answers_csv(
                session=session, event_id=event_id, scan_id=scan_id, lang=language
            )

    def as_json() -> bytes:
        with reading() as session:
            return export.answers_json(
                session=session, event_id=event_id, scan_id=scan_id, lang=language
            )

    left, right = st.columns(2)
    left.download_button(
        tr("scan_fac.downloads.csv"),
        as_csv,
        file_name=_file_name(scan, "antwoorden.csv"),
        mime="text/csv",
        icon=":material/download:",
        width="stretch",
    )
    right.download_button(
        tr("scan_fac.downloads.json"),
        as_json,
        file_name=_file_name(scan, "antwoorden.json"),
        mime="application/json",
        icon=":material/download:",
        width="stretch",
    )
