"""Stored answers as words: what a spreadsheet cell, an overview row and the report print."""

from __future__ import annotations

from facilitation.i18n import t
from facilitation.models import QuestionBase, QuestionKind, ScanAnswer


def choice_labels(question: QuestionBase, row: ScanAnswer, lang: str = "nl") -> list[str]:
    """Return the chosen options' labels in order, "Anders: …" last (unknown indices skipped)."""
    labels = [question.options[i] for i in row.choices if 0 <= i < len(question.options)]
    if row.other:
        labels.append(f"{t('scan.other', lang)}: {row.other}")
    return labels


def answer_text(question: QuestionBase, row: ScanAnswer, lang: str = "nl") -> str:
    """Return one answer row as text: '3', 'weet ik niet', 'Stichting', 'a; b', '1. x 2. y'."""
    kind = QuestionKind(question.kind)
    if row.dont_know:
        return t("scan.dont_know", lang)
    if kind in (QuestionKind.SCALE, QuestionKind.SCALE_SET):
        return "" if row.number is None else str(row.number)
    if kind == QuestionKind.OPEN:
        return row.text
    labels = choice_labels(question, row, lang)
    if kind == QuestionKind.RANKING:
        return " ".join(f"{n}. {label}" for n, label in enumerate(labels, start=1))
    return "; ".join(labels)


def scale_legend(question: QuestionBase) -> str:
    """Return the scale with its poles, low end first: '1 = Ja … 10 = Nee'.

    Printed next to every figure of a scale, so a "Ja … Nee" scale (low = yes) is never read
    the wrong way round.
    """
    low = (
        f"{question.scale_min} = {question.pole_low}"
        if question.pole_low
        else str(question.scale_min)
    )
    high = (
        f"{question.scale_max} = {question.pole_high}"
        if question.pole_high
        else str(question.scale_max)
    )
    return f"{low} … {high}"
