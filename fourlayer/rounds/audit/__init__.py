"""``audit``: many assessment files in, one province-wide picture out.

discover → evaluate (in worker processes) → one compact row per file → aggregates.

* Files are found by :func:`fourlayer.reading.discovery.discover` (recursive ``*.yaml``/``*.yml``/``*.xlsx``,
  sorted, symbolic links kept inside the roots given). The same file reached twice (named
  twice, or through a link inside the folder) is evaluated once, at its first place.
* Each worker loads nothing but the settings it is started with (the checklist is sent
  once per worker by the pool initializer), reads its files itself and sends back an
  :class:`AgencyRow` — verdict, scores, layer statuses and the ids of failing controls —
  or, for a file that cannot be evaluated, a :class:`~fourlayer.runner.FileProblems` with
  its located findings. The parent never holds file texts or full evaluations, so memory
  grows only with these rows.
* Rows come back in discovery order whatever ``jobs`` is, so the output of ``--jobs 1``
  (in-process, no pool) and ``--jobs N`` is identical.
* Nothing a file contains stops the run: any failure while evaluating one file becomes
  that file's error row.

A control is *failing* for an agency when at least one of its (control, target) pairs
has the outcome ``fail``; it is *partial* for the agency when none fails and at least one
is ``partial``. ``top_failed`` ranks controls by the number of agencies failing them, then
by the number partially meeting them (a control only partially met by anyone still
appears, after every failed one); the shares are those numbers over the agencies counted,
as percentages. The agencies of one control are not stored: :meth:`AuditRun.agencies_of`
finds them again in the rows when a report asks (a few pointers per agency, never copies).

**The round** (``--roster``, ``--since``, duplicates; ``docs/audit.md``):

* Two evaluated files of the same agency (:func:`fourlayer.rounds.compare.group_agencies`: the same
  ``agency.code``; a file without a code is the same agency as a file with the same name)
  are *duplicates*; the same content (same text) always is. One counts: the newest
  ``assessed_on``, then the shorter file name (a copy gets a suffix: ``x (1).yaml``, ``x -
  Copy.yaml``), then the first in discovery order. The others are kept as rows, flagged
  with the file that counts, and left out of every aggregate, the ranking and the roster.
  Files that could not be evaluated are duplicates only when their content is the same.
* A file whose ``assessed_on`` is before ``--since`` is *stale*: flagged, still counted.
* With a roster, each entry is submitted (a counted agency matches it), submitted but not
  evaluable (only a file with errors names it), or *missing* ("chưa nộp").

The package, by job: :mod:`~fourlayer.rounds.audit.rows` (one file as one compact row),
:mod:`~fourlayer.rounds.audit.workers` (the files found once each, the process pool),
:mod:`~fourlayer.rounds.audit.summary` (the aggregates, the ranking),
:mod:`~fourlayer.rounds.audit.duplicates` (the files of one submission beyond the one that
counts) and :mod:`~fourlayer.rounds.audit.run` (:class:`AuditRun`, :func:`run_audit`). The
names other modules use are importable from ``fourlayer.rounds.audit`` itself.
"""

from fourlayer.rounds.audit.duplicates import Duplicate, find_duplicates
from fourlayer.rounds.audit.rows import OUTCOME_CODES, AgencyRow, ProblemRow, Row, row_of, successors, summarise
from fourlayer.rounds.audit.run import DEFAULT_MAX_FILES, AuditRun, Progress, assemble, run_audit
from fourlayer.rounds.audit.summary import TOP_CONTROLS, ControlTally, LayerTally, Summary, ranking, summarise_rows
from fourlayer.rounds.audit.workers import default_jobs, evaluate_targets, unique_targets

__all__ = [
    "DEFAULT_MAX_FILES",
    "OUTCOME_CODES",
    "TOP_CONTROLS",
    "AgencyRow",
    "AuditRun",
    "ControlTally",
    "Duplicate",
    "LayerTally",
    "ProblemRow",
    "Progress",
    "Row",
    "Summary",
    "assemble",
    "default_jobs",
    "evaluate_targets",
    "find_duplicates",
    "ranking",
    "row_of",
    "run_audit",
    "successors",
    "summarise",
    "summarise_rows",
    "unique_targets",
]
