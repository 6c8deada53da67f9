"""``--format github``: GitHub Actions workflow commands, so each gap is marked on its line.

``::error file=…,line=…,col=…,title=…::message`` for fail pairs of critical/high
severity and for validation errors; ``::warning`` for the other fail pairs, partial
pairs, warnings and expiring evidence or waivers; one ``::notice`` per file with its
verdict. The level mapping is the SARIF one (:func:`fourlayer.reporting.check.sarif.level_for`).
Values are escaped as the Actions runner expects: ``%``, ``\\r`` and ``\\n`` in messages,
and ``:`` and ``,`` too in properties. Other control characters are shown as escapes, so
no text from a file can start a command of its own or colour the log.

When ``GITHUB_STEP_SUMMARY`` names a file, the Markdown report is appended to it as the
job summary.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fourlayer.i18n import label, translate
from fourlayer.model.evaluation import Evaluation, Outcome
from fourlayer.reading.findings import Finding
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import MAX_ANNOTATIONS_PER_FILE, capped
from fourlayer.reporting.markdown_doc import render_check as markdown_check
from fourlayer.reporting.markdown_doc import render_validate as markdown_validate
from fourlayer.reporting.wording import (
    SEVERITY_RANK,
    WarningLine,
    finding_text,
    level_for,
    pair_message,
    score_text,
    warning_lines,
)
from fourlayer.runner import CheckRun, ValidationRun
from fourlayer.safe_text import printable

COMMAND = {"error": "error", "warning": "warning", "note": "notice"}
SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY"
ANNOTATED = frozenset({Outcome.FAIL, Outcome.PARTIAL})


def escape_data(text: str) -> str:
    """A message: ``%``, carriage return and line feed percent-encoded (GitHub's rules)."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """A property value (file, title): as a message, and ``:`` and ``,`` encoded too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_path(path: str) -> str:
    """GitHub matches annotations to repository paths: make absolute paths inside the
    workspace relative to it, and use forward slashes."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace and Path(path).is_absolute() and Path(path).is_relative_to(workspace):
        path = str(Path(path).relative_to(workspace))
    text = path.replace("\\", "/")
    while text.startswith("./"):
        text = text[2:]
    return text


def command(
    kind: str,
    message: str,
    *,
    file: str | None = None,
    line: int | None = None,
    col: int | None = None,
    title: str | None = None,
) -> str:
    props = []
    if file is not None:
        props.append(f"file={escape_property(annotation_path(file))}")
    if line is not None:
        props.append(f"line={line}")
        if col is not None:
            props.append(f"col={col}")
    if title is not None:
        props.append(f"title={escape_property(title)}")
    head = f"::{kind}" + (" " + ",".join(props) if props else "")
    return f"{head}::{escape_data(message)}"


def finding_command(found: Finding, lang: str) -> str:
    """A finding as an annotation; a workbook's names its sheet and cell in the text, since GitHub
    cannot show a line of a binary file."""
    text = finding_text(found, lang)
    if found.sheet and found.line is not None:
        text = f"{found.position()}: {text}"
    return command(
        "error" if found.is_error else "warning",
        text,
        file=found.path,
        line=found.line,
        col=found.column if found.line else None,
        title=f"fourlayer: {found.code}",
    )


def append_summary(text: str, lang: str) -> None:
    """Append ``text`` to the job summary file, if the runner gave one; say so if it fails."""
    target = os.environ.get(SUMMARY_VARIABLE)
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        sys.stderr.write("fourlayer: " + translate(lang, "ci.summary-unwritable", path=target, reason=reason) + "\n")
        sys.stderr.flush()


class GithubReporter:
    def check(self, run: CheckRun, options: ReportOptions) -> str:
        t = options.t
        lines: list[str] = []
        for item in run.evaluations:
            lines.extend(self._evaluation(item, run, options))
        for failure in run.failures:
            lines.extend(finding_command(found, options.lang) for found in failure.findings)
        lines.extend(finding_command(found, options.lang) for found in run.notices)
        # GitHub shows ten annotations of each kind per step: every file's gaps come before any
        # warning of the evaluation, actionable warnings before the rest, and what the agency
        # cannot act on (the legal bases' validity) is one notice per file, after the verdicts
        said = {id(item): warning_lines(item, t, checklist=item.checklist or run.checklist) for item in run.evaluations}
        for item in run.evaluations:
            listed, more = capped([w for w in said[id(item)] if w.actionable], MAX_ANNOTATIONS_PER_FILE)
            lines.extend(command("warning", w.text, file=item.source, title=_warning_title(w)) for w in listed)
            if more:
                lines.append(
                    command("notice", t("report.rows-omitted", count=more), file=item.source, title="fourlayer")
                )
        for item in run.evaluations:
            verdict = t(
                "ci.file-verdict",
                source=item.source,
                verdict=label(t, "verdict", item.verdict),
                score=score_text(item.score, t.lang),
            )
            lines.append(command("notice", verdict, file=item.source, title="fourlayer"))
        for item in run.evaluations:
            lines.extend(
                command("notice", w.text, file=item.source, title=_warning_title(w))
                for w in said[id(item)]
                if not w.actionable
            )
        if not run.evaluations and not run.failures:
            lines.append(command("error", t("ci.md.no-files"), title="fourlayer"))
        append_summary(markdown_check(run, options), options.lang)
        return "".join(line + "\n" for line in lines)

    def _evaluation(self, item: Evaluation, run: CheckRun, options: ReportOptions) -> list[str]:
        t = options.t
        lines = []
        # GitHub shows the first 10 errors and 10 warnings of a step: the gravest first.
        gaps = sorted(
            (r for r in item.results if r.outcome in ANNOTATED),
            key=lambda r: (SEVERITY_RANK.get(r.severity, 9), r.outcome is not Outcome.FAIL),
        )
        listed, rest = capped(gaps, MAX_ANNOTATIONS_PER_FILE)
        for result in listed:
            control = item.checklist.control(result.control)
            title = result.control + (f" {control.title.get(t.lang)}" if control is not None else "")
            mark = run.mark(item.source, result.path)
            lines.append(
                command(
                    COMMAND[level_for(result.outcome, result.severity)],
                    pair_message(result, item.checklist, t),
                    file=item.source,
                    line=mark[0] if mark else None,
                    col=mark[1] if mark else None,
                    title=title,
                )
            )
        if rest:  # bounded: GitHub shows ten of each kind per step; JSON keeps every pair
            lines.append(
                command("notice", t("ci.results-omitted", count=rest, gaps=rest), file=item.source, title="fourlayer")
            )
        return lines

    def validate(self, run: ValidationRun, options: ReportOptions) -> str:
        lines = [finding_command(found, options.lang) for item in run.files for found in item.findings]
        if not run.files:
            lines.append(command("error", options.t("ci.md.no-files"), title="fourlayer"))
        append_summary(markdown_validate(run, options), options.lang)
        return "".join(line + "\n" for line in lines)


def _warning_title(line: WarningLine) -> str:
    """The annotation's title: the control of a single warning, else the controls grouped."""
    if len(line.controls) == 1:
        return line.controls[0]
    return ", ".join(line.controls[:3]) + (" …" if len(line.controls) > 3 else "") if line.controls else "fourlayer"


def render_check(run: CheckRun, options: ReportOptions) -> str:
    return GithubReporter().check(run, options)


def render_validate(run: ValidationRun, options: ReportOptions) -> str:
    return GithubReporter().validate(run, options)
