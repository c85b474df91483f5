"""The harvest: the facilitator's edits (synthesis, tidying), the Word report on the organiser's
template, feedback packs per case, CSV/JSON exports, stored templates.

May import: ``facilitation.agenda``, ``facilitation.scans``, ``facilitation.meeting``, ``facilitation.charts`` and below.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = ["service", "shape", "templates"]
