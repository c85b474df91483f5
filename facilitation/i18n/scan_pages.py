"""Strings of the scan pages: the facilitator's Scans page, the phone answering, the wall results."""

ENTRIES: dict[str, tuple[str, str]] = {
    "nav.scan": ("Scan invullen", "Answer a scan"),
    "nav.scans": ("Scans en peilingen", "Scans and polls"),
    "live.screen.scan": ("Scan-uitslag", "Scan results"),
    # The phone
    "scan_phone.open_link": ("Vul de scan in: {title}", "Answer the scan: {title}"),
    "scan_phone.segment": ("Je antwoordt voor: {segment}", "You answer for: {segment}"),
    "scan_phone.dont_know": ("Weet ik niet", "Don't know"),
    "scan_phone.other": ("Anders…", "Other…"),
    "scan_phone.multi_hint": ("Meerdere antwoorden mogelijk.", "More than one answer possible."),
    "scan_phone.other_label": ("Anders, namelijk", "Other, namely"),
    "scan_phone.up": ("Hoger", "Up"),
    "scan_phone.down": ("Lager", "Down"),
    "scan_phone.rank_save": ("Deze volgorde klopt", "This order is right"),
    "scan_phone.open_label": ("Je antwoord (een paar woorden)", "Your answer (a few words)"),
    "scan_phone.save": ("Opslaan", "Save"),
    "scan_phone.scan_closed": (
        "Deze scan is gesloten: je antwoorden zijn bewaard, maar kunnen niet meer veranderen.",
        "This scan is closed: your answers are kept but can no longer change.",
    ),
    "scan_phone.question_closed": (
        "Deze vraag is gesloten door de facilitator.",
        "The facilitator closed this question.",
    ),
    "scan_phone.needs_table": (
        "Deze scan wordt per tafel ingevuld. Kies eerst je tafel (of scan de QR-code op je tafel).",
        "This scan is answered per table. Choose your table first (or scan the QR code on it).",
    ),
    "scan_phone.back": ("Terug naar de bijeenkomst", "Back to the meeting"),
    "scan_phone.receipt_none": (
        "Nog niets ingevuld. Elk antwoord wordt meteen bewaard.",
        "Nothing answered yet. Every answer is saved at once.",
    ),
    "scan_phone.receipt_some": (
        "Ontvangen: {answered} van {total} {total:vraag|vragen} beantwoord.",
        "Received: {answered} of {total} {total:question|questions} answered.",
    ),
    "scan_phone.receipt_all": (
        "Ontvangen, dank je wel! Alle {total} {total:vraag|vragen} beantwoord.",
        "Received, thank you! All {total} {total:question|questions} answered.",
    ),
    "scan_phone.receipt_change": (
        "Je kunt je antwoorden wijzigen zolang de scan open is.",
        "You can change your answers while the scan is open.",
    ),
}
ENTRIES.update(
    {
        # The wall's scan screen
        "scan_wall.respondents": (
            "{count} {count:deelnemer|deelnemers}",
            "{count} {count:participant|participants}",
        ),
        "scan_wall.open": ("invullen kan nog", "still open"),
        "scan_wall.closed": ("gesloten", "closed"),
        "scan_wall.no_scan": (
            "Er is nog geen scan om te tonen.",
            "There is no scan to show yet.",
        ),
        "scan_wall.hidden": (
            "De uitslag volgt zodra de facilitator hem toont.",
            "The results follow once the facilitator reveals them.",
        ),
        "scan_wall.waiting": (
            "Nog {count} {count:vraag|vragen} waarvan de uitslag volgt.",
            "{count} more {count:question|questions} with results still to come.",
        ),
        "scan_wall.too_few": (
            "te weinig antwoorden",
            "too few answers",
        ),
        "scan_wall.radar_alt": (
            "Radardiagram: {title}, een lijn per groep en het gemiddelde van de zaal",
            "Radar chart: {title}, one line per group and the room's average",
        ),
        "scan_wall.mean_median": (
            "gemiddelde {mean} · mediaan {median} · {count} {count:antwoord|antwoorden}",
            "mean {mean} · median {median} · {count} {count:answer|answers}",
        ),
        "scan_wall.dont_know": ("{count}× weet ik niet", "{count}× don't know"),
        "scan_wall.other": ("Anders", "Other"),
        "scan_wall.answers": (
            "{count} {count:antwoord|antwoorden}",
            "{count} {count:answer|answers}",
        ),
        "scan_wall.mean_rank": ("gem. plaats {rank}", "avg. place {rank}"),
        "scan_wall.no_words": ("Nog geen woorden.", "No words yet."),
    }
)
