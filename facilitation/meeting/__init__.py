"""The meeting itself: events and what the facilitator prepares (tables/themes, cases, rounds,
texts), where a contribution goes (targets), participants and their contributions.

May import: ``facilitation.core``, ``facilitation.models``, ``facilitation.i18n``.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = ["contributions", "events", "moderation", "participants", "phone", "targets"]
