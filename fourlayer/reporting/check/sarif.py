"""``--format sarif``: SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, IDE viewers).

One run. The driver declares one rule per control of the checklist (``id`` = the control
id; name, descriptions and help in ``--lang``; ``helpUri`` = the first reference that has
a URL; layer, severity, scope and references as properties, with GitHub's
``security-severity``) and one rule per validation finding code that occurs. A file
evaluated against another version of the checklist (a version-1 file beside version-2
ones) has its results under the rules of that version: each other version used in the run
is a ``tool.extensions`` component with its own rules, and its results name their rule
with ``rule: {id, index, toolComponent: {index}}`` (the same control id may mean another
control in another version).

Levels (also used by ``--format github``), see ``docs/ci.md``:

=========================  ==========  ==================================================
outcome                    ``level``   result
=========================  ==========  ==================================================
fail, critical or high     error       ``kind: fail``
fail, medium or low        warning     ``kind: fail``
partial (any severity)     warning     ``kind: fail``
waived                     note        ``kind: fail`` + accepted suppression; ``--verbose``
pass                       none        ``kind: pass``; only with ``--verbose``
not_applicable             none        ``kind: notApplicable``; only with ``--verbose``
=========================  ==========  ==================================================

Only gaps are results by default: GitHub code scanning documents neither ``kind`` nor
``suppressions`` and turns every result it receives into an open alert, so passes and
waivers would become alerts nobody can close. They are never lost: the per-file summary
in ``run.properties.reports`` (the JSON report without its ``results``) counts every
outcome of every layer, and ``--verbose`` makes every pair a result, marked as above.
A finding (a validation problem) is an ``error`` or ``warning`` result under its code.

Columns are Unicode code points (``columnKind``), as PyYAML counts them. Output is
deterministic: no timestamps, results in file then checklist order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fourlayer.exitcodes import ExitCode
from fourlayer.i18n import key_of
from fourlayer.model.checklist import Checklist
from fourlayer.model.evaluation import Evaluation, Outcome, PairResult
from fourlayer.reading.findings import Finding
from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.grouping import MAX_RESULTS_PER_FILE, capped
from fourlayer.reporting.json_data import dumps, evaluation_dict
from fourlayer.reporting.wording import FAIL_LEVEL, finding_text, generic_text, level_for, pair_message, references_text
from fourlayer.runner import CheckRun, ValidationRun

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# GitHub code scanning reads properties["security-severity"] (0.0-10.0) on rules tagged
# "security": > 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0"}
KIND = {Outcome.PASS: "pass", Outcome.NOT_APPLICABLE: "notApplicable"}
SHOWN_BY_DEFAULT = frozenset({Outcome.FAIL, Outcome.PARTIAL})
OMITTED_RULE = "results-omitted"


def artifact_uri(path: str) -> str:
    """A URI reference for a file as it was named: relative stays relative. A name that is
    not UTF-8 (it reaches Python with lone surrogates) is percent-encoded byte for byte, so
    the URI names the very file (``ag%F6.yaml``) instead of failing the whole report."""
    if Path(path).is_absolute():
        try:
            return Path(path).as_uri()
        except UnicodeEncodeError:
            return "file://" + quote(os.fsencode(Path(path).as_posix()), safe="/")
    text = path.replace("\\", "/")
    while text.startswith("./"):
        text = text[2:]
    return quote(os.fsencode(text), safe="/")


# --- the document ---------------------------------------------------------------------------
class _Log:
    """Builds one run: rules and artifacts are added as results need them."""

    def __init__(self, options: ReportOptions) -> None:
        self.options = options
        self.t = options.t
        self.rules: list[dict[str, Any]] = []
        self.rule_index: dict[str, int] = {}
        self.artifacts: list[dict[str, Any]] = []
        self.artifact_index: dict[str, int] = {}
        self.results: list[dict[str, Any]] = []
        self.run_checklist: tuple[str, str] = ("", "")
        self.extensions: list[dict[str, Any]] = []
        self.extension_index: dict[tuple[str, str], tuple[int, dict[str, int]]] = {}
        """Per other checklist (id, version): its component's index and its rules' indices."""

    def artifact(self, source: str) -> int:
        if source not in self.artifact_index:
            self.artifact_index[source] = len(self.artifacts)
            self.artifacts.append({"location": {"uri": artifact_uri(source)}})
        return self.artifact_index[source]

    def location(self, source: str, mark: tuple[int | None, int | None] | None) -> dict[str, Any]:
        physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(source), "index": self.artifact(source)}}
        if mark is not None and mark[0] is not None:
            region: dict[str, Any] = {"startLine": mark[0]}
            if mark[1] is not None:
                region["startColumn"] = mark[1]
            physical["region"] = region
        return {"physicalLocation": physical}

    def add_control_rules(self, checklist: Checklist) -> None:
        """The run's own checklist: its rules are the driver's."""
        self.run_checklist = (checklist.id, checklist.version)
        for rule in self._control_rules(checklist):
            self.rule_index[rule["id"]] = len(self.rules)
            self.rules.append(rule)

    def add_version_rules(self, checklist: Checklist) -> None:
        """Another checklist version a file was evaluated against: a component of its own."""
        key = (checklist.id, checklist.version)
        if key == self.run_checklist or key in self.extension_index:
            return
        rules = self._control_rules(checklist)
        self.extension_index[key] = (len(self.extensions), {rule["id"]: i for i, rule in enumerate(rules)})
        self.extensions.append(
            {"name": f"{checklist.id} v{checklist.version}", "version": checklist.version, "rules": rules}
        )

    def _control_rules(self, checklist: Checklist) -> list[dict[str, Any]]:
        lang = self.options.lang
        rules = []
        for control in checklist.controls:
            url = next((ref.url for ref in control.legal_references if ref.url), None)
            help_text = "\n\n".join(
                (
                    self.t("ci.next-step", guidance=control.guidance.get(lang)),
                    self.t("ci.legal-basis", references=references_text(control, self.t)),
                )
            )
            tags = ["security", "four-layer", f"layer-{control.layer}"]
            tags.extend(tag for tag in control.tags if tag not in tags)
            rule: dict[str, Any] = {
                "id": control.id,
                "name": control.title.get(lang),
                "shortDescription": {"text": control.title.get(lang)},
                "fullDescription": {"text": control.requirement.get(lang)},
                "help": {"text": help_text},
            }
            if url:
                rule["helpUri"] = url
            rule["defaultConfiguration"] = {"level": FAIL_LEVEL.get(control.severity, "error")}
            rule["properties"] = {
                "layer": control.layer,
                "severity": control.severity,
                "scope": control.scope,
                "minLevel": control.min_level,
                "references": [
                    {
                        key: value
                        for key, value in (
                            ("document", ref.document),
                            ("provision", ref.provision),
                            ("url", ref.url),
                            ("confidence", ref.confidence),
                        )
                        if value is not None
                    }
                    for ref in control.legal_references
                ],
                "security-severity": SECURITY_SEVERITY.get(control.severity, "5.5"),
                "tags": tags,
            }
            rules.append(rule)
        return rules

    def _rule_of(self, item: Evaluation, control: str) -> dict[str, Any]:
        """``ruleId`` and where its rule is: the driver's, or the component of the file's version."""
        key = (item.checklist.id, item.checklist.version)
        if key == self.run_checklist:
            return {"ruleId": control, "ruleIndex": self.rule_index[control]}
        component, indices = self.extension_index[key]
        return {
            "ruleId": control,
            "rule": {"id": control, "index": indices[control], "toolComponent": {"index": component}},
        }

    def add_finding_rules(self, findings: Iterable[Finding]) -> None:
        first: dict[str, Finding] = {}
        for found in findings:
            first.setdefault(found.code, found)
        for code in sorted(first):
            if code in self.rule_index:
                continue
            text = generic_text(key_of("finding", code), self.options.lang) or code
            description = self.t("ci.finding-rule", code=code, text=text)
            self.rule_index[code] = len(self.rules)
            self.rules.append(
                {
                    "id": code,
                    "name": code,
                    "shortDescription": {"text": description},
                    "fullDescription": {"text": description},
                    "defaultConfiguration": {"level": "error" if first[code].is_error else "warning"},
                    "properties": {"tags": ["validation"]},
                }
            )

    def add_pair(self, item: Evaluation, result: PairResult, run: CheckRun) -> None:
        entry: dict[str, Any] = {
            **self._rule_of(item, result.control),
            "kind": KIND.get(result.outcome, "fail"),
            "level": level_for(result.outcome, result.severity),
            "message": {"text": pair_message(result, item.checklist, self.t)},
            "locations": [self.location(item.source, run.mark(item.source, result.path))],
            "partialFingerprints": {"fourlayerPair/v1": f"{result.control}/{result.system or ''}"},
        }
        if result.outcome is Outcome.WAIVED:
            entry["suppressions"] = [{"kind": "external", "status": "accepted", "justification": self.t("ci.waived")}]
        entry["properties"] = {
            "outcome": result.outcome.value,
            "severity": result.severity,
            "layer": result.layer,
            "system": result.system,
            "reasons": [r.value for r in result.reasons],
        }
        self.results.append(entry)

    def add_omitted(self, source: str, count: int, gaps: int) -> None:
        """One note saying how many results of ``source`` were left out (and where to see them)."""
        if OMITTED_RULE not in self.rule_index:
            text = self.t("ci.results-omitted", count="…", gaps="…")
            self.rule_index[OMITTED_RULE] = len(self.rules)
            self.rules.append(
                {
                    "id": OMITTED_RULE,
                    "name": OMITTED_RULE,
                    "shortDescription": {"text": text},
                    "fullDescription": {"text": text},
                    "defaultConfiguration": {"level": "note"},
                    "properties": {"tags": ["fourlayer"]},
                }
            )
        self.results.append(
            {
                "ruleId": OMITTED_RULE,
                "ruleIndex": self.rule_index[OMITTED_RULE],
                "kind": "informational",
                "level": "none",
                "message": {"text": self.t("ci.results-omitted", count=count, gaps=gaps)},
                "locations": [self.location(source, None)],
                "properties": {"omitted": count, "omittedGaps": gaps},
            }
        )

    def add_finding(self, found: Finding) -> None:
        self.results.append(
            {
                "ruleId": found.code,
                "ruleIndex": self.rule_index[found.code],
                "kind": "fail",
                "level": "error" if found.is_error else "warning",
                "message": {"text": finding_text(found, self.options.lang)},
                "locations": [self.location(found.path, (found.line, found.column))],
            }
        )

    def document(self, successful: bool, properties: dict[str, Any]) -> str:
        driver: dict[str, Any] = {
            "name": "fourlayer",
            "version": self.options.tool_version,
            "semanticVersion": self.options.tool_version,
            "language": self.options.lang,
            "rules": self.rules,
        }
        run = {
            "tool": {"driver": driver, **({"extensions": self.extensions} if self.extensions else {})},
            "invocations": [{"executionSuccessful": successful}],
            "language": self.options.lang,
            "columnKind": "unicodeCodePoints",
            "artifacts": self.artifacts,
            "results": self.results,
            "properties": properties,
        }
        log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
        return dumps(log)


class SarifReporter:
    def check(self, run: CheckRun, options: ReportOptions) -> str:
        log = _Log(options)
        log.add_control_rules(run.checklist)
        for item in run.evaluations:
            log.add_version_rules(item.checklist)
        log.add_finding_rules([*(f for item in run.failures for f in item.findings), *run.notices])
        for item in run.evaluations:
            log.artifact(item.source)
            shown = [r for r in item.results if r.outcome in SHOWN_BY_DEFAULT or options.verbose]
            listed, rest = capped(shown, MAX_RESULTS_PER_FILE)
            for result in listed:
                log.add_pair(item, result, run)
            if rest:  # bounded: 10,000 systems must not write gigabytes; JSON keeps every pair
                gaps = sum(1 for r in shown[len(listed) :] if r.outcome in SHOWN_BY_DEFAULT)
                log.add_omitted(item.source, rest, gaps)
        for failure in run.failures:
            log.artifact(failure.source)
            for found in failure.findings:
                log.add_finding(found)
        for notice in run.notices:
            log.add_finding(notice)
        reports = []
        for item in run.evaluations:
            summary = evaluation_dict(item, options)
            summary.pop("results")
            reports.append(summary)
        properties = {
            "asOf": run.as_of.isoformat(),
            "checklist": {"id": run.checklist.id, "version": run.checklist.version},
            "passesIncluded": options.verbose,
            "reports": reports,
            "notEvaluated": [failure.source for failure in run.failures],
        }
        return log.document(run.exit_code() is not ExitCode.ERROR, properties)

    def validate(self, run: ValidationRun, options: ReportOptions) -> str:
        log = _Log(options)
        log.add_finding_rules(f for item in run.files for f in item.findings)
        for item in run.files:
            log.artifact(item.source)
            for found in item.findings:
                log.add_finding(found)
        properties = {
            "valid": not any(item.errors for item in run.files),
            "files": [{"source": item.source, "valid": not item.errors} for item in run.files],
        }
        return log.document(run.exit_code() is not ExitCode.ERROR, properties)


def render_check(run: CheckRun, options: ReportOptions) -> str:
    return SarifReporter().check(run, options)


def render_validate(run: ValidationRun, options: ReportOptions) -> str:
    return SarifReporter().validate(run, options)
