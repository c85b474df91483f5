"""What the room sees live: the projector wall's view, kept per process by revision, and the
phone's table feed.

May import: ``facilitation.meeting`` and below.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = ["wall"]
