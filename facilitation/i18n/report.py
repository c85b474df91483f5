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
