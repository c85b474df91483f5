"""Process settings for a server that holds a thousand sessions, each measured (docs/benchmarks.md).

- Streamlit's runtime loop visits every session to flush its messages, up to once per 5 ms while
  anything is being sent. With 1,000 phones connected that loop alone took most of a core and
  the event loop fell behind (ack p95 9.6 s). At most one visit per 20 ms keeps it to a few
  percent and adds at most 20 ms to a reply.
- Python's cyclic garbage collector runs by allocation count; a thousand sessions make the heap
  large, so its full collections pause every thread for ~0.3 s. Collecting young objects less
  often and freezing what start-up loaded (never garbage) makes those pauses rare and short.
- Every script run, each wall tick included, starts with a new-session message that carries the
  theme; Streamlit builds it by walking all ~370 config options once per theme section, six
  times per run: ~0.3 ms, a sixth of a wall tick's CPU. The theme sections are read once and
  read again only when the config files are parsed again.
"""

from __future__ import annotations

import gc
from typing import Any

FLUSH_INTERVAL_SECONDS = 0.02
GC_THRESHOLDS = (20_000, 20, 20)


def apply() -> None:
    """Set the flush interval, the collector thresholds and the theme memo for this process."""
    from streamlit.runtime import runtime

    # A module constant the runtime loop reads at every cycle; absent in another version, the
    # assignment does nothing.
    runtime.MESSAGE_FLUSH_INTERVAL_SECS = FLUSH_INTERVAL_SECONDS  # type: ignore[misc]
    gc.set_threshold(*GC_THRESHOLDS)
    _remember_theme_options()


def _remember_theme_options() -> None:
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
