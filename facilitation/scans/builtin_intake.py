"""The intake list for civic initiatives (Intakelijst burgerinitiatieven): the publication's 24
questions, preceded by the initiative's name so each filled-in list becomes a row of the
initiatives overview. Scales run 1–10 with the publication's poles, left (1) pole first: for
most, "Ja" is 1, so a low number means yes.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class Q:
    key: str
    kind: str
    prompt: Pair
    options: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    other: bool = False
    poles: tuple[Pair, Pair] = (("", ""), ("", ""))


TITLE = ("Intakelijst burgerinitiatieven", "Intake list for civic initiatives")
INTRO = (
    "Voor initiatiefnemers: vul de lijst in voor je initiatief. Bij de schalen staat links "
    "het getal 1, rechts 10; lees de woorden erbij goed.",
    "For initiators: fill in the list for your initiative. On the scales 1 is on the left and "
    "10 on the right; read the words next to them carefully.",
)
YES_NO = (("Ja", "Nee"), ("Yes", "No"))
SIZE = ("0-2", "3-10", "11-30", "31-100", "100+")
PROFS = ("0-1", "2-5", "6-15", "16-30", "30+")
REACH = ("0-5", "5-25", "25-100", "100-500", "500+")
TURNOVER = ("0-10 k€", "10-50 k€", "50-250 k€", "250 k€-1 mln.", "1 mln.+")
TURNOVER_EN = ("0-10 k€", "10-50 k€", "50-250 k€", "250 k€-1 m", "1 m+")


def _yes_no(key: str, nl: str, en: str) -> Q:
    return Q(key, "scale", (nl, en), poles=YES_NO)


QUESTIONS: tuple[Q, ...] = (
    Q("name", "open", ("Naam van het initiatief", "Name of the initiative")),
    Q(
        "essence",
        "multiple",
        (
            "Essentie van het initiatief (meerdere opties mogelijk)",
            "Essence of the initiative (more than one possible)",
        ),
        (
            (
                "Zorg bieden aan ouderen",
                "Dagbesteding voor mensen zonder betaald werk",
                "Sociale cohesie in de wijk vergroten",
                "Maatjes-projecten, mentor, koppelen duo's",
                "Ruilnetwerken, uitwisseling, makelen vraag en aanbod",
                "Consultatie / patiëntenparticipatie",
                "Zelfhulpgroepen, lotgenoten",
                "Ondersteuning mantelzorg",
                "Jeugdzorg",
                "Jongeren netwerken",
                "Probleemgezinnen, eigen kracht",
                "Faciliteren en steunen initiatieven",
            ),
            (
                "Care for older people",
                "Day activities for people without paid work",
                "Social cohesion in the neighbourhood",
                "Buddy projects, mentors, pairing people",
                "Exchange networks, matching supply and demand",
                "Consultation / patient participation",
                "Self-help groups, peers",
                "Support for informal carers",
                "Youth care",
                "Youth networks",
                "Families with problems, own strength",
                "Facilitating and supporting initiatives",
            ),
        ),
        other=True,
    ),
    Q("volunteers", "bins", ("Aantal vrijwilligers?", "Number of volunteers?"), (SIZE, SIZE)),
    Q(
        "professionals",
        "bins",
        ("Aantal professionals?", "Number of professionals?"),
        (PROFS, PROFS),
    ),
    Q(
        "reach",
        "bins",
        (
            "Aantal personen uit doelgroep geholpen in afgelopen jaar?",
            "Number of people from the target group helped last year?",
        ),
        (REACH, REACH),
    ),
    Q(
        "initiator",
        "single",
        ("Initiatiefnemer?", "Initiator?"),
        (
            ("Bewoner(s)", "Sociaal ondernemer", "Middenveld", "Overheid"),
            ("Resident(s)", "Social entrepreneur", "Civil society", "Government"),
        ),
        other=True,
    ),
    Q(
        "focus",
        "single",
        ("Aard en focus betrokkenheid", "Nature and focus of involvement"),
        (
            ("Jongeren", "Middengroepen", "Ouderen", "Allen"),
            ("Young people", "Middle groups", "Older people", "Everyone"),
        ),
    ),
    _yes_no(
        "committed",
        "Is de initiatiefnemer gecommitteerd en in staat om het initiatief te realiseren?",
        "Is the initiator committed and able to realise the initiative?",
    ),
    Q(
        "motivation",
        "scale",
        (
            "Aard initiatief, motivatie, hulp versus ruil, altruïsme, of ook geld verdienen?",
            "Nature of the initiative, motivation: help versus exchange, altruism, or also earning "
            "money?",
        ),
        poles=(
            ("Louter altruïsme", "Louter geld verdienen"),
            ("Purely altruism", "Purely earning money"),
        ),
    ),
    _yes_no(
        "social_goals",
        "Draagt het idee bij aan maatschappelijke doelen?",
        "Does the idea contribute to social goals?",
    ),
    _yes_no(
        "municipal_goals",
        "Draagt het idee bij aan doelstellingen van de gemeente?",
        "Does the idea contribute to the municipality's goals?",
    ),
    _yes_no(
        "political",
        "Is het mogelijk om politiek te 'scoren' met het initiatief?",
        "Can politicians 'score' with the initiative?",
    ),
    Q(
        "multiple_goals",
        "scale",
        (
            "In hoeverre is er sprake van meervoudige doelen/recombinatie?",
            "To what extent does it combine several goals?",
        ),
        poles=(("Enkelvoudig", "Meervoudig"), ("Single", "Multiple")),
    ),
    _yes_no("potential", "Heeft het initiatief potentie?", "Does the initiative have potential?"),
    _yes_no("innovation", "Is er sprake van innovatie/vernieuwingskracht?", "Is it innovative?"),
    _yes_no(
        "impact",
        "Heeft het initiatief toegevoegde waarde, impact op doelgroep?",
        "Does the initiative add value, have impact on its target group?",
    ),
    Q(
        "support",
        "multiple",
        ("Ondersteuningsbehoefte initiatief?", "What support does the initiative need?"),
        (
            (
                "Aanpassen beleid of regels",
                "Vergunning",
                "Kennis, expertise, advies",
                "Startsubsidie",
                "Structurele financiële steun",
                "Netwerken, contacten",
                "Scholing",
                "Steun, rugdekking",
                "Zeggenschap",
                "Aandacht, publiciteit",
            ),
            (
                "Changing policy or rules",
                "Permit",
                "Knowledge, expertise, advice",
                "Start-up grant",
                "Structural financial support",
                "Networks, contacts",
                "Training",
                "Support, backing",
                "A say",
                "Attention, publicity",
            ),
        ),
        other=True,
    ),
    _yes_no(
        "start_condition",
        "Is betrokkenheid en/of financiële steun van de gemeente een voorwaarde voor een "
        "succesvolle start van het initiatief?",
        "Is the municipality's involvement and/or financial support a condition for a "
        "successful start of the initiative?",
    ),
    _yes_no(
        "continue_condition",
        "Is doorlopende betrokkenheid en/of financiële steun van de gemeente een voorwaarde "
        "voor het succesvol continueren van het initiatief?",
        "Is the municipality's continued involvement and/or financial support a condition "
        "for the initiative to continue successfully?",
    ),
    Q(
        "phase",
        "single",
        ("In welke fase zit het initiatief?", "What phase is the initiative in?"),
        (
            (
                "Ideevorming",
                "Opstartfase 0-2 jaar",
                "Rijping, 2-5 jaar",
                "Continuïteit, 5-10 jaar",
                "Gevestigd, langer dan 10 jaar",
            ),
            (
                "Forming the idea",
                "Starting up, 0-2 years",
                "Maturing, 2-5 years",
                "Continuity, 5-10 years",
                "Established, more than 10 years",
            ),
        ),
    ),
    Q(
        "funding",
        "multiple",
        ("Financieringsbronnen?", "Sources of funding?"),
        (
            ("Leden/gebruikers", "Bedrijven", "Gemeente", "Fondsen"),
            ("Members/users", "Companies", "Municipality", "Foundations"),
        ),
        other=True,
    ),
    Q(
        "legal_form",
        "single",
        ("Organisatievorm?", "Legal form?"),
        (
            ("Vereniging", "Stichting", "Eenmanszaak/VoF/BV", "Geen rechtspersoon"),
            ("Association", "Foundation", "Sole trader/partnership/company", "No legal entity"),
        ),
        other=True,
    ),
    Q(
        "turnover",
        "bins",
        ("Huidige omzet per jaar?", "Current turnover per year?"),
        (TURNOVER, TURNOVER_EN),
    ),
    Q(
        "expected_turnover",
        "bins",
        ("Verwachte omzet over 2 jaar?", "Expected turnover in 2 years?"),
        (TURNOVER, TURNOVER_EN),
    ),
    Q(
        "connection",
        "scale",
        (
            "In hoeverre is het initiatief verbonden met de gemeente?",
            "How closely is the initiative connected with the municipality?",
        ),
        poles=(("Niet/zeer zwak", "Wel/zeer sterk"), ("Not/very weakly", "Yes/very strongly")),
    ),
)
