"""The phone answering a scan: its questions, every change stored at once, a receipt, and the
reason when the scan or a question is closed. Also the join page's link to an open scan.

What the phone answered lives in the database (one answer set per phone and scan), so a reload or
a locked phone shows it again from the identity in the URL (``p=``). A change made in another
tab of the same phone is noticed by the answer set's version and shown instead of overwritten.
"""

from __future__ import annotations

import uuid

import streamlit as st

from facilitation.core.errors import AnswerChangedElsewhere, OogstError
from facilitation.meeting.targets import Target
from facilitation.models import Event, QuestionKind, Scan, ScanAudience, ScanQuestion
from facilitation.scans import answering, editor
from facilitation.scans.checks import Given
from facilitation.scans.results import segment_label
from ui.common import scan_keys
from ui.common.context import lang, reading, settings, tr, wall_cache, writing
from ui.common.html import html, join, show
from ui.phone import links, scan_watch, scan_widgets
from ui.phone.identity import current_token, remember_token
from ui.phone.scan_state import ScanState

SCAN = "scan"


def entry_links(event: Event, target: Target | None, token: str | None) -> None:
    """Show a large link to every open scan; the page reloads by itself when one opens or closes."""
    assert event.id is not None
    with reading() as session:
        revision = wall_cache().view(session, event.id).revision
    database = settings().resolved_database_url
    for scan_id, title in scan_keys.open_scans(database, event.id, revision):
        query = {**links.params(event.code, token, target), "scan": str(scan_id)}
        links.button(SCAN, tr("scan_phone.open_link", title=title), query, primary=True)
    scan_watch.watch(event.code, scan_keys.open_scans_key(database, event.id, revision))


def header(event: Event, scan: Scan, segment: str) -> None:
    """Show the meeting, the scan's title and intro, and for whom the phone answers."""
    parts = [
        html('<div class="oogst-event">{}</div>', event.title),
        html('<div class="oogst-target">{}</div>', scan.title),
    ]
    if scan.intro:
        parts.append(html('<div class="oogst-question">{}</div>', scan.intro))
    if segment:
        line = tr("scan_phone.segment", segment=segment)
        parts.append(
            html('<div class="oogst-scan-segment" data-testid="scan-segment">{}</div>', line)
        )
    show(html('<header class="oogst-phone-head">{}</header>', join(parts)))


def segment_of(scan: Scan, target: Target | None) -> str:
    """Return the segment a per-table scan counts this phone in ("Wijk A"), else ''."""
    if scan.audience != ScanAudience.PER_TABLE or target is None or target.theme is None:
        return ""
    return segment_label(target.theme, lang())


def needs_table(scan: Scan, target: Target | None) -> bool:
    """Return True when a per-table scan is opened without a table (the phone must pick one)."""
    return scan.audience == ScanAudience.PER_TABLE and (target is None or target.theme is None)


def answer_form(event: Event, scan: Scan, target: Target | None) -> None:
    """Show every question with the phone's stored answers and the receipt (one fragment)."""
    state = ScanState(scan.id or 0)

    @st.fragment
    def _form() -> None:
        with reading() as session:
            current = editor.get_scan(
                session=session, event_id=event.id or 0, scan_id=state.scan_id
            )
            questions = editor.questions_of(session=session, scan_id=state.scan_id)
            mine = answering.my_answers(
                session=session,
                event_id=event.id or 0,
                scan_id=state.scan_id,
                token=current_token(event.code),
            )
        state.follow(mine.version)
        if not current.is_open:
            st.info(tr("scan_phone.scan_closed"), icon=":material/lock:")
        save = _saver(event, target, state)
        for question in questions:
            with st.container(border=True, key=f"scan-q-{question.id}"):
                closed = "" if question.is_open else tr("scan_phone.question_closed")
                if not current.is_open:
                    closed = tr("scan_phone.scan_closed")
                scan_widgets.show(
                    question,
                    mine.answers.get(question.id or 0),
                    gen=state.gen,
                    save=save,
                    closed=closed,
                )
                state.show_error(question.id or 0)
        answered, total = _progress(questions, mine.answers)
        _receipt(answered, total, current.is_open)

    _form()


def _saver(event: Event, target: Target | None, state: ScanState) -> scan_widgets.Save:
    def save(question: ScanQuestion, given: Given) -> None:
        question_id = question.id or 0
        try:
            with writing() as session:
                receipt = answering.answer(
                    session=session,
                    event=event,
                    scan_id=state.scan_id,
                    token=current_token(event.code),
                    answers={question_id: given},
                    client_id=uuid.uuid4().hex,
                    table_key=target.key if target else None,
                    expected_version=state.version,
                )
        except AnswerChangedElsewhere as error:
            state.fail(question_id, error.message(lang()))
            state.redraw()
            return
        except OogstError as error:
            state.fail(question_id, error.message(lang()))
            state.redraw()  # the buttons show what is stored, not the refused tap
            return
        remember_token(event.code, receipt.token)
        state.saved(receipt.version)
        state.clear(question_id)

    return save


def _progress(questions: list[ScanQuestion], answers: dict[int, Given]) -> tuple[int, int]:
    """Return (answered, asked), counting each item of a scale set as a question of its own."""
    answered = total = 0
    for question in questions:
        given = answers.get(question.id or 0)
        if question.kind == QuestionKind.SCALE_SET:
            total += len(question.items)
            answered += len(given.items) if given else 0
        else:
            total += 1
            answered += 1 if given else 0
    return answered, total


def _receipt(answered: int, total: int, is_open: bool) -> None:
    if answered == 0:
        text = tr("scan_phone.receipt_none")
    elif answered >= total:
        text = tr("scan_phone.receipt_all", total=total)
    else:
        text = tr("scan_phone.receipt_some", answered=answered, total=total)
    if is_open and answered:
        text += " " + tr("scan_phone.receipt_change")
    kind = "ok" if answered else "none"
    show(
        html(
            '<div class="oogst-scan-receipt" role="status" aria-live="polite" '
            'data-testid="scan-receipt" data-kind="{}">{}</div>',
            kind,
            text,
        )
    )


def watch(event: Event, scan: Scan) -> None:
    """Reload the page when the scan or one of its questions opens, closes or moves (or another
    scan opens or closes), from the phone's own cheap poll."""
    event_id, scan_id = event.id or 0, scan.id or 0
    with reading() as session:
        revision = wall_cache().view(session, event_id).revision
    database = settings().resolved_database_url
    scan_watch.watch(
        event.code,
        scan_keys.open_scans_key(database, event_id, revision),
        scan_id,
        scan_keys.scan_state(database, event_id, scan_id, revision),
    )
