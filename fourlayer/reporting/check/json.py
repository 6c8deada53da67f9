"""``--format json``: the report of SPEC §4.1, documented by ``schemas/report.schema.json``.

Keys are English whatever the language; only ``message`` texts follow ``--lang``.
Output is deterministic: same input and ``--as-of``, byte-identical JSON.
"""

from __future__ import annotations

from typing import Any

from fourlayer.reporting.base import ReportOptions
from fourlayer.reporting.json_data import dumps, evaluation_dict, problems_dict
from fourlayer.runner import CheckRun, ValidationRun


class JsonReporter:
    def check(self, run: CheckRun, options: ReportOptions) -> str:
        data: dict[str, Any] = {
            "tool": {"name": "fourlayer", "version": options.tool_version},
            "as_of": run.as_of.isoformat(),
            "reports": [evaluation_dict(item, options) for item in run.evaluations],
        }
        if run.failures:
            data["errors"] = [problems_dict(item, options) for item in run.failures]
        return dumps(data)

    def validate(self, run: ValidationRun, options: ReportOptions) -> str:
        files = [{**problems_dict(item, options), "valid": not item.errors} for item in run.files]
        return dumps(
            {
                "tool": {"name": "fourlayer", "version": options.tool_version},
                "valid": not any(item.errors for item in run.files),
                "files": files,
            }
        )


def render_check(run: CheckRun, options: ReportOptions) -> str:
    return JsonReporter().check(run, options)


def render_validate(run: ValidationRun, options: ReportOptions) -> str:
    return JsonReporter().validate(run, options)
