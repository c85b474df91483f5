"""Read the tables of the docs, for the tests that keep the docs and the code in step."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(#+)\s+(.*?)\s*$")
_CODE = re.compile(r"`([^`]+)`")


def section(text: str, heading: str) -> str:
    """Return the text under *heading* (any level) up to the next heading of that level or higher.

    Raises LookupError when the document has no such heading.
    """
    lines = text.splitlines()
    for start, line in enumerate(lines):
        match = _HEADING.match(line)
        if match and match.group(2) == heading:
            level = len(match.group(1))
            body = []
            for later in lines[start + 1 :]:
                other = _HEADING.match(later)
                if other and len(other.group(1)) <= level:
                    break
                body.append(later)
            return "\n".join(body)
    raise LookupError(f"no heading {heading!r}")


def table_rows(text: str) -> list[list[str]]:
    """Return the cells of every table row in *text*, header and separator rows left out."""
    rows = []
    lines = [line.strip() for line in text.splitlines()]
    for previous, line in zip(["", *lines], lines, strict=False):
        if not line.startswith("|") or set(line) <= set("|-: "):
            continue
        if not previous.startswith("|"):
            continue  # the header row: the first line of a table
        cells = re.split(r"(?<!\\)\|", line.strip("|"))
        rows.append([cell.strip() for cell in cells])
    return rows


def code_names(cell: str) -> list[str]:
    """Return the `code` spans of a cell: the names a table row documents."""
    return _CODE.findall(cell)
