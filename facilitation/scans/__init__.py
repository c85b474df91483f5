"""Scans and polls: questions answered from phones (scale, a set of scale items, single and
multiple choice, bins, a word cloud, ranking), results per segment (a table's QR code), the
built-in templates (the initiative-climate scan and the intake list), the initiatives overview
and the export of every answer.

Who calls what:

- facilitator editor: ``editor`` (scans and questions: create, change, reorder, copy, delete,
  open/close, reveal, hide words) and ``templates`` (the built-in scans, to copy);
- phone: ``answering.answer`` (one call per send, idempotent by client id; a question's whole
  answer is a ``checks.Given``) and ``answering.my_answers`` (what to show after a reload);
- wall and harvest: ``results.ResultsCache`` / ``results.scan_results`` (aggregates per segment,
  minimum N, word cloud, ranking; figures in ``stats.Stats``), ``printing`` (answers and scale
  legends as words: "1 = Ja … 10 = Nee"), ``intake`` (the initiatives overview) and ``export``.

May import: ``facilitation.meeting`` and below.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = [
    "answering",
    "checks",
    "editor",
    "export",
    "intake",
    "printing",
    "results",
    "stats",
    "templates",
    "words",
]
