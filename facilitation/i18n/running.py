"""Strings of running the meeting: the Live page's sections, rounds and timer, moderation."""

ENTRIES: dict[str, tuple[str, str]] = {
    # The row of sections at the top of a facilitator page (kept across every action)
    "sections.label": ("Onderdeel", "Section"),
    "live.section.run": ("Rondes en tafels", "Rounds and tables"),
    "live.section.moderate": ("Modereren", "Moderate"),
    # Rounds and the timer
    "live.close_at_end": (
        "Sluit de ronde als de tijd om is",
        "Close the round when the time is up",
    ),
    "live.close_at_end_help": (
        "De server sluit de ronde op tijd, ook als deze pagina dicht is; telefoons zien het "
        "binnen een paar seconden.",
        "The server closes the round on time, even with this page closed; phones see it within "
        "a few seconds.",
    ),
    "live.round.minutes": ("{count} min", "{count} min"),
    "live.round.state.idle": ("nog niet gestart", "not started yet"),
    "live.round.state.running": ("loopt, nog {time}", "running, {time} left"),
    "live.round.state.overtime": (
        "tijd is om, de ronde staat nog open",
        "time is up, the round is still open",
    ),
    "live.round.state.timed_out": ("gesloten: de tijd is om", "closed: the time is up"),
    "live.round.state.closed": ("gesloten", "closed"),
    "live.round.started": ("Ronde {number} gestart", "Round {number} started"),
    "live.round.stopped": ("Ronde {number} gestopt", "Round {number} stopped"),
    "live.round.start_label": ("Start ronde {number}", "Start round {number}"),
    "live.round.stop_label": ("Stop ronde {number}", "Stop round {number}"),
    "live.event.closed_done": ("Bijeenkomst gesloten", "Meeting closed"),
    "live.event.opened_done": ("Bijeenkomst geopend", "Meeting opened"),
    "live.table.opened": ("{label} geopend", "{label} opened"),
    "live.table.closed": ("{label} gesloten", "{label} closed"),
    "live.table_open_label": ("{label} open", "{label} open"),
    # Moderation
    "mod.where": ("Tafel of casus", "Table or case"),
    "mod.where.all": ("Alle tafels en casussen", "All tables and cases"),
    "mod.show": ("Toon", "Show"),
    "mod.show.all": ("Alle ({count})", "All ({count})"),
    "mod.show.visible": ("Zichtbaar ({count})", "Visible ({count})"),
    "mod.show.hidden": ("Verborgen ({count})", "Hidden ({count})"),
    "mod.none": ("Niets te tonen met deze keuze.", "Nothing to show for this choice."),
    "mod.shown_of": (
        "De nieuwste {shown} van {count} {count:bijdrage|bijdragen}.",
        "The newest {shown} of {count} {count:contribution|contributions}.",
    ),
    "mod.show_more": ("Toon er meer", "Show more"),
    "mod.hidden_badge": ("Verborgen", "Hidden"),
    "mod.edited_badge": ("Bewerkt", "Edited"),
    "mod.more": ("meer", "more"),
    "mod.less": ("minder", "less"),
    "mod.edit": ("Bewerken", "Edit"),
    "mod.text": ("Tekst", "Text"),
    "mod.save": ("Tekst opslaan", "Save text"),
    "mod.hidden_done": ("Verborgen: {text}", "Hidden: {text}"),
    "mod.shown_done": ("Weer zichtbaar: {text}", "Visible again: {text}"),
    "mod.edited_done": ("Tekst aangepast", "Text changed"),
    "mod.undo": ("Ongedaan maken: {what}", "Undo: {what}"),
    "mod.undo.hidden": ("verbergen van “{text}”", "hiding “{text}”"),
    "mod.undo.shown": ("tonen van “{text}”", "showing “{text}”"),
    "mod.undo.text": ("bewerking van “{text}”", "edit of “{text}”"),
    "mod.undone": ("Ongedaan gemaakt", "Undone"),
    # The harvest: fields store what is typed as the facilitator leaves them
    "harvest.saved_on_leave": (
        "Wordt opgeslagen zodra je het veld verlaat (of Ctrl+Enter).",
        "Saved as soon as you leave the field (or Ctrl+Enter).",
    ),
}
