"""The action agenda in the report: one table per kind of action, drivers per cell, votes."""

from __future__ import annotations

from docx.text.paragraph import Paragraph

from facilitation.agenda.view import AgendaAction, AgendaKind
from facilitation.harvest.report.content import Harvest
from facilitation.harvest.report.context import Context
from facilitation.harvest.report.figures import figure
from facilitation.harvest.report.writer import Writer
from facilitation.i18n import t

MAX_CHART_ACTIONS = 12


def has_agenda(harvest: Harvest) -> bool:
    """Return True when there is anything to print under the action agenda."""
    event = harvest.event
    return bool(event.agenda_intro or any(kind.actions for kind in harvest.agenda))


def agenda(w: Writer, ctx: Context) -> None:
    """Add the agenda: heading, intro, the bold invitation, a table per kind, the votes chart.

    Without an agenda only the invitation is printed.
    """
    harvest, lang, event = ctx.harvest, ctx.lang, ctx.harvest.event
    if not has_agenda(harvest):
        if event.invitation:
            w.paragraph(event.invitation, bold=True)
        return
    w.heading(event.agenda_title or t("report.agenda", lang), 1)
    if event.agenda_intro:
        w.prose(event.agenda_intro)
    if event.invitation:
        w.paragraph(event.invitation, bold=True)
    for kind in harvest.agenda:
        if kind.intro:
            w.prose(kind.intro)
        if kind.actions:
            action_table(w, kind, lang)
    voted = sorted(
        (a for kind in harvest.agenda for a in kind.actions if a.votes),
        key=lambda a: -(a.votes or 0),
    )
    if ctx.options.vote_chart and len(voted) > 1:
        rows = [(a.title, a.votes or 0) for a in voted[:MAX_CHART_ACTIONS]]
        title = t("report.chart.votes", lang)
        figure(w, ctx, rows, title=title, caption=title)


def action_table(w: Writer, kind: AgendaKind, lang: str) -> None:
    """Add '<column title> | <driver title>' (| votes): drivers comma-separated, blank if open."""
    with_votes = any(action.votes is not None for action in kind.actions)
    header = [
        kind.column_title or kind.title or t("report.action", lang),
        kind.driver_column_title or t("report.drivers", lang),
    ]
    widths = [0.62, 0.38]
    if with_votes:
        header.append(t("report.votes", lang))
        widths = [0.53, 0.31, 0.16]
    table = w.table(header, widths)
    for action in kind.actions:
        cells = w.row(table)
        _action_cell(w, cells[0].paragraphs[0], action)
        if action.drivers:
            w.text(cells[1].paragraphs[0], action.drivers_label)
        if with_votes:
            w.text(cells[2].paragraphs[0], str(action.votes or 0))
    w.paragraph()  # air between a table and what follows


def _action_cell(w: Writer, paragraph: Paragraph, action: AgendaAction) -> None:
    w.text(paragraph, action.title, bold=True)
    if action.description:
        separator = " " if action.title.rstrip().endswith((".", "?", "!", ":")) else ". "
        w.text(paragraph, separator + action.description)
