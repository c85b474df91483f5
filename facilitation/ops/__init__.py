"""Running the installation: start-up checks, periodic jobs, database backups, one-meeting bundles.

May import: every feature package (it sits on top), never ``facilitation.cli``.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = ["backup", "bundle"]
