"""The action agenda: kinds and actions, drivers and sign-ups from phones, proposals, dot votes,
the living agenda after the meeting, the live board and the agenda export.

May import: ``facilitation.meeting``, ``facilitation.charts`` and below.
"""
