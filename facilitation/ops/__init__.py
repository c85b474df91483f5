"""Running the installation: start-up checks, periodic jobs, database backups, one-meeting bundles.

May import: every feature package (it sits on top), never ``facilitation.cli``.
"""
