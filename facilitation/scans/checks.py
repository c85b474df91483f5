"""What a question may be and what an answer to it may hold: raw phone input in, rows out.

A question's answer is given whole (``Given``): it replaces the phone's previous answer to that
question, and an empty ``Given()`` clears it. Every check runs before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from facilitation.core.errors import (
    AnswerTooLong,
    DontKnowNotOffered,
    InvalidQuestion,
    OptionNotFound,
    OtherNotOffered,
    RankingIncomplete,
    TooManyChoices,
    ValueNotNumber,
    ValueOutOfRange,
)
from facilitation.core.text import single_line
from facilitation.models import QuestionBase, QuestionKind

OPEN_ANSWER_CHARS = 80
OTHER_CHARS = 200
MAX_OPTIONS = 40
MAX_ITEMS = 20
OPTION_CHARS = 200

Raw = int | float | str | None
CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.BINS)


@dataclass(frozen=True)
class Given:
    """A phone's whole answer to one question, as sent (raw values are checked, not trusted).

    - scale: ``number`` (int, or a string of digits), or ``dont_know=True`` for "weet ik niet";
    - scale_set: ``items`` maps item index to its number (``None``: "weet ik niet"); items left
      out are unanswered;
    - single and bins: ``choices=(index,)``, or ``other="…"`` for "Anders: …";
    - multiple: ``choices`` (any indices) and/or ``other``;
    - ranking: ``choices`` = every option index, most important first;
    - open: ``text`` (at most 80 characters).
    """

    number: Raw = None
    dont_know: bool = False
    items: Mapping[int, Raw] = field(default_factory=dict)
    choices: tuple[int, ...] = ()
    other: str = ""
    text: str = ""


@dataclass(frozen=True)
class Row:
    """The values of one answer row (item 0, or one item of a scale set)."""

    item: int = 0
    number: int | None = None
    dont_know: bool = False
    choices: tuple[int, ...] = ()
    other: str = ""
    text: str = ""


def check_question(question: QuestionBase) -> None:
    """Raise InvalidQuestion (naming the field) when *question* cannot be asked as set up."""
    kind = QuestionKind(question.kind)
    if not single_line(question.prompt):
        raise InvalidQuestion(field="prompt")
    if question.scale_min not in (0, 1) or not 2 <= question.scale_max <= 10:
        raise InvalidQuestion(field="scale")
    if kind in (*CHOICE_KINDS, QuestionKind.RANKING):
        _check_labels(question.options, "options", 1 if question.allow_other else 2)
    if kind == QuestionKind.RANKING and len(question.options) > 10:
        raise InvalidQuestion(field="options")
    if kind == QuestionKind.SCALE_SET:
        _check_labels(question.items, "items", 1, MAX_ITEMS)


def _check_labels(labels: list[str], name: str, least: int, most: int = MAX_OPTIONS) -> None:
    cleaned = [single_line(label) for label in labels]
    if not least <= len(cleaned) <= most or not all(cleaned):
        raise InvalidQuestion(field=name)
    if len(set(cleaned)) != len(cleaned) or max(map(len, cleaned)) > OPTION_CHARS:
        raise InvalidQuestion(field=name)


def rows_for(question: QuestionBase, given: Given) -> list[Row]:
    """Return the answer rows *given* makes for *question* (empty list: cleared).

    Raises ValueNotNumber, ValueOutOfRange, DontKnowNotOffered, OptionNotFound, OtherNotOffered,
    TooManyChoices, RankingIncomplete or AnswerTooLong.
    """
    kind = QuestionKind(question.kind)
    if kind == QuestionKind.SCALE:
        return _scale_rows(question, given.number, given.dont_know, 0)
    if kind == QuestionKind.SCALE_SET:
        rows: list[Row] = []
        for item, value in sorted(given.items.items()):
            if not isinstance(item, int) or not 0 <= item < len(question.items):
                raise OptionNotFound(option=str(item))
            rows += _scale_rows(question, value, value is None, item)
        return rows
    if kind == QuestionKind.OPEN:
        text = single_line(given.text)
        if len(text) > OPEN_ANSWER_CHARS:
            raise AnswerTooLong(length=len(text), limit=OPEN_ANSWER_CHARS)
        return [Row(text=text)] if text else []
    if kind == QuestionKind.RANKING:
        return _ranking_rows(question, given.choices)
    return _choice_rows(question, kind, given)


def _scale_rows(question: QuestionBase, raw: Raw, dont_know: bool, item: int) -> list[Row]:
    if dont_know:
        if not question.dont_know:
            raise DontKnowNotOffered()
        return [Row(item=item, dont_know=True)]
    if raw is None or raw == "":
        return []
    number = as_number(raw)
    if not question.scale_min <= number <= question.scale_max:
        raise ValueOutOfRange(value=number, low=question.scale_min, high=question.scale_max)
    return [Row(item=item, number=number)]


def as_number(raw: Raw) -> int:
    """Return *raw* as a whole number (int, integral float, or digits); raises ValueNotNumber."""
    if isinstance(raw, bool):
        raise ValueNotNumber(value=str(raw))
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = str(raw).strip()
    if text.lstrip("-").isdigit() and text.isascii():
        return int(text)
    raise ValueNotNumber(value=text[:20])


def _indices(question: QuestionBase, choices: tuple[int, ...]) -> tuple[int, ...]:
    picked: list[int] = []
    for choice in choices:
        if isinstance(choice, bool) or not isinstance(choice, int):
            raise OptionNotFound(option=str(choice)[:20])
        if not 0 <= choice < len(question.options):
            raise OptionNotFound(option=str(choice))
        if choice not in picked:
            picked.append(choice)
    return tuple(picked)


def _choice_rows(question: QuestionBase, kind: QuestionKind, given: Given) -> list[Row]:
    picked = _indices(question, given.choices)
    other = single_line(given.other)
    if other and not (question.allow_other and kind != QuestionKind.BINS):
        raise OtherNotOffered()
    if len(other) > OTHER_CHARS:
        raise AnswerTooLong(length=len(other), limit=OTHER_CHARS)
    if kind != QuestionKind.MULTIPLE and len(picked) + bool(other) > 1:
        raise TooManyChoices(limit=1)
    if not picked and not other:
        return []
    ordered = picked if kind != QuestionKind.MULTIPLE else tuple(sorted(picked))
    return [Row(choices=ordered, other=other)]


def _ranking_rows(question: QuestionBase, choices: tuple[int, ...]) -> list[Row]:
    if not choices:
        return []
    picked = _indices(question, choices)
    if len(picked) != len(choices) or len(picked) != len(question.options):
        raise RankingIncomplete(count=len(question.options))
    return [Row(choices=picked)]
