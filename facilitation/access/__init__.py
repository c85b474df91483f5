"""Who may do what: the facilitator passphrase, browser sessions and co-host links, the limiter on
guessing, participants' privacy and retention.

May import: ``facilitation.meeting`` and below.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = ["passphrase", "retention"]
