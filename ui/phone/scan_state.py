"""What one tab remembers of a scan it shows: the answer set's version, the widget generation
(a new one redraws every widget from what is stored) and the last error per question."""

from __future__ import annotations

import streamlit as st


class ScanState:
    """This tab's memory of one scan: the version it shows, the widget generation, errors."""

    def __init__(self, scan_id: int) -> None:
        self.scan_id = scan_id
        self._key = f"scan:{scan_id}"
        st.session_state.setdefault(self._key, {"version": None, "gen": 0, "errors": {}})

    @property
    def _data(self) -> dict[str, object]:
        data: dict[str, object] = st.session_state[self._key]
        return data

    @property
    def gen(self) -> int:
        """Return the widget generation (part of every widget key)."""
        return int(self._data["gen"])  # type: ignore[call-overload]

    @property
    def version(self) -> int | None:
        """Return the answer set's version this tab shows (None before the first read)."""
        return self._data["version"]  # type: ignore[return-value]

    def follow(self, version: int) -> None:
        """Redraw the widgets from what is stored when it changed elsewhere (another tab)."""
        if self.version is not None and version != self.version:
            self.redraw()
        self._data["version"] = version

    def redraw(self) -> None:
        """Start a new widget generation: every widget shows what is stored."""
        self._data["gen"] = self.gen + 1

    def saved(self, version: int) -> None:
        """Remember the version this tab's own save made."""
        self._data["version"] = version

    def fail(self, question_id: int, message: str) -> None:
        """Remember why the last change to a question was refused."""
        self._errors()[question_id] = message

    def clear(self, question_id: int) -> None:
        """Forget a question's error (its answer was stored)."""
        self._errors().pop(question_id, None)

    def show_error(self, question_id: int) -> None:
        """Show the question's last error, if any, under it."""
        message = self._errors().get(question_id)
        if message:
            st.error(message, icon=":material/error:")

    def _errors(self) -> dict[int, str]:
        return self._data["errors"]  # type: ignore[return-value]
