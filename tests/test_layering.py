"""The domain package never imports Streamlit (services stay testable and reusable)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parent.parent / "facilitation"


def test_no_streamlit_import_statement_in_domain():
    offenders = []
    for path in DOMAIN.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "streamlit"]
    assert offenders == []


def test_importing_every_domain_module_loads_no_streamlit():
    modules = sorted(
        ".".join(p.relative_to(DOMAIN.parent).with_suffix("").parts)
        for p in DOMAIN.rglob("*.py")
        if p.name != "__main__.py"
    )
    code = (
        "import sys\n"
        + "\n".join(f"import {m}" for m in modules)
        + "\nprint('streamlit' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=DOMAIN.parent
    )
    assert result.stdout.strip() == "False"
