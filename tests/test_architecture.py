"""The shape of the code: the domain never imports Streamlit; features meet through entry points."""

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


FEATURES = (
    "meeting",
    "live",
    "join",
    "agenda",
    "harvest",
    "access",
    "ops",
    "eventfile",
    "charts",
    "scans",
)


def _entry_points(feature: str) -> set[str]:
    """Return the names a feature package lists in ``__all__`` (read from the source, not imported)."""
    tree = ast.parse((DOMAIN / feature / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


def _imported_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                candidate = DOMAIN.parent.joinpath(*node.module.split("."), alias.name)
                is_module = candidate.with_suffix(".py").exists() or candidate.is_dir()
                found.append(f"{node.module}.{alias.name}" if is_module else node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return [name for name in found if name.startswith("facilitation.")]


def test_features_use_each_other_only_through_their_entry_points():
    offenders = []
    for path in DOMAIN.rglob("*.py"):
        parts = path.relative_to(DOMAIN).with_suffix("").parts
        own = parts[0] if len(parts) > 1 else None
        for module in _imported_modules(path):
            pieces = module.split(".")
            feature = pieces[1]
            if feature not in FEATURES or feature == own or len(pieces) == 2:
                continue
            if pieces[2] not in _entry_points(feature):
                offenders.append(f"{path.relative_to(DOMAIN)} imports {module}")
    assert offenders == []


def test_every_package_says_what_it_owns():
    packages = [p.parent for p in DOMAIN.parent.glob("*/**/__init__.py")]
    packages = [
        p for p in packages if p.parts[len(DOMAIN.parent.parts)] in {"facilitation", "ui", "pages"}
    ]
    undocumented = [
        str(p.relative_to(DOMAIN.parent))
        for p in packages
        if not ast.get_docstring(ast.parse((p / "__init__.py").read_text(encoding="utf-8")))
    ]
    assert undocumented == []


UI_CODE = [
    path for folder in ("ui", "pages") for path in (DOMAIN.parent / folder).rglob("*.py")
] + [DOMAIN.parent / "app.py", DOMAIN.parent / "serve.py"]
HTML_MODULE = DOMAIN.parent / "ui" / "common" / "html.py"


def _calls(path: Path) -> list[ast.Call]:
    return [
        n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
    ]


def test_html_reaches_a_page_only_through_the_escaping_path():
    """st.html / container.html and unsafe_allow_html (or _javascript) only in ui/common/html.py:
    everywhere else HTML is Markup made by html()/esc()/join() and shown with show()."""
    offenders = []
    for path in UI_CODE:
        if path == HTML_MODULE:
            continue
        for call in _calls(path):
            name = path.relative_to(DOMAIN.parent)
            if isinstance(call.func, ast.Attribute) and call.func.attr == "html":
                offenders.append(f"{name}:{call.lineno} .html(...)")
            unsafe = {k.arg for k in call.keywords} & {
                "unsafe_allow_html",
                "unsafe_allow_javascript",
            }
            offenders += [f"{name}:{call.lineno} {u}" for u in sorted(unsafe)]
    assert offenders == []


def test_html_templates_are_literals_so_every_value_in_them_is_escaped():
    """html(template, ...) with an f-string or a variable as template would trust its values;
    Markup(...) of an f-string likewise."""
    offenders = []
    for path in UI_CODE:
        if path == HTML_MODULE:
            continue
        for call in _calls(path):
            name = call.func.id if isinstance(call.func, ast.Name) else ""
            first = call.args[0] if call.args else None
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            if name == "html" and not literal:
                offenders.append(f"{path.relative_to(DOMAIN.parent)}:{call.lineno} html()")
            if name == "Markup" and isinstance(first, ast.JoinedStr):
                offenders.append(f"{path.relative_to(DOMAIN.parent)}:{call.lineno} Markup(f'')")
    assert offenders == []
