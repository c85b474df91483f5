"""Strings of the room: the wall's join screen, the phones' live state, the start-up banner."""

ENTRIES: dict[str, tuple[str, str]] = {
    # Words: the lead button says the kind's role
    "agenda.phone.lead_gangmaker": ("Ik doe mee als gangmaker", "I'll join as a pacesetter"),
    # Accessibility: alt texts and labels a screen reader needs
    "qr.alt": ("QR-code: {label}", "QR code: {label}"),
    "events.restore.file": ("Backupbestand (.oogst)", "Backup file (.oogst)"),
    # The wall's join screen (before and between rounds, and while little is in)
    "wall.join.title": ("Doe mee!", "Join in!"),
    "wall.join.scan": ("Scan de QR-code met je telefoon", "Scan the QR code with your phone"),
    "wall.join.or_go": ("of ga naar", "or go to"),
    "wall.join.type_code": ("en typ de code", "and type the code"),
    "wall.join.count": (
        "{count} {count:bijdrage|bijdragen} binnen",
        "{count} {count:contribution|contributions} in",
    ),
    "wall.join.none": (
        "Nog geen bijdragen: de eerste kan van jou zijn!",
        "No contributions yet: the first one could be yours!",
    ),
    "wall.join.qr_alt": (
        "QR-code om mee te doen, of ga naar {address}",
        "QR code to join, or go to {address}",
    ),
    # The facilitator's projector switch (Live page)
    "live.screen": ("Beamer toont", "Projector shows"),
    "live.screen.auto": ("Automatisch", "Automatic"),
    "live.screen.join": ("Meedoen-scherm", "Join screen"),
    "live.screen.live": ("Wall", "Wall"),
    "live.screen.help": (
        "Automatisch: het meedoen-scherm (grote QR-code en code) voor en tussen de rondes en "
        "zolang er weinig binnen is, daarna de wall. Elke open wall volgt binnen een seconde. "
        "Op de beamer zelf wisselt de toets J tussen de twee.",
        "Automatic: the join screen (large QR code and code) before and between rounds and while "
        "little is in, then the wall. Every open wall follows within a second. On the projector "
        "itself, the key J swaps the two.",
    ),
    "live.screen.now": ("Nu op de beamer: {screen}", "On the projector now: {screen}"),
    "wall.closed.title": ("Deze bijeenkomst is gesloten", "This meeting is closed"),
    "wall.closed.thanks": (
        "Dank je wel voor alle bijdragen!",
        "Thank you for all your contributions!",
    ),
    "privacy.back": ("Terug naar de bijeenkomst", "Back to the meeting"),
    "phone.target_closed": ("Gesloten voor nieuwe bijdragen", "Closed for new contributions"),
    "phone.feed.none_from_others": (
        "Nog niets van anderen aan deze tafel.",
        "Nothing from others at this table yet.",
    ),
    # The start-up banner of `make run`: printed last, once the app answers
    "startup.banner.title": (
        "Oogst draait. Open op deze laptop de facilitatorpagina:",
        "Oogst is running. On this laptop, open the facilitator page:",
    ),
    "startup.banner.facilitator": ("Facilitator", "Facilitator"),
    "startup.banner.passphrase": ("Wachtwoord", "Passphrase"),
    "startup.banner.passphrase_new": (
        "{passphrase}   (alleen nu getoond: schrijf het op)",
        "{passphrase}   (shown only now: write it down)",
    ),
    "startup.banner.passphrase_configured": (
        "zoals ingesteld in OOGST_FACILITATOR_PASSPHRASE of .streamlit/secrets.toml",
        "as set in OOGST_FACILITATOR_PASSPHRASE or .streamlit/secrets.toml",
    ),
    "startup.banner.passphrase_known": (
        "dat van de eerste start (vergeten? python -m facilitation passphrase)",
        "the one from the first start (forgotten? python -m facilitation passphrase)",
    ),
    "startup.banner.phones": ("Telefoons", "Phones"),
    "startup.banner.phones_note": (
        "(op dezelfde wifi; de QR-codes wijzen hierheen)",
        "(on the same Wi-Fi; the QR codes point here)",
    ),
    "startup.banner.stop": ("Stoppen: Ctrl+C", "Stop: Ctrl+C"),
}
