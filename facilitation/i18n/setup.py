"""Strings of preparing a meeting in the browser: row editors, starter layout, copying, errors."""

ENTRIES: dict[str, tuple[str, str]] = {
    # Errors a setup form can meet; {field} is the form's own label for the field
    "error.duplicate_table_number": (
        "Nummer {value} is al in gebruik bij deze bijeenkomst. Kies een ander nummer.",
        "Number {value} is already used in this meeting. Choose another number.",
    ),
    "error.duplicate_case_letter": (
        "Letter {value} is al in gebruik. Kies een andere letter.",
        "Letter {value} is already used. Choose another letter.",
    ),
    "error.invalid_letter": (
        "'{field}' moet één letter van A tot en met Z zijn (niet '{value}').",
        "'{field}' must be one letter from A to Z (not '{value}').",
    ),
    "error.invalid_number": (
        "'{field}' moet een heel getal van {low} tot en met {high} zijn (niet '{value}').",
        "'{field}' must be a whole number from {low} to {high} (not '{value}').",
    ),
    "error.invalid_minutes": (
        "'{field}' moet een heel aantal minuten van {low} tot en met {high} zijn (niet '{value}').",
        "'{field}' must be a whole number of minutes from {low} to {high} (not '{value}').",
    ),
    "error.field_required": ("Vul '{field}' in.", "Fill in '{field}'."),
    "error.row_gone": (
        "Deze regel bestaat niet meer: iemand anders heeft hem net verwijderd. "
        "De pagina toont nu wat er is opgeslagen.",
        "This row no longer exists: someone else just removed it. "
        "The page now shows what is stored.",
    ),
    "error.target_in_use": (
        "Hier staan {count} {count:bijdrage|bijdragen}; verwijderen zou ze kwijtmaken. "
        "Sluit deze tafel of casus in plaats daarvan (Live).",
        "This holds {count} {count:contribution|contributions}; removing it would lose them. "
        "Close this table or case instead (Live).",
    ),
    # Field labels the errors name (the forms use the same keys)
    "setup.col.minutes": ("Minuten", "Minutes"),
    # The row editors
    "setup.rows.add": ("Toevoegen", "Add"),
    "setup.rows.save": ("Opslaan", "Save"),
    "setup.rows.up": ("Omhoog", "Up"),
    "setup.rows.down": ("Omlaag", "Down"),
    "setup.rows.remove": ("Verwijderen", "Remove"),
    "setup.rows.remove_confirm": (
        "'{name}' verwijderen? Dit kan niet ongedaan worden gemaakt.",
        "Remove '{name}'? This cannot be undone.",
    ),
    "setup.rows.remove_go": ("Ja, verwijderen", "Yes, remove"),
    "setup.rows.in_use": (
        "Hier staan {count} {count:bijdrage|bijdragen}. Verwijderen kan pas als er geen "
        "bijdragen meer zijn; sluit de tafel of casus op Live om nieuwe bijdragen te stoppen.",
        "This holds {count} {count:contribution|contributions}. It can be removed only when it "
        "holds none; close the table or case on Live to stop new contributions.",
    ),
    "setup.rows.new": ("Nieuw", "New"),
    "setup.rows.none": ("Nog niets toegevoegd.", "Nothing added yet."),
    "setup.rows.added": ("Toegevoegd", "Added"),
    "setup.rows.removed": ("Verwijderd", "Removed"),
    "setup.rows.moved": ("Verplaatst", "Moved"),
    "setup.tables.new": ("Nieuwe tafel of nieuw thema", "New table or theme"),
    "setup.cases.new": ("Nieuwe casus of pitch", "New case or pitch"),
    "setup.cases.no_theme": ("(geen thema)", "(no theme)"),
    "setup.rounds.new": ("Nieuwe ronde", "New round"),
    "setup.rounds.summary": ("{title} — {minutes} min", "{title} — {minutes} min"),
    "setup.definitions.new": ("Nieuw begrip", "New definition"),
    "setup.sections.new": ("Nieuwe sectie", "New section"),
    "setup.contacts.new": ("Nieuwe contactpersoon", "New contact"),
    "setup.placement.before_intro": ("Voor de inleiding", "Before the introduction"),
    "setup.placement.before_themes": ("Voor de thema's", "Before the themes"),
    "setup.placement.after_themes": ("Na de thema's", "After the themes"),
    "setup.placement.after_agenda": ("Na de actieagenda", "After the action agenda"),
    # Starter layout and copying
    "starter.table": ("Tafel {number}", "Table {number}"),
    "starter.kind.pitch": ("Pitch", "Pitch"),
    "starter.kind.practice_cases": ("Casus", "Case"),
    "starter.offer": (
        "Deze bijeenkomst is nog leeg. Begin met een startindeling en pas die daarna aan.",
        "This meeting is still empty. Start from a starter layout and adjust it afterwards.",
    ),
    "starter.add": ("Startindeling toevoegen", "Add a starter layout"),
    "starter.what.table_rounds": (
        "6 genummerde tafels en één ronde van 20 minuten",
        "6 numbered tables and one round of 20 minutes",
    ),
    "starter.what.pitch": (
        "pitches A, B en C en één ronde van 20 minuten",
        "pitches A, B and C and one round of 20 minutes",
    ),
    "starter.what.practice_cases": (
        "casussen A, B en C en één ronde van 20 minuten",
        "cases A, B and C and one round of 20 minutes",
    ),
    "starter.checkbox": ("Begin met een startindeling", "Start from a starter layout"),
    "starter.checkbox.help": (
        "Tafelrondes: 6 genummerde tafels. Pitchsessie en praktijkcasussen: A, B en C. "
        "Altijd één ronde van 20 minuten. Alles is daarna aan te passen.",
        "Table rounds: 6 numbered tables. Pitch session and practice cases: A, B and C. "
        "Always one round of 20 minutes. Everything can be changed afterwards.",
    ),
    "starter.added": ("Startindeling toegevoegd", "Starter layout added"),
    "copy.title": ("Kopiëren als nieuwe bijeenkomst", "Copy as a new meeting"),
    "copy.help": (
        "Neemt de opzet over: teksten, tafels, casussen, rondes, begrippen, secties, "
        "contactpersonen en soorten acties. Geen bijdragen, deelnemers of synthese.",
        "Takes over the structure: texts, tables, cases, rounds, definitions, sections, "
        "contacts and kinds of action. No contributions, participants or synthesis.",
    ),
    "copy.source": ("Eerdere bijeenkomst", "Earlier meeting"),
    "copy.new_title": ("Titel van de nieuwe bijeenkomst", "Title of the new meeting"),
    "copy.go": ("Kopiëren", "Copy"),
    "copy.done": ("Gekopieerd: {title}", "Copied: {title}"),
    "copy.suffix": ("{title} (kopie)", "{title} (copy)"),
}
