"""The facilitator's pages' widgets: the login gate, the current meeting, set-up editors, the
agenda's admin and the harvest editor.

May import: ``ui.common``, ``ui.wall`` (previews) and ``facilitation``.
"""
