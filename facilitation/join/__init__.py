"""Getting phones in: join URLs, QR codes and printable table cards.

May import: ``facilitation.meeting`` and below.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = ["qr"]
