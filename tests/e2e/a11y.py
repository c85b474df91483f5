"""axe-core in a Playwright page: WCAG 2.0/2.1 A+AA violations (and best practice on request).

axe-core comes from npm (tests/e2e/axe/package.json + package-lock.json; `make` runs
``npm ci --prefix tests/e2e/axe``); this module only reads its ``axe.min.js`` and injects it into
every frame of the page, so no Node runs at test time.

    from tests.e2e.a11y import run_axe, summarize
    violations = run_axe(page)                 # WCAG 2.0/2.1 A and AA
    assert not violations, summarize(violations)
"""

from __future__ import annotations

import contextlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

AXE_JS = Path(
    os.environ.get(
        "OOGST_AXE_JS", Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
    )
)
WCAG_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
BEST_PRACTICE = ("best-practice",)

# Streamlit parts that are not ours and that we cannot or need not judge (empty = judge all).
DEFAULT_EXCLUDE: tuple[str, ...] = ()


@cache
def axe_source() -> str:
    if not AXE_JS.exists():
        raise FileNotFoundError(
            f"{AXE_JS} missing: run `npm ci --prefix tests/e2e/axe` (`make test` does)"
        )
    return AXE_JS.read_text(encoding="utf-8")


def inject(page: Any) -> None:
    """Load axe into every frame (axe talks to child frames itself when each has a copy)."""
    for frame in page.frames:
        # A frame can go away between listing and injecting; axe then simply skips it.
        with contextlib.suppress(Exception):
            if not frame.evaluate("() => typeof window.axe === 'object'"):
                frame.add_script_tag(content=axe_source())


def run_axe(
    page: Any,
    *,
    tags: tuple[str, ...] = WCAG_AA,
    best_practice: bool = False,
    include: str | list[str] | None = None,
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE,
    disable_rules: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    """Return axe's violations on *page*: one dict per rule with its nodes' targets and HTML.

    Each violation is ``{"id", "impact", "tags", "help", "helpUrl", "nodes": [{"target", "html",
    "summary"}]}``. *best_practice* adds axe's best-practice rules (landmarks, heading order...).
    """
    inject(page)
    values = list(tags) + (list(BEST_PRACTICE) if best_practice else [])
    options: dict[str, Any] = {
        "runOnly": {"type": "tag", "values": values},
        "resultTypes": ["violations"],
    }
    if disable_rules:
        options["rules"] = {rule: {"enabled": False} for rule in disable_rules}
    context: dict[str, Any] = {}
    if include:
        context["include"] = [include] if isinstance(include, str) else include
    if exclude:
        context["exclude"] = list(exclude)
    result = page.evaluate(
        """async ([context, options]) => {
             const ctx = Object.keys(context).length ? context : document;
             const r = await window.axe.run(ctx, options);
             return r.violations.map(v => ({
               id: v.id, impact: v.impact, tags: v.tags, help: v.help, helpUrl: v.helpUrl,
               nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 300),
                                         summary: n.failureSummary}))
             }));
           }""",
        [context, options],
    )
    return list(result)


def summarize(violations: list[dict[str, Any]], max_nodes: int = 5) -> str:
    """Return a readable list for an assertion message."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])} nodes): {v['help']}")
        for node in v["nodes"][:max_nodes]:
            lines.append(f"    {json.dumps(node['target'])}  {node['html'][:120]}")
    return "\n".join(lines) or "no violations"


# What a sighted reader loses: a label, button, tab or menu entry whose text is cut off (an
# ellipsis or hidden overflow) at the page's width. Values typed into fields are not labels.
_CLIPPED = """() => {
  const where = [
    '[data-testid=stWidgetLabel]', 'button', '[role=tab]', '[role=radio]', 'a',
    '[data-testid=stMetricLabel]', '[data-testid=stSidebarNavLink]', '[data-testid=stExpander] summary',
    '[data-testid=stHeading]', '[data-testid=stCaptionContainer]', '[class^=oogst]', '[class*=" oogst"]',
  ].join(',');
  const seen = new Set();
  const clipped = [];
  for (const el of document.querySelectorAll(where)) {
    for (const node of [el, ...el.querySelectorAll('*')]) {
      if (seen.has(node) || !node.textContent.trim() || node.closest('[aria-hidden=true]')) continue;
      seen.add(node);
      const style = getComputedStyle(node);
      const hides = style.textOverflow === 'ellipsis' || style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (!hides || style.display === 'none' || node.offsetParent === null) continue;
      if (node.clientWidth <= 2 || node.closest('[data-testid=stSkipLink], .sr-only')) continue;  // visually hidden on purpose
      if (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0) {
        clipped.push(node.textContent.trim().slice(0, 80));
      }
    }
  }
  return [...new Set(clipped)];
}"""


def clipped_labels(page: Any) -> list[str]:
    """Return the texts of labels, buttons, tabs and links cut off at this viewport."""
    return list(page.evaluate(_CLIPPED))
