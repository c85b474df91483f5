"""The Scans page's results: per question a table per segment (respondents, mean, median, or
counts per option), "te weinig antwoorden" under the minimum, and the word cloud's stop list."""

from __future__ import annotations

from typing import Any

import streamlit as st

from facilitation.models import Event, QuestionKind, Scan, ScanQuestion
from facilitation.scans import editor
from facilitation.scans.results import QuestionResult, SegmentResult
from ui.common import admin
from ui.common import html as page_html
from ui.common.context import lang, reading, results_cache, scan_min_answers, tr
from ui.common.html import html, join, md
from ui.wall import radar
from ui.wall import scan_charts as charts

SCALES = (QuestionKind.SCALE, QuestionKind.SCALE_SET)


def show(event: Event, scan: Scan, questions: list[ScanQuestion]) -> None:
    """Show the results of every question of *scan* as the facilitator sees them."""
    event_id = event.id or 0
    with reading() as session:
        results = results_cache().results(
            session,
            event_id=event_id,
            scan_id=scan.id or 0,
            min_answers=scan_min_answers(),
            lang=lang(),
        )
    st.caption(tr("scan_fac.results.help", count=results.respondents, min=scan_min_answers()))
    for result in results.questions:
        question = result.question
        shown = tr("scan_fac.results.on_wall") if result.visible else tr("scan_fac.results.hidden")
        st.markdown(f"**{md(question.prompt)}** · {shown}")
        if question.kind in SCALES:
            st.caption(md(charts.scale_legend(question)))
        if question.kind == QuestionKind.SCALE_SET:
            left, right = st.columns([2, 3])
            with left:
                _radar(result)
            right.dataframe(_items_table(result), hide_index=True, width="stretch")
        else:
            st.dataframe(_table(result), hide_index=True, width="stretch")
        if question.kind == QuestionKind.OPEN:
            stop_list(event_id, question)
            _left_out(result)


def _radar(result: QuestionResult) -> None:
    """Show the radar as the wall draws it (when any group has enough answers)."""
    if radar.radar_series(result):
        page_html.show(radar.radar_img(result, lang(), style="width:100%;height:auto"))
        keys = join(
            html(
                '<span style="margin-right:1rem;white-space:nowrap"><span style="display:'
                "inline-block;width:2rem;margin-right:0.3rem;vertical-align:middle;border-top:4px "
                '{} {}"></span>{}</span>',
                "dashed" if is_room else "solid",
                colour,
                label,
            )
            for label, _means, colour, is_room in radar.radar_series(result)
        )
        page_html.show(html("<div>{}</div>", keys))


def _items_table(result: QuestionResult) -> list[dict[str, Any]]:
    """Return a scale set's means as rows per item and a column per group (fits the page)."""
    segments = [*result.segments, result.room] if result.segments else [result.room]
    first = {tr("scan_fac.results.item"): tr("scan_fac.results.respondents")}
    first |= {s.label: str(s.respondents) for s in segments}
    rows = [first]
    for index, label in enumerate(result.question.items):
        row = {tr("scan_fac.results.item"): label}
        for segment in segments:
            if segment.suppressed:
                row[segment.label] = tr("scan_wall.too_few")
            else:
                row[segment.label] = charts.number(segment.items[index].mean, lang())
        rows.append(row)
    return rows


def _table(result: QuestionResult) -> list[dict[str, Any]]:
    segments = [*result.segments, result.room] if result.segments else [result.room]
    return [_row(result.question, segment) for segment in segments]


def _row(question: ScanQuestion, segment: SegmentResult) -> dict[str, Any]:
    row: dict[str, Any] = {
        tr("scan_fac.results.segment"): segment.label,
        tr("scan_fac.results.respondents"): segment.respondents,
    }
    if segment.suppressed:
        row[tr("scan_fac.results.result")] = tr("scan_wall.too_few")
        return row
    kind = QuestionKind(question.kind)
    if kind == QuestionKind.SCALE_SET:
        for label, stats in zip(question.items, segment.items, strict=False):
            row[label] = charts.number(stats.mean, lang())
    elif kind == QuestionKind.SCALE:
        stats = segment.items[0]
        row[tr("scan_fac.results.mean")] = charts.number(stats.mean, lang())
        row[tr("scan_fac.results.median")] = charts.number(stats.median, lang())
        row[tr("scan_fac.results.dont_know")] = stats.dont_know
    elif kind == QuestionKind.OPEN:
        words = segment.cloud.words if segment.cloud else ()
        row[tr("scan_fac.results.result")] = ", ".join(f"{w} ({n})" for w, n in words[:12])
    else:
        stats = segment.items[0]
        for label, count in zip(question.options, stats.distribution, strict=False):
            row[label] = count
    return row


def _left_out(result: QuestionResult) -> None:
    """Say which answers the cloud leaves out (stop list and hidden words); they stay stored."""
    cloud = result.room.cloud
    if cloud is not None and cloud.hidden_entries:
        listed = ", ".join(f"{entry} ({count})" for entry, count in cloud.hidden_entries[:30])
        st.caption(tr("scan_fac.words.left_out", entries=md(listed)))


def stop_list(event_id: int, question: ScanQuestion) -> None:
    """Let the facilitator leave words out of the cloud (they stay in the data) and bring back."""
    question_id = question.id or 0
    with st.form(f"stop-{question_id}", border=False, clear_on_submit=True):
        left, right = st.columns([3, 1], vertical_alignment="bottom")
        word = left.text_input(tr("scan_fac.words.add"), key=f"stop-word-{question_id}")
        if right.form_submit_button(tr("scan_fac.words.hide"), width="stretch") and word.strip():
            admin.write(
                lambda s: editor.hide_word(
                    session=s, event_id=event_id, question_id=question_id, word=word
                ),
                tr("scan_fac.words.hidden_done", word=word.strip()),
            )
    if question.hidden_words:
        st.caption(tr("scan_fac.words.hidden_list"))
        row = st.container(horizontal=True)
        for hidden in question.hidden_words:
            row.button(
                f"{md(hidden)} ✕",
                key=f"unhide-{question_id}-{hidden}",
                help=tr("scan_fac.words.unhide", word=md(hidden)),
                on_click=admin.callback,
                args=(
                    lambda s, w=hidden: editor.hide_word(
                        session=s, event_id=event_id, question_id=question_id, word=w, hidden=False
                    ),
                ),
            )
