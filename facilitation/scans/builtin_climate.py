"""The initiative-climate scan (Het initiatievenklimaat in uw gemeente): seven functions of a
"kraamkamer" for civic initiatives, scored per neighbourhood (one table = one neighbourhood).

Each item is a function (the radar's axis); its help text is the publication's question, whose
first half is the strong end (10) and whose second half the weak end (1).
"""

from __future__ import annotations

TITLE = ("Initiatievenklimaat", "Initiative climate")
INTRO = (
    "Hoe goed werkt de kraamkamer voor initiatieven op jouw plek? Geef elke functie een cijfer "
    "van 1 (zwak) tot 10 (sterk).",
    "How well does the breeding ground for initiatives work where you are? Give each function "
    "a mark from 1 (weak) to 10 (strong).",
)
PROMPT = (
    "Hoe sterk is elke functie op deze plek?",
    "How strong is each function in this place?",
)
POLES = (("zwak", "sterk"), ("weak", "strong"))

FUNCTIONS: tuple[tuple[tuple[str, str], tuple[str, str]], ...] = (
    (
        ("Nieuwe ideeën", "New ideas"),
        (
            "Bruist deze plek van nieuwe ideeën die kunnen leiden tot maatschappelijke "
            "initiatieven (10), of is het eigenlijk best stil op dit vlak (1)?",
            "Is this place buzzing with new ideas that can lead to civic initiatives (10), or is "
            "it actually rather quiet in this respect (1)?",
        ),
    ),
    (
        ("Kennisnetwerken", "Knowledge networks"),
        (
            "Zijn de initiatieven goed verbonden en leren ze van elkaar (10), of zijn het losse "
            "eilandjes die ieder het wiel uitvinden (1)?",
            "Are the initiatives well connected and learning from each other (10), or are they "
            "separate islands each reinventing the wheel (1)?",
        ),
    ),
    (
        ("Sociaal ondernemerschap", "Social entrepreneurship"),
        (
            "Zijn veel partijen bezig om sociale innovaties echt te realiseren (10), of blijft "
            "het bij proefballonnetjes (1)?",
            "Are many parties working to actually realise social innovations (10), or does it "
            "stay with trial balloons (1)?",
        ),
    ),
    (
        ("Agenda en lobby", "Agenda and lobby"),
        (
            "Zijn de initiatieven 'a force to be reckoned with' (10), of hebben ze weinig macht "
            "tegenover de gemeente en grote bedrijven en instellingen (1)?",
            "Are the initiatives a force to be reckoned with (10), or do they have little power "
            "against the municipality and large companies and institutions (1)?",
        ),
    ),
    (
        ("Middelen", "Resources"),
        (
            "Kunnen initiatieven het benodigde kapitaal bij elkaar brengen: geld, gebouwen, "
            "kennis (10), of blijft het houtje-touwtje werk (1)?",
            "Can initiatives raise the capital they need: money, buildings, knowledge (10), or "
            "does it stay makeshift work (1)?",
        ),
    ),
    (
        ("Visievorming en sense of urgency", "Vision and sense of urgency"),
        (
            "Is er een groot probleembesef over sociale kwesties en een visie waar het naartoe "
            "moet (10), of is maatschappelijk initiatief 'wel leuk' en schiet het alle kanten "
            "op (1)?",
            "Is there a strong awareness of social problems and a vision of where to go (10), "
            "or are civic initiatives seen as 'nice' and going in every direction (1)?",
        ),
    ),
    (
        ("Gebruik", "Use"),
        (
            "Ontstaat er een grote groep mensen die gebruik maakt van de initiatieven (10), of "
            "blijft het beperkt tot een kleine groep (1)?",
            "Is a large group of people coming to use the initiatives (10), or does it stay "
            "limited to a small group (1)?",
        ),
    ),
)
