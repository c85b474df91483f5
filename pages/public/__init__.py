"""Pages anyone may open: the phone pages, the wall, privacy and the facilitator login."""
