"""What a participant's phone shows: identity in the URL, the composer, the table's feed, the
agenda, proposals and dot votes.

May import: ``ui.common`` and ``facilitation``.
"""
