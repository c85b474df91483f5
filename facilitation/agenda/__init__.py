"""The action agenda: kinds and actions, drivers and sign-ups from phones, proposals, dot votes,
the living agenda after the meeting, the live board and the agenda export.

May import: ``facilitation.meeting``, ``facilitation.charts`` and below.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = ["view"]
