"""Strings of the report's shape: the organiser's choices in the editor, the labels and captions
they print, the preview and the editor's help for writing the synthesis."""

ENTRIES: dict[str, tuple[str, str]] = {
    # Printed in the report
    "report.header": ("Oogst", "Harvest"),
    "report.owners": ("Eigenaren", "Owners"),
    "report.suggestions_one": ("Suggestie uit de bijeenkomst:", "Suggestion from the meeting:"),
    "report.advice_one": ("Advies uit de bijeenkomst:", "Advice from the meeting:"),
    "report.kind.tip": ("Tip", "Tip"),
    "report.kind.example": ("Voorbeeld", "Example"),
    "report.kind.question": ("Vraag", "Question"),
    "report.kind.experiment": ("Experiment", "Experiment"),
    "report.kind.remark": ("Opmerking", "Remark"),
    "report.kinds.tip": ("Tips:", "Tips:"),
    "report.kinds.example": ("Voorbeelden:", "Examples:"),
    "report.kinds.question": ("Vragen:", "Questions:"),
    "report.kinds.experiment": ("Experimenten:", "Experiments:"),
    "report.kinds.remark": ("Opmerkingen:", "Remarks:"),
    "report.figure": ("Figuur {number}. {title}", "Figure {number}. {title}"),
    "report.chart.total": ("{title} ({count} in totaal)", "{title} ({count} in all)"),
    "report.chart.label": ("In de grafiek", "In the chart"),
    "report.chart.full": ("Volledige naam", "Full name"),
    "report.part.definitions": ("Begrippen", "Definitions"),
    "report.part.agenda": ("Actieagenda", "Action agenda"),
    "report.part.participants": ("Deelnemerslijst", "Participant list"),
    "report.part.closing": ("Slotoproep en contactpersonen", "Closing call and contacts"),
    "harvest.kind.question": ("vraag", "question"),
}
ENTRIES |= {
    # The editor: writing help
    "shape.legend": (
        "Opmaak: `**vet**` · `*schuin*` · `- punt` of `1. punt` voor een lijst (twee spaties "
        "ervoor: een niveau dieper) · `[tekst](https://…)` of een los webadres of e-mailadres "
        "wordt een link · lege regel = nieuwe alinea, Enter = nieuwe regel.",
        "Formatting: `**bold**` · `*italic*` · `- item` or `1. item` for a list (two spaces "
        "before it: one level deeper) · `[text](https://…)` or a bare web or e-mail address "
        "becomes a link · blank line = new paragraph, Enter = new line.",
    ),
    # The editor: the report's shape
    "harvest.tab.shape": ("Vorm van het verslag", "Shape of the report"),
    "shape.help": (
        "Kies per bijeenkomst wat het verslag laat zien en hoe het leest. Het voorbeeld ernaast "
        "is het Word-document zelf.",
        "Choose per meeting what the report shows and how it reads. The preview beside it is "
        "the Word document itself.",
    ),
    "shape.preset.default": ("Standaardverslag", "Standard report"),
    "shape.preset.prose": (
        "Verhalend verslag (alleen samenvattingen, geen grafieken)",
        "Prose report (synthesis only, no charts)",
    ),
    "shape.content": ("Per tafel of casus", "Per table or case"),
    "shape.content.both": ("Samenvatting en bijdragen", "Synthesis and contributions"),
    "shape.content.synthesis": ("Alleen de samenvatting", "Synthesis only"),
    "shape.content.contributions": ("Alleen de bijdragen", "Contributions only"),
    "shape.content.inherit": (
        "Zoals het hele verslag ({choice})",
        "As the whole report ({choice})",
    ),
    "shape.target_content": ("In het verslag", "In the report"),
    "shape.kinds": (
        "Soort bijdrage (tip, voorbeeld, vraag)",
        "Kind of contribution (tip, example, question)",
    ),
    "shape.kinds.plain": ("Niet tonen", "Not shown"),
    "shape.kinds.label": ("Ervoor zetten: 'Tip: …'", "In front: 'Tip: …'"),
    "shape.kinds.group": (
        "Groeperen onder 'Tips:', 'Voorbeelden:'",
        "Grouped under 'Tips:', 'Examples:'",
    ),
    "shape.count_chart": (
        "Grafiek: aantal bijdragen per tafel of casus",
        "Chart: contributions per table or case",
    ),
    "shape.count_chart.auto": (
        "Alleen als die iets zegt (vier of meer)",
        "Only where it says something (four or more)",
    ),
    "shape.count_chart.always": ("Altijd", "Always"),
    "shape.count_chart.never": ("Nooit", "Never"),
    "shape.vote_chart": ("Grafiek van de stemmen op acties", "Chart of the votes on actions"),
    "shape.status_notes": (
        "Statusnotities ('nog niet aan bod geweest')",
        "Status notes ('not discussed yet')",
    ),
    "shape.parts": ("Onderdelen", "Parts"),
    "shape.headings": ("Koppen", "Headings"),
    "shape.numbering": (
        "Nummer of letter vóór de kop (1., A., Thema 1:)",
        "Number or letter before the heading (1., A., Theme 1:)",
    ),
    "shape.case_kind": (
        "Soort in de kop van een casus (Casus, Pitch)",
        "Kind in a case's heading (Case, Pitch)",
    ),
    "shape.case_place": ("Plaats van een casus", "A case's place"),
    "shape.case_place.line": (
        "Op een eigen regel ('Plaats: Zwolle')",
        "On its own line ('Place: Zwolle')",
    ),
    "shape.case_place.before_name": (
        "In de kop, vooraan ('Zwolle — Repair Café')",
        "In the heading, first ('Zwolle — Repair Café')",
    ),
    "shape.case_place.after_name": (
        "In de kop, achteraan ('Repair Café, Zwolle')",
        "In the heading, last ('Repair Café, Zwolle')",
    ),
    "shape.intro_headings": (
        "Inleiding en achtergrond onder een eigen kop (anders: 'Inleiding:' vet aan het begin)",
        "Introduction and background under their own heading (else: 'Introduction:' in bold at the start)",
    ),
    "shape.header": ("Kopregel van elke bladzijde", "Running header of every page"),
    "shape.header.template": ("Die van het sjabloon", "The template's own"),
    "shape.header.title": ("De korte titel van de bijeenkomst", "The meeting's short title"),
    "shape.header_text": (
        "Korte titel (leeg: de titel van de bijeenkomst)",
        "Short title (empty: the meeting's title)",
    ),
    # The preview
    "preview.toggle": ("Voorbeeld van het document ernaast", "Preview of the document alongside"),
    "preview.title": ("Voorbeeld", "Preview"),
    "preview.help": (
        "Dit is het Word-document zelf, omgezet voor het scherm; het wordt bijgewerkt bij elke "
        "wijziging. Lettertypen en bladzijden zie je pas in Word.",
        "This is the Word document itself, converted for the screen; it follows every change. "
        "Fonts and page breaks show only in Word.",
    ),
    # The gist of a table
    "gist.phrases": (
        "Wat hier het vaakst terugkomt: {phrases}",
        "What comes up most here: {phrases}",
    ),
    "gist.duplicates": ("Mogelijk dubbel ({count})", "Possibly the same ({count})"),
    "gist.duplicates_help": (
        "Deze bijdragen lijken hetzelfde te zeggen. Samenvoegen telt de tweede bij de eerste "
        "('2× genoemd'); 'Losmaken' bij de eerste haalt hem terug.",
        "These contributions seem to say the same. Merging counts the second with the first "
        "('mentioned 2×'); 'Separate' on the first brings it back.",
    ),
    "gist.merge": ("Samenvoegen", "Merge"),
    "gist.pair": (
        "#{keep} en #{duplicate} lijken {score}% op elkaar",
        "#{keep} and #{duplicate} are {score}% alike",
    ),
}
