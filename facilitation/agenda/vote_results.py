"""Results of dot votes, for the wall and the harvest report.

For the harvest report:

- ``agenda.agenda_view`` fills ``AgendaAction.votes`` with the dots of the latest vote covering the
  action's kind (``None`` when no vote did), via ``action_tallies``.
- ``contribution_vote_results(session, event_id)`` returns one ``VoteResult`` per vote on a table's
  or case's contributions, oldest first: ``title``, ``target_key`` ('t2', 'c4A'), ``voters``,
  ``rows`` (``label``, ``dots``) best first. ``charts.ranking_chart_spec(result.chart_rows(),
  title=result.title)`` draws it; ``charts.chart_png`` turns that into a PNG for Word.
- ``results(session, vote)`` gives the same for any one vote (``votes.latest_vote`` finds it).

Dots on an option that left the vote (a hidden contribution, a dropped action) are not shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from facilitation.agenda.votes import option_column, options, vote_target, votes_of
from facilitation.core.text import shorten
from facilitation.models import Dot, Vote, VoteSubject


@dataclass(frozen=True)
class ResultRow:
    option_id: int
    label: str
    dots: int


@dataclass(frozen=True)
class VoteResult:
    """A vote's standing: its options with their dots, best first."""

    vote_id: int
    title: str
    subject: str
    target_key: str | None
    is_open: bool
    dots_per_participant: int
    max_per_option: int
    voters: int
    rows: tuple[ResultRow, ...]

    @property
    def total(self) -> int:
        return sum(row.dots for row in self.rows)

    def chart_rows(self, limit: int = 12) -> list[tuple[str, int]]:
        """Return (label, dots) of the best *limit* options for a chart."""
        return [(shorten(row.label, 60), row.dots) for row in self.rows[:limit]]


def results(*, session: Session, vote: Vote) -> VoteResult:
    """Return the vote's standing: every current option with its dots, best first."""
    counts = _counts(session, vote)
    voters = session.exec(
        select(func.count(func.distinct(Dot.participant_id))).where(Dot.vote_id == vote.id)
    ).one()
    ranked = sorted(
        enumerate(options(session=session, vote=vote)),
        key=lambda pair: (-counts.get(pair[1].id, 0), pair[0]),
    )
    target = vote_target(session=session, vote=vote)
    return VoteResult(
        vote_id=vote.id or 0,
        title=vote.title,
        subject=vote.subject,
        target_key=target.key if target is not None else None,
        is_open=vote.is_open,
        dots_per_participant=vote.dots,
        max_per_option=vote.max_per_option,
        voters=int(voters),
        rows=tuple(ResultRow(o.id, o.label, counts.get(o.id, 0)) for _, o in ranked),
    )


def _counts(session: Session, vote: Vote) -> dict[int, int]:
    column = getattr(Dot, option_column(vote))
    rows = session.exec(
        select(column, func.count()).where(Dot.vote_id == vote.id).group_by(column)
    ).all()
    return {int(option): int(n) for option, n in rows if option is not None}


def action_tallies(
    *, session: Session, event_id: int, kind_ids: list[int]
) -> dict[int, dict[int, int]]:
    """Return, per kind, the dots per action of the latest action vote covering that kind."""
    action_votes = [
        v
        for v in votes_of(session=session, event_id=event_id)
        if v.subject == VoteSubject.ACTIONS.value
    ]
    cache: dict[int, dict[int, int]] = {}
    tallies = {}
    for kind_id in kind_ids:
        vote = next((v for v in action_votes if v.kind_id in (None, kind_id)), None)
        if vote is None or vote.id is None:
            continue
        if vote.id not in cache:
            cache[vote.id] = _counts(session, vote)
        tallies[kind_id] = cache[vote.id]
    return tallies


def contribution_vote_results(*, session: Session, event_id: int) -> list[VoteResult]:
    """Return the results of every vote on contributions, oldest first (for the harvest)."""
    chosen = [
        v
        for v in votes_of(session=session, event_id=event_id)
        if v.subject == VoteSubject.CONTRIBUTIONS.value
    ]
    return [results(session=session, vote=vote) for vote in reversed(chosen)]
