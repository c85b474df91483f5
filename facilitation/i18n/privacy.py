"""Strings about privacy, consent and access."""

ENTRIES: dict[str, tuple[str, str]] = {
    "privacy.link": ("Privacy", "Privacy"),
    "privacy.title": ("Privacy bij Oogst", "Privacy in Oogst"),
    "privacy.body": (
        """
**Je doet anoniem mee.** Je telefoon krijgt een willekeurige code in de link; we vragen geen account,
geen naam en geen e-mailadres.

**Wat we bewaren:** de teksten die je instuurt, bij welke tafel, en wanneer. Alleen als jij dat kiest ook
je naam, organisatie en e-mailadres, en je toestemming om op de deelnemerslijst te staan of benaderd te
worden — met het tijdstip en de precieze tekst waarmee je toestemming gaf.

**Wie het ziet:** de facilitator en de organisator van de bijeenkomst. Je tekst kan op de wall en in het
verslag (de Oogst) staan, zonder je naam. Je naam staat alleen op de deelnemerslijst als je daar
toestemming voor gaf.

**Jouw rechten:** je kunt je eigen bijdragen wijzigen of verwijderen zolang de ronde open is, en je
gegevens inzien en wissen via je telefoon. De facilitator kan een deelnemer op verzoek verwijderen.

**Bewaartermijn:** de organisator stelt in hoe lang bijeenkomsten bewaard blijven; daarna worden ze
automatisch gewist.
""",
        """
**You take part anonymously.** Your phone gets a random code in its link; we ask for no account, no name
and no e-mail address.

**What we keep:** the texts you send, at which table, and when. Only if you choose so, also your name,
organisation and e-mail address, and your consent to be listed or contacted — with the time and the exact
wording of that consent.

**Who sees it:** the facilitator and the organiser of the meeting. Your text may appear on the wall and in
the report (the harvest), without your name. Your name appears in the participant list only if you
agreed to that.

**Your rights:** you can edit or delete your own contributions while the round is open, and see and erase
your data from your phone. The facilitator can remove a participant on request.

**Retention:** the organiser sets how long meetings are kept; after that they are erased automatically.
""",
    ),
    "login.continue": ("Verder", "Continue"),
    "login.expired": (
        "De inloglink is verlopen. Log opnieuw in.",
        "The login link has expired. Please log in again.",
    ),
    "login.cohost": (
        "Je opent deze bijeenkomst als co-host (tweede moderator).",
        "You are opening this meeting as co-host (second moderator).",
    ),
    "login.oidc": ("Inloggen met je organisatie-account", "Log in with your organisation account"),
    "login.oidc_not_allowed": (
        "{email} heeft geen toegang als facilitator. Vraag de beheerder om je toe te voegen.",
        "{email} has no facilitator access. Ask the administrator to add you.",
    ),
    "qr.cohost": ("Co-host-link (tweede moderator)", "Co-host link (second moderator)"),
    "qr.cohost_help": (
        "Wie deze link opent, kan deze bijeenkomst modereren (Live, QR-codes), maar geen andere bijeenkomsten zien. Deel hem alleen met je co-host.",
        "Whoever opens this link can moderate this meeting (Live, QR codes) but sees no other meetings. Share it with your co-host only.",
    ),
    "qr.cohost_rotate": ("Nieuwe co-host-link maken", "Make a new co-host link"),
    "error.invalid_bundle": (
        "Dit is geen bruikbaar Oogst-backupbestand ({problem}).",
        "This is not a usable Oogst backup file ({problem}).",
    ),
    "cli.backup_not_sqlite": (
        "Alleen de ingebouwde SQLite-database wordt zo geback-upt; gebruik pg_dump voor PostgreSQL.",
        "Only the embedded SQLite database is backed up this way; use pg_dump for PostgreSQL.",
    ),
    "cli.restored": (
        "Teruggezet in {path}; het vorige bestand staat in {kept}.",
        "Restored into {path}; the previous file is kept as {kept}.",
    ),
    "cli.would_purge": (
        "Zou wissen: {code} '{title}' (vervallen op {date})",
        "Would erase: {code} '{title}' (expired on {date})",
    ),
    "cli.purged": (
        "Gewist: {code} '{title}' (vervallen op {date})",
        "Erased: {code} '{title}' (expired on {date})",
    ),
    "cli.nothing_to_purge": (
        "Niets te wissen (bewaartermijn {days} {days:dag|dagen}; 0 = voor altijd).",
        "Nothing to erase (retention {days} {days:day|days}; 0 = forever).",
    ),
    "nav.participants": ("Deelnemers", "Participants"),
    "phone.data.title": ("Mijn gegevens", "My data"),
    "phone.data.email": ("E-mail", "E-mail"),
    "phone.data.listed": ("Op de deelnemerslijst", "On the participant list"),
    "phone.data.contact": ("Mag benaderd worden", "May be contacted"),
    "phone.data.contributions": ("Bijdragen", "Contributions"),
    "phone.data.sign_ups": ("Aanmeldingen als trekker/gangmaker", "Sign-ups as driver"),
    "phone.data.yes": ("ja", "yes"),
    "phone.data.no": ("nee", "no"),
    "phone.data.confirm": (
        "Ik wil al mijn gegevens wissen, ook mijn bijdragen en aanmeldingen",
        "I want to erase all my data, including my contributions and sign-ups",
    ),
    "phone.data.erase": ("Wis mijn gegevens", "Erase my data"),
    "phone.data.erased": (
        "Je gegevens zijn gewist. Je kunt opnieuw meedoen als nieuwe, anonieme deelnemer.",
        "Your data has been erased. You can join again as a new, anonymous participant.",
    ),
    "participants.title": ("Deelnemers", "Participants"),
    "participants.lead": (
        "Alleen deelnemers die iets hebben ingestuurd of hun naam hebben gegeven. Namen komen alleen op de deelnemerslijst van het verslag als ze daar toestemming voor gaven.",
        "Only participants who sent something or gave their name. Names appear in the report's participant list only with consent.",
    ),
    "participants.none": ("Nog geen deelnemers.", "No participants yet."),
    "participants.listed": ("Op lijst", "Listed"),
    "participants.contact": ("Benaderen", "Contact"),
    "participants.erase": (
        "Deelnemer verwijderen (op verzoek)",
        "Remove a participant (on request)",
    ),
    "participants.choose": ("Deelnemer", "Participant"),
    "participants.anonymous": ("(anoniem)", "(anonymous)"),
    "participants.with_contributions": (
        "Ook de tekst van hun bijdragen wissen",
        "Also erase the text of their contributions",
    ),
    "participants.erase_go": ("Verwijderen", "Remove"),
    "participants.erased": (
        "Verwijderd ({count} {count:bijdrage|bijdragen} gewist).",
        "Removed ({count} {count:contribution|contributions} erased).",
    ),
    "events.expiring": (
        "'{title}' wordt op {date} automatisch gewist (bewaartermijn). Maak een backup als je hem wilt houden.",
        "'{title}' will be erased automatically on {date} (retention). Make a backup to keep it.",
    ),
    "events.backup": ("Backup van deze bijeenkomst (.oogst)", "Backup of this meeting (.oogst)"),
    "events.restore": ("Backup terugzetten (.oogst)", "Restore a backup (.oogst)"),
    "events.restore.help": (
        "Zet een bijeenkomst terug zoals hij was: dezelfde code, links, telefoons en huisstijl.",
        "Restores a meeting as it was: same code, links, phones and template.",
    ),
    "events.restore.go": ("Terugzetten", "Restore"),
    "fac.login_needed": (
        "Deze pagina is alleen voor de facilitator. Log eerst in.",
        "This page is for the facilitator only. Please log in first.",
    ),
}
