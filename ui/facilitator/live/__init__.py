"""The Live page's parts: the meeting's switches, rounds with their timer, tables, moderation."""
