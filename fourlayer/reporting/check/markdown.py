"""``--format markdown``: a report to post as a pull-request comment or a CI job summary.

The document itself is built by :mod:`fourlayer.reporting.markdown_doc`, which the
``github`` format also uses for the job summary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fourlayer.reporting.markdown_doc import MAX_ROWS, md, render_check, render_validate

if TYPE_CHECKING:
    from fourlayer.reporting.base import ReportOptions
    from fourlayer.runner import CheckRun, ValidationRun


class MarkdownReporter:
    def check(self, run: CheckRun, options: ReportOptions) -> str:
        return render_check(run, options)

    def validate(self, run: ValidationRun, options: ReportOptions) -> str:
        return render_validate(run, options)


__all__ = ["MAX_ROWS", "MarkdownReporter", "md", "render_check", "render_validate"]
