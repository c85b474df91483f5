"""Strings of the facilitator's Scans page: create, edit, open, reveal, results, overview."""

ENTRIES: dict[str, tuple[str, str]] = {
    "scan_fac.title": ("Scans en peilingen", "Scans and polls"),
    "scan_fac.lead": (
        "Stel vragen die deelnemers op hun telefoon beantwoorden: de scan initiatievenklimaat, "
        "de intakelijst of een eigen peiling. De uitslag verschijnt op de beamer en in de oogst.",
        "Ask questions that participants answer on their phone: the initiative-climate scan, the "
        "intake list or a poll of your own. The results appear on the projector and in the harvest.",
    ),
    "scan_fac.none": (
        "Nog geen scans. Maak er hierboven een, uit een sjabloon of leeg.",
        "No scans yet. Create one above, from a template or empty.",
    ),
    "scan_fac.choose": ("Scan", "Scan"),
    "scan_fac.state_open": ("open", "open"),
    "scan_fac.state_closed": ("gesloten", "closed"),
    "scan_fac.new": ("Nieuwe scan", "New scan"),
    "scan_fac.new.source": ("Begin met", "Start from"),
    "scan_fac.template.initiative_climate": (
        "Scan initiatievenklimaat (zeven functies, per tafel, radar)",
        "Initiative-climate scan (seven functions, per table, radar)",
    ),
    "scan_fac.template.intake_list": (
        "Intakelijst burgerinitiatieven (24 vragen, initiatievenoverzicht)",
        "Intake list for civic initiatives (24 questions, initiatives overview)",
    ),
    "scan_fac.template.empty": ("Lege scan", "Empty scan"),
    "scan_fac.new.language": ("Taal van de vragen", "Language of the questions"),
    "scan_fac.new.title": ("Titel (mag leeg)", "Title (may be empty)"),
    "scan_fac.new.title_help": (
        "Leeg: de titel van het sjabloon.",
        "Empty: the template's title.",
    ),
    "scan_fac.new.untitled": ("Nieuwe peiling", "New poll"),
    "scan_fac.new.go": ("Scan maken", "Create scan"),
    "scan_fac.created": ("Scan gemaakt", "Scan created"),
    "scan_fac.open": ("Scan openen", "Open scan"),
    "scan_fac.close": ("Scan sluiten", "Close scan"),
    "scan_fac.opened_done": (
        "De scan is open: telefoons zien hem op de meedoen-pagina",
        "The scan is open: phones see it on the join page",
    ),
    "scan_fac.closed_done": ("De scan is gesloten", "The scan is closed"),
    "scan_fac.reveal_all": ("Uitslag tonen", "Reveal results"),
    "scan_fac.hide_all": ("Uitslag verbergen", "Hide results"),
    "scan_fac.revealed_done": ("De uitslag is zichtbaar", "The results are visible"),
    "scan_fac.wall_on": ("Op de beamer", "On the projector"),
    "scan_fac.wall_off": ("Beamer terug naar automatisch", "Projector back to automatic"),
    "scan_fac.wall_help": (
        "De beamer toont de uitslag van de eerste open scan, of anders van de scan die het laatst "
        "gesloten is. Op Live kies je ook wat de beamer toont.",
        "The projector shows the results of the first open scan, else of the scan closed last. "
        "On Live you also choose what the projector shows.",
    ),
    "scan_fac.audience.everybody": ("iedereen", "everybody"),
    "scan_fac.audience.per_table": ("per tafel", "per table"),
    "scan_fac.audience_long.everybody": (
        "Iedereen (één uitslag voor de hele zaal)",
        "Everybody (one result for the whole room)",
    ),
    "scan_fac.audience_long.per_table": (
        'Per tafel: de QR-code van elke tafel is een groep (bijv. "Wijk A")',
        'Per table: each table\'s QR code is a group (e.g. "Wijk A")',
    ),
    "scan_fac.results.live": ("uitslag live", "results live"),
    "scan_fac.results.on_reveal": ("uitslag na tonen", "results on reveal"),
    "scan_fac.results_long.live": (
        "Live: de uitslag groeit mee op de beamer",
        "Live: the results grow on the projector",
    ),
    "scan_fac.results_long.on_reveal": (
        "Verborgen tot ik hem toon",
        "Hidden until I reveal them",
    ),
    "scan_fac.f.title": ("Titel", "Title"),
    "scan_fac.f.intro": ("Inleiding op de telefoon", "Introduction on the phone"),
    "scan_fac.f.audience": ("Wie vult in", "Who answers"),
    "scan_fac.f.results": ("Uitslag", "Results"),
    "scan_fac.save": ("Opslaan", "Save"),
    "scan_fac.copy": ("Kopiëren", "Copy"),
    "scan_fac.copy_title": ("{title} (kopie)", "{title} (copy)"),
    "scan_fac.copied": ("Kopie gemaakt (zonder antwoorden)", "Copy made (without answers)"),
    "scan_fac.delete": ("Verwijderen", "Delete"),
    "scan_fac.delete_warning": (
        "De scan, zijn vragen en alle antwoorden worden verwijderd.",
        "The scan, its questions and every answer are deleted.",
    ),
    "scan_fac.delete_confirm": ("Ja, verwijder de scan", "Yes, delete the scan"),
    "scan_fac.deleted": ("Scan verwijderd", "Scan deleted"),
    "scan_fac.tab.questions": ("Vragen ({count})", "Questions ({count})"),
    "scan_fac.tab.results": ("Uitslag", "Results"),
    "scan_fac.tab.settings": ("Instellingen", "Settings"),
    "scan_fac.tab.overview": ("Initiatievenoverzicht", "Initiatives overview"),
    "scan_fac.tab.downloads": ("Downloads", "Downloads"),
    # Questions
    "scan_fac.q.add": ("Vraag toevoegen", "Add a question"),
    "scan_fac.q.kind": ("Soort vraag", "Kind of question"),
    "scan_fac.q.add_go": ("Toevoegen", "Add"),
    "scan_fac.q.added": ("Vraag toegevoegd", "Question added"),
    "scan_fac.q.none": ("Deze scan heeft nog geen vragen.", "This scan has no questions yet."),
    "scan_fac.q.prompt": ("Vraag", "Question"),
    "scan_fac.q.help": ("Toelichting (mag leeg)", "Explanation (may be empty)"),
    "scan_fac.q.items": (
        "Onderdelen, één per regel (elk een schaal)",
        "Items, one per line (each a scale)",
    ),
    "scan_fac.q.options": ("Antwoorden, één per regel", "Options, one per line"),
    "scan_fac.q.bins": (
        "Klassen, één per regel, van laag naar hoog (bijv. 0-2)",
        "Ranges, one per line, low to high (e.g. 0-2)",
    ),
    "scan_fac.q.pole_low": ("Linkerpool (laagste getal)", "Left pole (lowest number)"),
    "scan_fac.q.pole_high": ("Rechterpool (hoogste getal)", "Right pole (highest number)"),
    "scan_fac.q.scale_min": ("Schaal begint bij", "Scale starts at"),
    "scan_fac.q.scale_max": ("Schaal eindigt bij", "Scale ends at"),
    "scan_fac.q.dont_know": ('"Weet ik niet" aanbieden', 'Offer "don\'t know"'),
    "scan_fac.q.allow_other": ('"Anders: …" aanbieden', 'Offer "Other: …"'),
    "scan_fac.q.open": ("open", "open"),
    "scan_fac.q.closed": ("gesloten", "closed"),
    "scan_fac.q.close": ("Vraag sluiten", "Close question"),
    "scan_fac.q.reopen": ("Vraag openen", "Open question"),
    "scan_fac.q.reveal": ("Uitslag tonen", "Reveal results"),
    "scan_fac.q.hide_results": ("Uitslag verbergen", "Hide results"),
    "scan_fac.q.up": ("Omhoog", "Up"),
    "scan_fac.q.down": ("Omlaag", "Down"),
    "scan_fac.q.delete": ("Verwijderen", "Delete"),
    "scan_fac.q.delete_confirm": (
        "Ja, verwijder de vraag en haar antwoorden",
        "Yes, delete the question and its answers",
    ),
    "scan_fac.q.deleted": ("Vraag verwijderd", "Question deleted"),
    # Results
    "scan_fac.results.help": (
        "{count} {count:deelnemer|deelnemers}. Een groep met minder dan {min} antwoorden toont "
        '"te weinig antwoorden", zodat niemand herkenbaar is.',
        "{count} {count:participant|participants}. A group with fewer than {min} answers shows "
        '"too few answers", so nobody can be recognised.',
    ),
    "scan_fac.results.on_wall": ("zichtbaar op de beamer", "visible on the projector"),
    "scan_fac.results.hidden": ("nog verborgen", "still hidden"),
    "scan_fac.results.segment": ("Groep", "Group"),
    "scan_fac.results.item": ("Onderdeel", "Item"),
    "scan_fac.results.respondents": ("Deelnemers", "Participants"),
    "scan_fac.results.result": ("Uitslag", "Result"),
    "scan_fac.results.mean": ("Gemiddelde", "Mean"),
    "scan_fac.results.median": ("Mediaan", "Median"),
    "scan_fac.results.dont_know": ("Weet ik niet", "Don't know"),
    "scan_fac.words.add": (
        "Woord uit de woordwolk halen (blijft bewaard)",
        "Leave a word out of the cloud (it stays stored)",
    ),
    "scan_fac.words.hide": ("Verbergen", "Hide"),
    "scan_fac.words.left_out": (
        "Niet in de wolk (wel bewaard): {entries}",
        "Left out of the cloud (still stored): {entries}",
    ),
    "scan_fac.words.hidden_done": (
        "'{word}' staat niet meer in de wolk",
        "'{word}' left the cloud",
    ),
    "scan_fac.words.hidden_list": (
        "Verborgen woorden (klik om terug te zetten)",
        "Hidden words (click to bring back)",
    ),
    "scan_fac.words.unhide": ("'{word}' terug in de wolk", "Bring '{word}' back into the cloud"),
    # Initiatives overview and downloads
    "scan_fac.overview.help": (
        "Elke telefoon die de scan invulde is een rij, bijvoorbeeld een initiatief dat de "
        "intakelijst invulde.",
        "Every phone that answered the scan is a row, e.g. an initiative that filled in the "
        "intake list.",
    ),
    "scan_fac.overview.filter_on": ("Filter op", "Filter on"),
    "scan_fac.overview.no_filter": ("geen filter", "no filter"),
    "scan_fac.overview.filter_value": ("Antwoord", "Answer"),
    "scan_fac.overview.any": ("elk antwoord", "any answer"),
    "scan_fac.overview.search": ("Zoeken", "Search"),
    "scan_fac.overview.count": (
        "{count} {count:initiatief|initiatieven}",
        "{count} {count:initiative|initiatives}",
    ),
    "scan_fac.overview.csv": ("Overzicht als CSV", "Overview as CSV"),
    "scan_fac.downloads.help": (
        "Alle antwoorden, anoniem, één rij per antwoord.",
        "Every answer, anonymous, one row per answer.",
    ),
    "scan_fac.downloads.csv": ("Antwoorden (CSV)", "Answers (CSV)"),
    "scan_fac.downloads.json": ("Antwoorden (JSON)", "Answers (JSON)"),
}
