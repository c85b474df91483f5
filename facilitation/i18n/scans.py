"""Strings of scans and polls: errors, result labels, question kinds, report and export texts."""

_ERRORS: dict[str, tuple[str, str]] = {
    "error.scan_not_found": (
        "Deze scan bestaat niet (meer) in deze bijeenkomst.",
        "This scan does not exist (any more) in this meeting.",
    ),
    "error.question_not_found": (
        "Deze vraag hoort niet (meer) bij de scan. Laad de pagina opnieuw.",
        "This question is not (or no longer) part of the scan. Reload the page.",
    ),
    "error.scan_closed": (
        "De scan is gesloten; je antwoorden kunnen niet meer veranderen. Wat je eerder gaf, blijft staan.",
        "The scan is closed; your answers can no longer change. What you gave earlier is kept.",
    ),
    "error.question_closed": (
        "De vraag '{question}' is gesloten; je antwoord daarop kan niet meer veranderen.",
        "The question '{question}' is closed; your answer to it can no longer change.",
    ),
    "error.scan_needs_table": (
        "Deze scan wordt per tafel ingevuld. Scan de QR-code van je tafel en probeer het opnieuw.",
        "This scan is answered per table. Scan your table's QR code and try again.",
    ),
    "error.value_not_number": (
        "'{value}' is geen getal. Kies een getal op de schaal.",
        "'{value}' is not a number. Pick a number on the scale.",
    ),
    "error.value_out_of_range": (
        "{value} valt buiten de schaal: kies een getal van {low} tot en met {high}.",
        "{value} is outside the scale: pick a number from {low} to {high}.",
    ),
    "error.option_not_found": (
        "Die keuze ({option}) bestaat niet (meer) bij deze vraag. Laad de pagina opnieuw.",
        "That choice ({option}) does not exist (any more) for this question. Reload the page.",
    ),
    "error.dont_know_not_offered": (
        "Bij deze vraag is 'weet ik niet' geen antwoord; kies een getal of sla haar over.",
        "'Don't know' is not an answer to this question; pick a number or skip it.",
    ),
    "error.other_not_offered": (
        "Bij deze vraag kun je geen eigen antwoord (Anders: …) geven; kies uit de lijst.",
        "This question takes no answer of your own (Other: …); pick from the list.",
    ),
    "error.too_many_choices": (
        "Kies er hier {limit:één|#}.",
        "Pick {limit:one|#} here.",
    ),
    "error.ranking_incomplete": (
        "Zet alle {count} mogelijkheden op volgorde, elk één keer.",
        "Put all {count} options in order, each once.",
    ),
    "error.answer_too_long": (
        "Je antwoord is {length:één teken|# tekens}; hier {limit:past één teken|passen er # tekens}. Maak het korter.",
        "Your answer is {length:one character|# characters}; {limit:one fits|# fit} here. Make it shorter.",
    ),
    "error.answer_changed_elsewhere": (
        "Je antwoorden zijn intussen op een ander tabblad veranderd. "
        "We laten nu de nieuwste zien; pas ze daar zo nodig aan.",
        "Your answers were changed in another tab meanwhile. "
        "The newest are shown now; change them there if needed.",
    ),
    "error.invalid_question": (
        "Deze vraag is nog niet compleet ({field}): een keuzevraag heeft minstens twee "
        "mogelijkheden, een schaal loopt van 0 of 1 tot hoogstens 10, elke vraag heeft een tekst.",
        "This question is not complete yet ({field}): a choice needs at least two options, "
        "a scale runs from 0 or 1 up to at most 10, every question needs a text.",
    ),
    "error.scan_template_not_found": (
        "Dit sjabloon bestaat niet. Kies een van de ingebouwde scans.",
        "This template does not exist. Pick one of the built-in scans.",
    ),
}

_LABELS: dict[str, tuple[str, str]] = {
    "scan.room": ("Hele zaal", "Whole room"),
    "scan.too_few": ("te weinig antwoorden", "too few answers"),
    "scan.dont_know": ("weet ik niet", "don't know"),
    "scan.other": ("Anders", "Other"),
    "scan.kind.scale": ("Schaal", "Scale"),
    "scan.kind.scale_set": ("Schalen op één scherm", "Scales on one screen"),
    "scan.kind.single": ("Eén keuze", "Single choice"),
    "scan.kind.multiple": ("Meerdere keuzes", "Multiple choice"),
    "scan.kind.bins": ("Klassen (bereiken)", "Ranges"),
    "scan.kind.open": ("Kort antwoord (woordwolk)", "Short answer (word cloud)"),
    "scan.kind.ranking": ("Rangorde", "Ranking"),
    "scan.respondents": (
        "{count} {count:deelnemer|deelnemers}",
        "{count} {count:participant|participants}",
    ),
    "scan.mean": ("gemiddelde", "mean"),
    "scan.median": ("mediaan", "median"),
    "scan.count": ("aantal", "count"),
    "scan.hidden_words": (
        "{count} {count:antwoord|antwoorden} verborgen",
        "{count} {count:answer|answers} hidden",
    ),
}

ENTRIES: dict[str, tuple[str, str]] = {**_ERRORS, **_LABELS}

_REPORT: dict[str, tuple[str, str]] = {
    "report.part.scans": ("Scans en peilingen", "Scans and polls"),
    "report.scan": ("Scan", "Scan"),
    "report.scan.respondents": (
        "{count} {count:deelnemer vulde|deelnemers vulden} deze scan in.",
        "{count} {count:participant|participants} answered this scan.",
    ),
    "report.scan.scale": ("Schaal: {legend}", "Scale: {legend}"),
    "report.scan.too_few": (
        "Te weinig antwoorden om te tonen ({count}).",
        "Too few answers to show ({count}).",
    ),
    "report.scan.radar": (
        "{title}: gemiddelde per groep en voor de hele zaal (gestippeld); schaal {legend}",
        "{title}: mean per group and for the whole room (dashed); scale {legend}",
    ),
    "report.scan.distribution": (
        "{title}: aantal antwoorden per waarde; schaal {legend}",
        "{title}: answers per value; scale {legend}",
    ),
    "report.scan.counts": ("{title}: aantal keer gekozen", "{title}: times chosen"),
    "report.scan.points": (
        "{title}: punten (eerste plaats de meeste)",
        "{title}: points (first place the most)",
    ),
    "report.scan.cloud": (
        "{title}: woordwolk van {count} {count:antwoord|antwoorden}",
        "{title}: word cloud of {count} {count:answer|answers}",
    ),
    "report.scan.group": ("Groep", "Group"),
    "report.scan.item": ("Onderdeel", "Item"),
    "report.scan.n": ("Aantal", "Count"),
    "report.scan.mean": ("Gemiddelde ({legend})", "Mean ({legend})"),
    "report.scan.median": ("Mediaan", "Median"),
    "report.scan.plus_dont_know": ("(+{count} weet niet)", "(+{count} don't know)"),
    "report.scan.option": ("Antwoord", "Answer"),
    "report.scan.points_col": ("Punten", "Points"),
    "report.scan.initiatives": ("Overzicht van de initiatieven", "Overview of the initiatives"),
    "report.scan.col.name": ("Initiatief", "Initiative"),
    "report.scan.col.initiator": ("Initiatiefnemer", "Initiator"),
    "report.scan.col.phase": ("Fase", "Phase"),
    "report.scan.col.support": ("Ondersteuningsbehoefte", "Support needed"),
    "report.scan.mean_place": ("Gemiddelde plaats", "Mean place"),
}

ENTRIES.update(_REPORT)
