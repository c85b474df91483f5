"""Moderation on the Live page: the contributions newest first, filtered per table or case and by
hidden or visible; long texts cut to three lines with *meer*; hide, show and edit, and undo of
the last of those."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import streamlit as st

from facilitation.core.text import shorten
from facilitation.harvest import editing
from facilitation.meeting import contributions
from facilitation.meeting.moderation import Visibility, moderation_page, visibility_counts
from facilitation.meeting.targets import Target, all_targets, target_label, target_title
from facilitation.models import Contribution, ContributionUpdate, Event
from ui.common import admin
from ui.common.context import lang, reading, tr
from ui.common.html import md

WHERE_KEY = "mod-where"
SHOW_KEY = "mod-show"
UNDO_KEY = "mod-undo"
OPEN_KEY = "mod-open"
LIMIT_KEY = "mod-limit"
PAGE = 30
REFRESH_SECONDS = 5
LINES = 3
CHARS_PER_LINE = 90


@dataclass(frozen=True)
class Change:
    """One moderation change, enough to take it back: the field and its value before."""

    contribution_id: int
    field: str  # "hidden" or "text"
    before: bool | str
    text: str


@st.fragment(run_every=timedelta(seconds=REFRESH_SECONDS))
def show(event: Event) -> None:
    """Show the filters, the undo button and the list; new contributions appear by themselves."""
    event_id = event.id or 0
    with reading() as session:
        targets = all_targets(session=session, event_id=event_id)
    labels = {
        t.key: f"{target_label(t, event.format, lang())} — {target_title(t)}" for t in targets
    }
    where = st.selectbox(
        tr("mod.where"),
        ["", *labels],
        format_func=lambda key: labels.get(key, tr("mod.where.all")),
        key=WHERE_KEY,
        persist_state="session",
    )
    target = next((t for t in targets if t.key == where), None)
    _visibility_choice(event_id, target)
    admin.flashed()
    _undo_button(event_id)
    _listing(event_id, target, {(t.theme_id, t.case_id): labels[t.key] for t in targets})


def _visibility_choice(event_id: int, target: Target | None) -> None:
    with reading() as session:
        counts = visibility_counts(session=session, event_id=event_id, target=target)
    st.segmented_control(
        tr("mod.show"),
        [v.value for v in Visibility],
        default=Visibility.ALL.value,
        required=True,
        format_func=lambda v: tr(f"mod.show.{v}", count=counts[Visibility(v)]),
        key=SHOW_KEY,
        persist_state="session",
        wrap=True,
    )


def _listing(
    event_id: int, target: Target | None, labels: dict[tuple[int | None, int | None], str]
) -> None:
    """Show the newest matching contributions, and a button for more when there are."""
    limit = int(st.session_state.get(LIMIT_KEY, PAGE))
    with reading() as session:
        page = moderation_page(
            session=session,
            event_id=event_id,
            target=target,
            visibility=st.session_state.get(SHOW_KEY) or Visibility.ALL,
            limit=limit,
        )
    if not page.rows:
        st.info(tr("mod.none"))
        return
    for row in page.rows:
        where = labels.get((row.theme_id if row.case_id is None else None, row.case_id), "")
        _row(event_id, row, where)
    st.caption(tr("mod.shown_of", shown=len(page.rows), count=page.total))
    if page.total > len(page.rows):
        st.button(tr("mod.show_more"), on_click=_more, args=(limit,), key="mod-show-more")


def _more(limit: int) -> None:
    st.session_state[LIMIT_KEY] = limit + PAGE


def clamp(text: str) -> tuple[str, bool]:
    """Return *text* cut to three lines (and about as many characters) and whether it was cut."""
    lines = text.splitlines()
    cut = "\n".join(lines[:LINES])
    if len(cut) > LINES * CHARS_PER_LINE:
        cut = shorten(cut, LINES * CHARS_PER_LINE)
    elif len(lines) > LINES:
        cut += " …"
    return (cut, True) if cut != text else (text, False)


def _row(event_id: int, row: Contribution, where: str) -> None:
    row_id = row.id or 0
    with st.container(border=True, key=f"mod-row-{row_id}"):
        _badges(row, where)
        _text(row)
        # The actions on a row of their own: their labels are never squeezed into a column.
        with st.container(horizontal=True):
            st.button(
                tr("live.unhide") if row.hidden else tr("live.hide"),
                key=f"hide-{row_id}",
                type="primary" if row.hidden else "secondary",
                icon=":material/visibility:" if row.hidden else ":material/visibility_off:",
                on_click=_set_hidden,
                args=(event_id, row, not row.hidden),
            )
            with st.popover(tr("mod.edit"), icon=":material/edit:"):
                _edit_form(event_id, row)


def _badges(row: Contribution, where: str) -> None:
    parts = []
    if row.hidden:
        parts.append(f":red-badge[:material/visibility_off: {tr('mod.hidden_badge')}]")
    if row.original_text and row.original_text != row.text:
        parts.append(f":blue-badge[{tr('mod.edited_badge')}]")
    st.markdown(" ".join([*parts, f"**{md(where)}** · #{row.id}"]))


def _text(row: Contribution) -> None:
    row_id = row.id or 0
    opened = st.session_state.get(OPEN_KEY, set())
    short, was_cut = clamp(row.text)
    st.text(row.text if row_id in opened else short)
    if was_cut:
        st.button(
            tr("mod.less") if row_id in opened else tr("mod.more"),
            key=f"more-{row_id}",
            type="tertiary",
            on_click=_toggle_open,
            args=(row_id,),
        )


def _toggle_open(row_id: int) -> None:
    opened = set(st.session_state.get(OPEN_KEY, set()))
    opened ^= {row_id}
    st.session_state[OPEN_KEY] = opened


def _edit_form(event_id: int, row: Contribution) -> None:
    key = f"mod-text-{row.id}"
    with st.form(f"mod-edit-{row.id}", border=False):
        st.text_area(tr("mod.text"), row.text, key=key, height=120)
        st.form_submit_button(
            tr("mod.save"), type="primary", on_click=_save_text, args=(event_id, row, key)
        )


def _set_hidden(event_id: int, row: Contribution, hidden: bool) -> None:
    done = tr("mod.hidden_done" if hidden else "mod.shown_done", text=shorten(row.text, 40))
    if admin.succeeded(
        lambda s: contributions.set_hidden(
            session=s, event_id=event_id, contribution_id=row.id or 0, hidden=hidden
        ),
        done,
    ):
        _remember(Change(row.id or 0, "hidden", row.hidden, row.text))


def _save_text(event_id: int, row: Contribution, key: str) -> None:
    text = str(st.session_state.get(key, row.text))
    if text == row.text:
        return
    if admin.succeeded(
        lambda s: editing.update_contribution(
            session=s,
            event_id=event_id,
            contribution_id=row.id or 0,
            update=ContributionUpdate(text=text),
        ),
        tr("mod.edited_done"),
    ):
        _remember(Change(row.id or 0, "text", row.text, row.text))


def _remember(change: Change) -> None:
    st.session_state[UNDO_KEY] = [*st.session_state.get(UNDO_KEY, [])[-19:], change]


def _undo_button(event_id: int) -> None:
    stack: list[Change] = st.session_state.get(UNDO_KEY, [])
    if not stack:
        return
    last = stack[-1]
    what = "text" if last.field == "text" else ("shown" if last.before else "hidden")
    st.button(
        tr("mod.undo", what=tr(f"mod.undo.{what}", text=shorten(last.text, 40))),
        icon=":material/undo:",
        key="mod-undo-button",
        on_click=_undo,
        args=(event_id,),
    )


def _undo(event_id: int) -> None:
    stack: list[Change] = list(st.session_state.get(UNDO_KEY, []))
    if not stack:
        return
    last = stack.pop()
    if last.field == "hidden":
        action: admin.Action = lambda s: contributions.set_hidden(  # noqa: E731
            session=s,
            event_id=event_id,
            contribution_id=last.contribution_id,
            hidden=bool(last.before),
        )
    else:
        action = lambda s: editing.update_contribution(  # noqa: E731
            session=s,
            event_id=event_id,
            contribution_id=last.contribution_id,
            update=ContributionUpdate(text=str(last.before)),
        )
    admin.callback(action, tr("mod.undone"))
    st.session_state[UNDO_KEY] = stack
