"""What every part of one report is written with: the harvest, the organiser's choices, the
language, and the running number of its figures."""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.harvest.report.content import Harvest
from facilitation.i18n import t
from facilitation.models import ReportOptions


@dataclass
class Context:
    harvest: Harvest
    options: ReportOptions
    lang: str
    figures: int = 0

    def caption(self, title: str) -> str:
        """Return the next figure's caption: 'Figuur 2. <title>'."""
        self.figures += 1
        return t("report.figure", self.lang, number=self.figures, title=title)
