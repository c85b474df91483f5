"""Process settings for a server that holds a thousand sessions, each measured (docs/benchmarks.md).

Two of them reach into Streamlit's private objects, so Streamlit is pinned to the minor version
they were measured on (pyproject.toml) and tests/ui/test_streamlit_internals.py fails when a new
version no longer has what they rely on. Each stays only as long as its figures hold.

- Streamlit's runtime loop visits every session to flush its messages, up to once per 5 ms while
  anything is being sent. With 1,000 phones connected that loop alone took most of a core and
  the event loop fell behind. At most one visit per 20 ms keeps it to a few percent and adds at
  most 20 ms to a reply. Measured (benchmarks, round 1, 1,000 phones): ack p95 9.6 -> 8.9 s on
  its own, 0.44 s together with the collector thresholds below (2.5 s with those alone); one
  feed tick with 1,000 idle phones connected cost 9.9 ms against 4.6 ms with none.
- Python's cyclic garbage collector runs by allocation count; a thousand sessions make the heap
  large, so its full collections pause every thread for ~0.3 s. Collecting young objects less
  often and freezing what start-up loaded (never garbage) makes those pauses rare and short
  (ack p95 9.6 -> 2.5 s on its own, round 1). Plain Python, no Streamlit internals.
- Every script run, each wall tick included, starts with a new-session message that carries the
  theme; Streamlit builds it by walking all ~370 config options once per theme section, six
  times per run: ~0.3 ms, a sixth of a wall tick's CPU. The theme sections are read once and
  read again only when the config files are parsed again. Measured (round 3, bench.costs): wall
  tick 4.1-5.0 -> 3.4-4.2 ms; phone page run 14.0 -> 10.8 ms, first send 21.8 -> 12.2 ms,
  connect 17.0 -> 12.6 ms.
"""

from __future__ import annotations

import gc
from typing import Any

FLUSH_INTERVAL_SECONDS = 0.02
GC_THRESHOLDS = (20_000, 20, 20)


def apply() -> None:
    """Set the flush interval, the collector thresholds and the theme memo for this process."""
    from streamlit.runtime import runtime

    # Private: the runtime loop reads this module global at every cycle (Runtime._loop_coroutine).
    runtime.MESSAGE_FLUSH_INTERVAL_SECS = FLUSH_INTERVAL_SECONDS  # type: ignore[misc]
    gc.set_threshold(*GC_THRESHOLDS)
    _remember_theme_options()


def _remember_theme_options() -> None:
    """Memoise the theme sections of Streamlit's config.get_options_for_section."""
    # Private: app_session._populate_theme_msg reads each theme section through it, six per run.
    from streamlit import config

    if getattr(config.get_options_for_section, "remembers_theme", False):
        return
    read_all = config.get_options_for_section
    remembered: dict[str, dict[str, Any]] = {}

    def options_for_section(section: str) -> dict[str, Any]:
        if not section.startswith("theme"):
            return read_all(section)
        if section not in remembered:
            remembered[section] = read_all(section)
        return dict(remembered[section])

    options_for_section.remembers_theme = True  # type: ignore[attr-defined]
    config.get_options_for_section = options_for_section
    config.on_config_parsed(remembered.clear, force_connect=True)


def freeze_startup_objects() -> None:
    """Move everything loaded so far (modules, the engine) out of the collector's sight."""
    import altair  # noqa: F401 - the charts' library (agenda wall, report): load it now

    gc.collect()
    gc.freeze()
