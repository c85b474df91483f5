"""The gist of the chosen table or case above its contributions: the phrases the room used most,
and pairs that seem to say the same, each merged with one click."""

from __future__ import annotations

import streamlit as st

from facilitation.core.text import shorten
from facilitation.harvest import editing as harvest
from facilitation.harvest.gist import key_phrases, near_duplicates
from facilitation.harvest.report.content import Item
from ui.common.context import tr
from ui.common.html import md
from ui.facilitator.harvest import card


def show(event_id: int, items: list[Item]) -> None:
    """Show key phrases and near-duplicates among the listed (not hidden) *items*."""
    listed = [item for item in items if not item.row.hidden]
    phrases = key_phrases([item.row.text for item in listed])
    if phrases:
        st.caption(tr("gist.phrases", phrases=" · ".join(f"{md(p)} ({n})" for p, n in phrases)))
    pairs = near_duplicates(listed)
    if not pairs:
        return
    with st.expander(tr("gist.duplicates", count=len(pairs)), expanded=True):
        st.caption(tr("gist.duplicates_help"))
        for pair in pairs:
            keep, duplicate = pair.keep, pair.duplicate
            left, right = st.columns([3, 1], vertical_alignment="center")
            left.caption(tr("gist.pair", keep=keep.id, duplicate=duplicate.id, score=pair.score))
            left.text(
                f"#{keep.id} {shorten(keep.text, 160)}\n#{duplicate.id} {shorten(duplicate.text, 160)}"
            )
            right.button(
                tr("gist.merge"),
                key=f"gist-merge-{duplicate.id}-{keep.id}",
                on_click=card.on_click,
                args=(event_id, harvest.merge_into),
                kwargs={"duplicate_id": duplicate.id, "keep_id": keep.id},
                width="stretch",
            )
