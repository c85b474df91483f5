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
    "report.chart.table_rounds": ("Aantal bijdragen per tafel", "Contributions per table"),
    "report.chart.pitch": ("Aantal bijdragen per thema", "Contributions per theme"),
    "report.chart.practice_cases": ("Aantal bijdragen per casus", "Contributions per case"),
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
    # The harvest page
    "nav.harvest": ("Oogst", "Harvest"),
    "harvest.title": ("Oogst", "Harvest"),
    "harvest.lead": (
        "Werk de oogst bij tijdens of na de bijeenkomst en download hem als Word-document. Elke "
        "wijziging wordt meteen bewaard; wat deelnemers stuurden, blijft terug te halen.",
        "Edit the harvest during or after the meeting and download it as a Word document. Every "
        "change is stored at once; what participants sent can always be brought back.",
    ),
    "harvest.tab.download": ("Downloaden", "Download"),
    "harvest.tab.edit": ("Per tafel of casus", "Per table or case"),
    "harvest.tab.texts": ("Teksten", "Texts"),
    "harvest.tab.templates": ("Sjabloon", "Template"),
    "harvest.report_language": ("Taal van het verslag", "Report language"),
    "harvest.language.nl": ("Nederlands", "Dutch"),
    "harvest.language.en": ("Engels", "English"),
    "harvest.download": ("Oogst downloaden (Word)", "Download the harvest (Word)"),
    "harvest.download_help": (
        "Het document wordt gemaakt op het moment dat je klikt, dus altijd met de laatste stand.",
        "The document is made when you click, so it always holds the latest state.",
    ),
    "harvest.template.in_use": ("Sjabloon: {name}", "Template: {name}"),
    "harvest.template.builtin": ("standaardsjabloon van Oogst", "Oogst's default template"),
    "harvest.packs": ("Feedback per casus", "Feedback per case"),
    "harvest.packs_help": (
        "Elke casus-eigenaar krijgt een eigen document met alleen de eigen casus: de vraag, de "
        "suggesties uit de zaal en de acties eromheen.",
        "Each case owner gets a document with only their own case: the question, the room's "
        "suggestions and the actions around it.",
    ),
    "harvest.pack_case": ("Casus", "Case"),
    "harvest.pack_one": ("Feedback van deze casus (Word)", "Feedback on this case (Word)"),
    "harvest.pack_all": (
        "{count:Het pakket als zip|Alle # als zip}",
        "{count:The pack as a zip|All # as a zip}",
    ),
    "harvest.exports": ("Alle bijdragen", "All contributions"),
    "harvest.exports_help": (
        "Voor een spreadsheet (CSV) of een ander programma (JSON), zonder namen van deelnemers. "
        "Het bijeenkomstbestand (pagina Bijeenkomsten) is de volledige export.",
        "For a spreadsheet (CSV) or another program (JSON), without participants' names. The "
        "event file (page Meetings) is the complete export.",
    ),
    "harvest.export_csv": ("Bijdragen als CSV", "Contributions as CSV"),
    "harvest.export_json": ("Bijdragen als JSON", "Contributions as JSON"),
    "harvest.export_file": ("bijdragen", "contributions"),
    "harvest.no_targets": (
        "Deze bijeenkomst heeft nog geen tafels of casussen. Voeg ze toe bij Voorbereiden.",
        "This meeting has no tables or cases yet. Add them under Prepare.",
    ),
    "harvest.target": ("Tafel, thema of casus", "Table, theme or case"),
    "harvest.synthesis": (
        "Samenvatting (komt boven de suggesties)",
        "Synthesis (above the suggestions)",
    ),
    "harvest.synthesis_help": (
        "Lege regel = nieuwe alinea, Enter = nieuwe regel. **vet**, *schuin*, een regel met '- ' "
        "of '1. ' wordt een lijst (twee spaties ervoor: een niveau dieper), [tekst](https://…) "
        "of een webadres wordt een link.",
        "Blank line = new paragraph, Enter = new line. **bold**, *italic*, a line starting with "
        "'- ' or '1. ' becomes a list (two spaces before it: one level deeper), [text](https://…) "
        "or a web address becomes a link.",
    ),
    "harvest.open_for_additions": (
        "Open voor aanvullingen (het verslag eindigt de lijst met '…')",
        "Open for additions (the report ends the list with '…')",
    ),
    "harvest.status": ("Status", "Status"),
    "harvest.status.discussed": ("Besproken", "Discussed"),
    "harvest.status.not_discussed": ("Nog niet aan bod geweest", "Not discussed yet"),
    "harvest.status.out_of_time": ("Geen tijd meer", "Ran out of time"),
    "harvest.status_note": ("Statusnotitie in het verslag", "Status note in the report"),
    "harvest.status_note_help": (
        "Leeg laten voor de standaardtekst bij de status.",
        "Leave empty for the status's standard wording.",
    ),
    "harvest.saved": ("Opgeslagen", "Saved"),
    "harvest.contributions": ("Bijdragen ({count})", "Contributions ({count})"),
    "harvest.no_contributions": ("Hier zijn nog geen bijdragen.", "No contributions here yet."),
    "harvest.contributions_help": (
        "Volgorde, verbergen en uitlichten werken meteen. 'Bewerken' opent tekst, opmerking, "
        "link, verplaatsen, onder een andere hangen en samenvoegen.",
        "Order, hide and highlight act at once. 'Edit' opens text, remark, link, moving, nesting "
        "under another and merging.",
    ),
    "harvest.page": ("Bladzijde", "Page"),
    "harvest.page_of": ("{page} van {pages}", "{page} of {pages}"),
    "harvest.flag.hidden": ("verborgen", "hidden"),
    "harvest.flag.highlighted": ("uitgelicht", "highlighted"),
    "harvest.flag.edited": ("bewerkt", "edited"),
    "harvest.flag.duplicates": ("+{count} samengevoegd", "+{count} merged"),
    "harvest.highlight": ("Uitlichten", "Highlight"),
    "harvest.unhighlight": ("Niet uitlichten", "Unhighlight"),
    "harvest.edit": ("Bewerken", "Edit"),
    "harvest.close_editor": ("Sluiten", "Close"),
    "harvest.text": ("Tekst in het verslag", "Text in the report"),
    "harvest.remark": ("Opmerking (komt er tussen haakjes achter)", "Remark (added in brackets)"),
    "harvest.link": ("Link", "Link"),
    "harvest.kind": ("Soort", "Kind"),
    "harvest.kind.suggestion": ("suggestie", "suggestion"),
    "harvest.kind.advice": ("advies", "advice"),
    "harvest.kind.tip": ("tip", "tip"),
    "harvest.kind.example": ("voorbeeld", "example"),
    "harvest.kind.experiment": ("experiment", "experiment"),
    "harvest.kind.remark": ("opmerking", "remark"),
    "harvest.save": ("Opslaan", "Save"),
    "harvest.original": ("Oorspronkelijk gestuurd: {text}", "As originally sent: {text}"),
    "harvest.restore": ("Oorspronkelijke tekst terugzetten", "Restore the original text"),
    "harvest.move": ("Verplaatsen naar", "Move to"),
    "harvest.move_go": ("Verplaats", "Move"),
    "harvest.nest": ("Hangen onder", "Put under"),
    "harvest.nest_go": ("Hang", "Put"),
    "harvest.top_level": ("(bovenaan, onder niets)", "(top level, under nothing)"),
    "harvest.merge": ("Samenvoegen met (dubbel)", "Merge into (duplicate)"),
    "harvest.merge_go": ("Voeg samen", "Merge"),
    "harvest.duplicate": ("Samengevoegd: {text}", "Merged: {text}"),
    "harvest.unmerge": ("Losmaken", "Separate"),
    "harvest.texts_help": (
        "Deze teksten staan in het verslag rond de thema's. Ze zijn dezelfde als bij Voorbereiden.",
        "These texts frame the themes in the report. They are the same as under Prepare.",
    ),
    "harvest.templates_help": (
        "Het verslag neemt stijlen, lettertypen, logo, kop- en voettekst over uit een Word-"
        "sjabloon (.docx of .dotx). Zie docs/harvest.md voor de stijlnamen.",
        "The report takes styles, fonts, logo, header and footer from a Word template (.docx or "
        ".dotx). See docs/harvest.md for the style names.",
    ),
    "harvest.template.event": (
        "Sjabloon van deze bijeenkomst: {name}",
        "This meeting's template: {name}",
    ),
    "harvest.template.installation": (
        "Standaardsjabloon van deze installatie: {name}",
        "This installation's default template: {name}",
    ),
    "harvest.template.none": ("geen", "none"),
    "harvest.template.remove": ("Verwijderen", "Remove"),
    "harvest.template.file": ("Word-sjabloon", "Word template"),
    "harvest.template.scope": ("Gebruiken voor", "Use for"),
    "harvest.template.scope.event": ("deze bijeenkomst", "this meeting"),
    "harvest.template.scope.installation": (
        "alle bijeenkomsten (standaard)",
        "every meeting (default)",
    ),
    "harvest.template.upload": ("Sjabloon opslaan", "Save template"),
    "harvest.template.saved": ("Sjabloon '{name}' opgeslagen.", "Template '{name}' saved."),
    "harvest.template.get_default": (
        "Standaardsjabloon downloaden (om aan te passen)",
        "Download the default template (to adapt)",
    ),
    # Command line
    "cli.warning": ("Let op: {message}", "Warning: {message}"),
}
