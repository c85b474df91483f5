"""Every field of the event file is described in docs/event-file.md, and nothing else is.

The schema is walked from the top (``EventFileModel``) through every nested part; each part has
its own table under its own heading.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator

from pydantic import BaseModel

from facilitation.eventfile import scan_schema, schema
from facilitation.models.report import ReportOptions
from tests.markdown_reading import code_names, section, table_rows
from tests.utils import ROOT

# The heading in docs/event-file.md that describes each part of the file.
HEADINGS: dict[type[BaseModel], str] = {
    schema.EventFileModel: "Top level",
    schema.TextBlock: "Text block",
    schema.DefinitionIn: "Definition",
    schema.SectionIn: "Section",
    schema.RoundIn: "Round",
    schema.ThemeIn: "Theme",
    schema.CaseIn: "Case",
    schema.ContributionIn: "Contribution",
    schema.AgendaIn: "Agenda",
    schema.ActionKindIn: "Kind of action",
    schema.ActionIn: "Action",
    schema.DriverIn: "Driver",
    schema.ParticipantIn: "Participant",
    schema.ContactIn: "Contact",
    scan_schema.ScanIn: "Scan",
    scan_schema.QuestionIn: "Question",
    scan_schema.ResponseIn: "Response",
    scan_schema.AnswerIn: "Answer",
    ReportOptions: "Report",
}

DOC = ROOT / "docs" / "event-file.md"


def _parts(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    """Return *model* and every model nested in its fields, however deep."""
    seen.add(model)
    for field in model.model_fields.values():
        for nested in _models_in(field.annotation):
            if nested not in seen:
                _parts(nested, seen)
    return seen


def _models_in(annotation: object) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    if typing.get_origin(annotation) is not None or isinstance(annotation, types.UnionType):
        for argument in typing.get_args(annotation):
            yield from _models_in(argument)


def _documented(model: type[BaseModel]) -> dict[str, str]:
    text = section(section(DOC.read_text(encoding="utf-8"), "Fields"), HEADINGS[model])
    return {name: cells[-1] for cells in table_rows(text) for name in code_names(cells[0])}


def test_every_part_of_the_file_has_its_own_table():
    parts = _parts(schema.EventFileModel, set())
    assert {p.__name__ for p in parts} == {p.__name__ for p in HEADINGS}, (
        "a new part of the event file needs a heading and table in docs/event-file.md "
        "and an entry in HEADINGS"
    )
    assert all(table_rows(section(DOC.read_text(encoding="utf-8"), h)) for h in HEADINGS.values())


def test_every_field_is_described_and_no_described_field_is_unknown():
    problems = []
    for model, heading in HEADINGS.items():
        documented = _documented(model)
        fields = set(model.model_fields)
        problems += [f"{heading}: `{name}` is not described" for name in fields - set(documented)]
        problems += [f"{heading}: `{name}` is no field" for name in set(documented) - fields]
        problems += [
            f"{heading}: `{name}` has no meaning"
            for name, meaning in documented.items()
            if name in fields and not meaning
        ]
    assert problems == []
