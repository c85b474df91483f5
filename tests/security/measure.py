"""Measure the file bombs at several sizes (docs/security.md): ``python -m tests.security.measure
yaml 7 8 9`` (levels of nested aliases) or ``... docx 400 800`` (MB of zeros in an image part).

Each runs in a child process capped at 2 GB (tests/security/limited.py) and prints how it ended,
the seconds it took and how far the child's peak memory rose.
"""

from __future__ import annotations

import sys

from tests.security.limited import run_limited
from tests.security.test_docx_bombs import BOMB_SOURCE
from tests.security.test_yaml_bombs import alias_bomb


def main(kind: str, sizes: list[int]) -> None:
    """Print one line of figures per size."""
    for size in sizes:
        if kind == "yaml":
            bomb = alias_bomb(size)
            setup = f"from facilitation.eventfile import parse_event_file\nbomb = {bomb!r}.encode()"
            attack, label = "parse_event_file(bomb, lang='en')", f"{len(bomb.encode())} bytes"
        else:
            setup = (
                BOMB_SOURCE
                + "from facilitation.harvest.report.template import check_template\n"
                + f"bomb = template_bomb({size})\n"
            )
            attack, label = "check_template(bomb, filename='bom.docx')", f"{size} MB part"
        figures = run_limited(setup, attack, memory_mb=2048, timeout=150)
        print(
            f"{kind} {size} ({label}): {figures.outcome[:60]} | "
            f"{figures.seconds:.2f} s | peak +{figures.peak_mb:.0f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1], [int(size) for size in sys.argv[2:]])
