"""Charts as Vega-Lite specs and as PNG (altair, vl-convert): counts, votes, rankings.

May import: ``facilitation.core``. Used by the harvest report and by the walls.
"""

# Entry points: the modules other features may import (tests/test_architecture.py checks it).
__all__ = ["cloud", "radar", "specs"]
