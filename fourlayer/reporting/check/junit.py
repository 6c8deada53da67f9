"""``--format junit``: JUnit XML for CI test reports (GitLab ``reports: junit``, Jenkins, …).

``check``: one ``testsuite`` per file, one ``testcase`` per applicable (control, target)
pair. ``fail`` and ``partial`` are ``failure``s (``type`` is the outcome), ``waived`` and
``not_applicable`` are ``skipped``, ``pass`` passes. A file that could not be evaluated is
a ``testsuite`` with one ``error`` testcase per finding. ``validate``: one ``testsuite``
per file, one ``error`` testcase per finding, or a single passing testcase for a valid file.

Every string passes through :func:`xml_text`, so control characters and lone surrogates
in a file become visible escapes instead of breaking the XML. No timestamps.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from fourlayer.i18n import label
from fourlayer.model.evaluation import Evaluation, Outcome, PairResult
from fourlayer.reading.findings import Finding
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import MAX_RESULTS_PER_FILE, MAX_ROWS, capped
from fourlayer.reporting.wording import (
    finding_text,
    pair_message,
    references_text,
    score_text,
    target_text,
    warning_lines,
)
from fourlayer.runner import CheckRun, FileProblems, ValidationRun
from fourlayer.safe_text import printable, printable_block

# Characters XML 1.0 does not allow (after printable() has escaped C0/C1 controls).
_NOT_XML = re.compile("[^\t\n\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
FAILED = frozenset({Outcome.FAIL, Outcome.PARTIAL})
SKIPPED = frozenset({Outcome.WAIVED, Outcome.NOT_APPLICABLE})


def xml_text(text: object, *, block: bool = False) -> str:
    """Text that any XML 1.0 parser accepts: controls and surrogates shown as escapes; on one
    line unless ``block`` (a body whose lines this module laid out from one-line parts)."""
    shown = printable_block(str(text)) if block else printable(str(text))
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", shown)


def _element(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    node = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items() if v is not None})
    if text:
        node.text = xml_text(text, block=True)
    return node


def _where(source: str, mark: tuple[int | None, int | None] | None) -> str:
    parts = [source]
    if mark is not None and mark[0] is not None:
        parts.append(str(mark[0]))
        if mark[1] is not None:
            parts.append(str(mark[1]))
    return ":".join(parts)


class _Counter:
    def __init__(self) -> None:
        self.tests = self.failures = self.errors = self.skipped = 0

    def add(self, other: _Counter) -> None:
        self.tests += other.tests
        self.failures += other.failures
        self.errors += other.errors
        self.skipped += other.skipped

    def stamp(self, node: ET.Element) -> None:
        for key in ("tests", "failures", "errors", "skipped"):
            node.set(key, str(getattr(self, key)))


class JunitReporter:
    def check(self, run: CheckRun, options: ReportOptions) -> str:
        root = ET.Element("testsuites", {"name": "fourlayer"})
        total = _Counter()
        for item in run.evaluations:
            total.add(self._evaluation(root, item, run, options))
        for failure in run.failures:
            total.add(self._problems(root, failure, options))
        total.stamp(root)
        return _serialise(root)

    def validate(self, run: ValidationRun, options: ReportOptions) -> str:
        root = ET.Element("testsuites", {"name": "fourlayer validate"})
        total = _Counter()
        for item in run.files:
            total.add(self._problems(root, item, options))
        total.stamp(root)
        return _serialise(root)

    # --- check ----------------------------------------------------------------------------
    def _evaluation(self, root: ET.Element, item: Evaluation, run: CheckRun, options: ReportOptions) -> _Counter:
        t = options.t
        suite = _element(root, "testsuite", name=item.source)
        props = _element(suite, "properties")
        for name, value in (
            ("agency", item.agency.name),
            ("verdict", item.verdict.value),
            ("score", "" if item.score is None else f"{item.score:.2f}"),
            ("checklist", f"{item.checklist_id} v{item.checklist_version}"),
            ("as_of", item.as_of.isoformat()),
            ("waivers_ignored", str(item.waivers_ignored).lower()),
        ):
            _element(props, "property", name=name, value=value)
        count = _Counter()
        shown, rest = capped(item.results, MAX_RESULTS_PER_FILE)
        for result in shown:
            self._pair(suite, item, result, run, options, count)
        if rest:  # bounded: 10,000 systems must not write a gigabyte; JSON keeps every pair
            gaps = sum(1 for r in item.results[len(shown) :] if r.outcome in FAILED)
            text = t("ci.results-omitted", count=rest, gaps=gaps)
            case = _element(suite, "testcase", classname=item.source, name=text, file=item.source)
            count.tests += 1
            if gaps:
                count.failures += 1
                _element(case, "failure", text + "\n", type="omitted", message=text)
        out = [
            t(
                "ci.file-verdict",
                source=printable(item.source),
                verdict=label(t, "verdict", item.verdict),
                score=score_text(item.score, t.lang),
            )
        ]
        warnings, more = capped(warning_lines(item, t, checklist=item.checklist or run.checklist), MAX_ROWS)
        out.extend(printable(w.text) for w in warnings)
        if more:
            out.append(t("report.rows-omitted", count=more))
        out.extend(
            f"{printable(n.location())}: {finding_text(n, t.lang)} [{n.code}]"
            for n in run.notices
            if n.path == item.source
        )
        _element(suite, "system-out", "\n".join(out) + "\n")
        count.stamp(suite)
        return count

    def _pair(
        self,
        suite: ET.Element,
        item: Evaluation,
        result: PairResult,
        run: CheckRun,
        options: ReportOptions,
        count: _Counter,
    ) -> None:
        t = options.t
        checklist = item.checklist
        control = checklist.control(result.control)
        title = control.title.get(t.lang) if control is not None else ""
        mark = run.mark(item.source, result.path)
        case = _element(
            suite,
            "testcase",
            classname=item.source,
            name=f"{result.control} ({target_text(result, t)}) {title}",
            file=item.source,
            line=mark[0] if mark else None,
        )
        count.tests += 1
        if result.outcome in FAILED:
            count.failures += 1
            lines = [pair_message(result, checklist, t)]
            if control is not None:
                lines.append(t("ci.legal-basis", references=references_text(control, t, day=item.as_of)))
            lines.append(t("ci.where", where=printable(_where(item.source, mark))))
            _element(
                case,
                "failure",
                "\n".join(lines) + "\n",
                type=result.outcome.value,
                message=pair_message(result, checklist, t, details=False),
            )
        elif result.outcome in SKIPPED:
            count.skipped += 1
            message = label(t, "outcome", result.outcome)
            if result.outcome is Outcome.WAIVED:
                message = f"{message}. {t('ci.waived')}"
            _element(case, "skipped", message=message)

    # --- findings (check failures and validate) -----------------------------------------
    def _problems(self, root: ET.Element, item: FileProblems, options: ReportOptions) -> _Counter:
        t = options.t
        suite = _element(root, "testsuite", name=item.source)
        count = _Counter()
        for found in item.findings:
            self._finding(suite, found, options, count)
        if not item.findings:
            _element(suite, "testcase", classname=item.source, name=t("ci.junit.valid"), file=item.source)
            count.tests += 1
        count.stamp(suite)
        return count

    def _finding(self, suite: ET.Element, found: Finding, options: ReportOptions, count: _Counter) -> None:
        where = found.position()
        case = _element(
            suite,
            "testcase",
            classname=found.path,
            name=f"{found.code} {where}".strip(),
            file=found.path,
            line=found.line,
        )
        count.tests += 1
        text = f"{printable(found.location())}: {finding_text(found, options.lang)}\n"
        if found.is_error:
            count.errors += 1
            _element(case, "error", text, type=found.code, message=found.message(options.lang))
        else:
            _element(case, "system-out", text)


def _serialise(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render_check(run: CheckRun, options: ReportOptions) -> str:
    return JunitReporter().check(run, options)


def render_validate(run: ValidationRun, options: ReportOptions) -> str:
    return JunitReporter().validate(run, options)
