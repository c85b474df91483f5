"""Every setting is in the README's configuration table with its default and meaning, and the
table names no setting that does not exist (docs that cannot drift)."""

from __future__ import annotations

from facilitation.core.settings import Settings
from tests.markdown_reading import code_names, section, table_rows
from tests.utils import ROOT

PREFIX = Settings.model_config.get("env_prefix", "")


def _documented() -> dict[str, list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = table_rows(section(readme, "Configuration"))
    return {name: cells for cells in rows for name in code_names(cells[0])}


def test_every_setting_is_in_the_readme_with_default_and_meaning():
    documented = _documented()
    problems = []
    for name in Settings.model_fields:
        variable = f"{PREFIX}{name}".upper()
        if variable not in documented:
            problems.append(f"{variable} is missing")
        elif not all(documented[variable][1:]):
            problems.append(f"{variable} needs a default and a meaning")
    assert problems == [], "README.md, Configuration"


def test_the_readme_names_no_setting_that_does_not_exist():
    known = {f"{PREFIX}{name}".upper() for name in Settings.model_fields}
    unknown = {name for name in _documented() if name.startswith(PREFIX) and name not in known}
    assert unknown == set()
