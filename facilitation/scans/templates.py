"""The built-in scans, in Dutch and English: the initiative-climate scan and the intake list.

A template is copied into a meeting as an ordinary scan (``create_from_template``); the copy
is then edited, reordered and copied like any other, and remembers its template's key.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from facilitation.core.errors import ScanTemplateNotFound
from facilitation.models import QuestionBase, QuestionKind, ResultsMode, Scan, ScanAudience
from facilitation.scans import builtin_climate as climate
from facilitation.scans import builtin_intake as intake
from facilitation.scans.editor import add_question, create_scan

CLIMATE = "initiative_climate"
INTAKE = "intake_list"


@dataclass(frozen=True)
class Template:
    """A built-in scan in one language."""

    key: str
    title: str
    intro: str
    audience: ScanAudience
    results: ResultsMode
    questions: tuple[QuestionBase, ...]


def template_keys() -> tuple[str, ...]:
    """Return the keys of the built-in scans, in the order the editor offers them."""
    return (CLIMATE, INTAKE)


def template(key: str, lang: str = "nl") -> Template:
    """Return a built-in scan in *lang* ('nl' or 'en'); raises ScanTemplateNotFound."""
    at = 1 if lang == "en" else 0
    if key == CLIMATE:
        return _climate(at)
    if key == INTAKE:
        return _intake(at)
    raise ScanTemplateNotFound(template=key)


def _climate(at: int) -> Template:
    question = QuestionBase(
        kind=QuestionKind.SCALE_SET,
        key="functions",
        prompt=climate.PROMPT[at],
        items=[name[at] for name, _help in climate.FUNCTIONS],
        item_help=[help_text[at] for _name, help_text in climate.FUNCTIONS],
        pole_low=climate.POLES[at][0],
        pole_high=climate.POLES[at][1],
        scale_min=1,
        scale_max=10,
        dont_know=True,
    )
    return Template(
        key=CLIMATE,
        title=climate.TITLE[at],
        intro=climate.INTRO[at],
        audience=ScanAudience.PER_TABLE,
        results=ResultsMode.ON_REVEAL,
        questions=(question,),
    )


def _intake(at: int) -> Template:
    questions = tuple(
        QuestionBase(
            kind=QuestionKind(q.kind),
            key=q.key,
            prompt=q.prompt[at],
            options=list(q.options[at]),
            allow_other=q.other,
            pole_low=q.poles[at][0],
            pole_high=q.poles[at][1],
            scale_min=1,
            scale_max=10,
            dont_know=q.kind == "scale",
        )
        for q in intake.QUESTIONS
    )
    return Template(
        key=INTAKE,
        title=intake.TITLE[at],
        intro=intake.INTRO[at],
        audience=ScanAudience.EVERYBODY,
        results=ResultsMode.ON_REVEAL,
        questions=questions,
    )


def create_from_template(*, session: Session, event_id: int, key: str, lang: str = "nl") -> Scan:
    """Copy a built-in scan into the meeting (closed, at the end); raises ScanTemplateNotFound."""
    chosen = template(key, lang)
    scan = create_scan(
        session=session,
        event_id=event_id,
        title=chosen.title,
        intro=chosen.intro,
        audience=chosen.audience,
        results=chosen.results,
        template=chosen.key,
    )
    assert scan.id is not None
    for question in chosen.questions:
        add_question(session=session, event_id=event_id, scan_id=scan.id, question=question)
    return scan
