"""What the projector shows: the live wall and the agenda wall, each rendered as one HTML block.

May import: ``ui.common`` and ``facilitation``.
"""
