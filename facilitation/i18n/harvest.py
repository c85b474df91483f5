"""Strings of the harvest report and its editor."""

ENTRIES: dict[str, tuple[str, str]] = {
    # Errors of the editor and of templates
    "error.invalid_nesting": (
        "Dat kan niet: een bijdrage kan alleen onder een andere bijdrage aan dezelfde tafel of casus "
        "hangen, niet onder zichzelf of onder een eigen reactie.",
        "That is not possible: a contribution can only go under another one at the same table or "
        "case, not under itself or one of its own replies.",
    ),
    "error.invalid_merge": (
        "Dat kan niet: een bijdrage kan niet worden samengevoegd met zichzelf of met een eigen reactie.",
        "That is not possible: a contribution cannot be merged into itself or into one of its replies.",
    ),
    "error.invalid_template": (
        "'{filename}' is geen bruikbaar Word-sjabloon. Upload een .docx- of .dotx-bestand dat Word "
        "zonder foutmelding opent (sla het in Word op als 'Word-document').",
        "'{filename}' is not a usable Word template. Upload a .docx or .dotx file that Word opens "
        "without complaint (save it in Word as 'Word Document').",
    ),
    "error.template_too_large": (
        "'{filename}' is groter dan {limit} MB. Maak het sjabloon kleiner (bijvoorbeeld een "
        "kleiner logo) en probeer het opnieuw.",
        "'{filename}' is larger than {limit} MB. Make the template smaller (a smaller logo, for "
        "instance) and try again.",
    ),
    # The report
    "report.subtitle": ("Oogst van de bijeenkomst {date}", "Harvest of the meeting of {date}"),
    "report.months": (
        "januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december",
        "January,February,March,April,May,June,July,August,September,October,November,December",
    ),
    "report.commissioned": ("in opdracht van {who}", "commissioned by {who}"),
    "report.intro": ("Inleiding", "Introduction"),
    "report.background": ("Achtergrond", "Background"),
    "report.question": ("Vraag", "Question"),
    "report.key_question": ("Kernvraag", "Key question"),
    "report.owner": ("Eigenaar", "Owner"),
    "report.place": ("Plaats", "Place"),
    "report.link": ("Link", "Link"),
    "report.suggestions": ("Suggesties uit de bijeenkomst:", "Suggestions from the meeting:"),
    "report.advice": ("Adviezen uit de bijeenkomst:", "Advice from the meeting:"),
    "report.remark": ("opm.", "note:"),
    "report.mentioned": ("{count}× genoemd", "mentioned {count}×"),
    "report.status.not_discussed": ("Nog niet aan bod geweest.", "Not discussed yet."),
    "report.status.out_of_time": (
        "Hier ontbrak de tijd om verder te praten.",
        "We ran out of time to discuss this.",
    ),
    "report.agenda": ("Actieagenda", "Action agenda"),
    "report.action": ("Actie", "Action"),
    "report.drivers": ("Mogelijke trekker", "Possible driver"),
    "report.votes": ("Stemmen", "Votes"),
    "report.chart.contributions": ("Aantal bijdragen", "Number of contributions"),
    "report.chart.votes": ("Stemmen per actie", "Votes per action"),
    "report.participants": ("Deelnemerslijst", "Participants"),
    "report.name": ("Naam", "Name"),
    "report.organisation": ("Organisatie", "Organisation"),
    "report.warn.missing_style": (
        "Het sjabloon heeft geen stijl '{style}'; het verslag gebruikt daarvoor een eenvoudige "
        "vervanger. Voeg de stijl toe aan het sjabloon voor je eigen opmaak.",
        "The template has no style '{style}'; the report uses a plain stand-in for it. Add the "
        "style to the template for your own look.",
    ),
    # Feedback packs for case owners
    "pack.title": ("Feedback op {case}", "Feedback on {case}"),
    "pack.for": ("Voor {owners}", "For {owners}"),
    "pack.from": (
        "Uit de bijeenkomst '{event}'{date}",
        "From the meeting '{event}'{date}",
    ),
    "pack.actions": ("Acties rond deze casus", "Actions around this case"),
    "pack.no_suggestions": (
        "Er zijn (nog) geen suggesties bij deze casus.",
        "There are no suggestions for this case (yet).",
    ),
    # Exports
    "export.col.id": ("nr", "id"),
    "export.col.place": ("tafel/casus", "table/case"),
    "export.col.title": ("titel", "title"),
    "export.col.parent": ("reactie op", "reply to"),
    "export.col.merged_into": ("samengevoegd met", "merged into"),
    "export.col.kind": ("soort", "kind"),
    "export.col.text": ("tekst", "text"),
    "export.col.original_text": ("oorspronkelijke tekst", "original text"),
    "export.col.link": ("link", "link"),
    "export.col.remark": ("opmerking", "remark"),
    "export.col.hidden": ("verborgen", "hidden"),
    "export.col.highlight": ("uitgelicht", "highlighted"),
    "export.col.created": ("tijdstip", "sent at"),
    "export.yes": ("ja", "yes"),
    "export.no": ("nee", "no"),
    # Command line
    "cli.warning": ("Let op: {message}", "Warning: {message}"),
}
