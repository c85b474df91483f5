"""Getting phones in: join URLs, QR codes and printable table cards.

May import: ``facilitation.meeting`` and below.
"""
