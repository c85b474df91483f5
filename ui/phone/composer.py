"""The phone composer widget: draft kept in the browser, idempotent send with visible receipt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import streamlit as st

from ui.common.context import settings, tr
from ui.common.html import ASSETS

_COMPONENT = st.components.v2.component(
    "oogst_composer",
    js=(ASSETS / "composer.js").read_text(encoding="utf-8"),
    css=(ASSETS / "composer.css").read_text(encoding="utf-8"),
)
KEY = "composer"
_MEMORY = 30


@dataclass(frozen=True)
class Live:
    """Whether the phone can send, as of *revision*, and where it asks again (``/api/feed``)."""

    url: str
    revision: int
    closed_message: str


def show(
    *,
    draft_key: str,
    token_key: str,
    token: str,
    max_chars: int,
    live: Live,
    on_send: Callable[[str, str], None],
    on_known_token: Callable[[str], None],
) -> None:
    """Show the composer; *on_send(client_id, text)* runs before the page reruns.

    While the meeting, table or round is closed, Send is disabled with *live.closed_message*;
    the composer asks *live.url* every ``OOGST_PHONE_FEED_SECONDS`` and follows by itself.
    """
    data: dict[str, Any] = {
        "labels": {
            "label": tr("phone.composer.label"),
            "placeholder": tr("phone.composer.placeholder"),
            "send": tr("phone.composer.send"),
            "sending": tr("phone.composer.sending"),
            "retrying": tr("phone.composer.retrying"),
            "offline": tr("phone.composer.offline"),
            "empty": tr("error.empty_text"),
            "tooLong": tr("phone.composer.too_long", limit=max_chars),
        },
        "maxChars": max_chars,
        "draftKey": draft_key,
        "tokenKey": token_key,
        "token": token,
        "acks": st.session_state.get("composer_acks", {}),
        "rejects": st.session_state.get("composer_rejects", {}),
        "closedMessage": live.closed_message,
        "stateRevision": live.revision,
        "stateUrl": live.url,
        "intervalMs": int(settings().phone_feed_seconds * 1000),
    }
    _COMPONENT(
        data=data,
        key=KEY,
        on_send_change=lambda: _dispatch_send(on_send),
        on_known_token_change=lambda: _dispatch_token(on_known_token),
    )


def _dispatch_send(on_send: Callable[[str, str], None]) -> None:
    value = (st.session_state.get(KEY) or {}).get("send") or {}
    client_id, text = str(value.get("id") or ""), str(value.get("text") or "")
    on_send(client_id, text)


def _dispatch_token(on_known_token: Callable[[str], None]) -> None:
    value = (st.session_state.get(KEY) or {}).get("known_token")
    if value:
        on_known_token(str(value))


def acknowledge(client_id: str, message: str) -> None:
    """Tell the composer its send *client_id* is stored (it clears the draft and shows *message*)."""
    _remember("composer_acks", client_id, message)


def reject(client_id: str, message: str) -> None:
    """Tell the composer its send *client_id* was refused (it keeps the text and shows *message*)."""
    _remember("composer_rejects", client_id, message)


def _remember(name: str, client_id: str, message: str) -> None:
    memory: dict[str, str] = dict(st.session_state.get(name, {}))
    memory[client_id] = message
    st.session_state[name] = dict(list(memory.items())[-_MEMORY:])
