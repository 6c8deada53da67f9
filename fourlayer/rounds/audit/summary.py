"""The aggregates of an audit's counted rows: verdicts, scores, layers, the most-failed
controls (:func:`summarise_rows`), and the ranking of the agencies (:func:`ranking`)."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from fourlayer.model.checklist import LAYERS, Checklist
from fourlayer.model.evaluation import LayerStatus, Verdict
from fourlayer.model.figures import mean, rounded, share
from fourlayer.rounds.audit.rows import AgencyRow, Row

TOP_CONTROLS = 10
"""How many of the most-failed controls the report lists."""
VERDICT_ORDER = (Verdict.COMPLIANT, Verdict.PARTIALLY_COMPLIANT, Verdict.NON_COMPLIANT)
STATUS_ORDER = (LayerStatus.MET, LayerStatus.PARTIALLY_MET, LayerStatus.NOT_MET, LayerStatus.NOT_APPLICABLE)


@dataclass(frozen=True)
class LayerTally:
    """How many agencies have each status on one layer."""

    layer: int
    counts: tuple[tuple[LayerStatus, int], ...]

    def count(self, status: LayerStatus) -> int:
        return dict(self.counts)[status]

    def share(self, status: LayerStatus) -> float | None:
        """Agencies with ``status`` on the layer, as a percentage of those to which it applies."""
        applicable = sum(n for s, n in self.counts if s is not LayerStatus.NOT_APPLICABLE)
        return share(self.count(status), applicable)

    @property
    def met_share(self) -> float | None:
        """Agencies meeting the layer, as a percentage of those to which it applies."""
        return self.share(LayerStatus.MET)

    @property
    def partly_share(self) -> float | None:
        """Agencies partly meeting the layer, as a percentage of those to which it applies."""
        return self.share(LayerStatus.PARTIALLY_MET)


@dataclass(frozen=True)
class ControlTally:
    """One of the most-failed controls: how many agencies fail it, how many partly meet
    it (no failing pair, at least one partial), and which shares of the agencies counted."""

    control: str
    layer: int
    severity: str
    failing: int
    share: float
    partial: int = 0
    partial_share: float = 0.0


@dataclass(frozen=True)
class Summary:
    files: int
    agencies: int
    errors: int
    verdicts: tuple[tuple[Verdict, int], ...]
    mean: float | None
    median: float | None
    lowest: float | None
    highest: float | None
    layers: tuple[LayerTally, ...]
    top_failed: tuple[ControlTally, ...]
    duplicates: int = 0
    """Files not counted because another file of the same agency counts."""

    def verdict_count(self, verdict: Verdict) -> int:
        return dict(self.verdicts)[verdict]

    def verdict_share(self, verdict: Verdict) -> float | None:
        """Agencies with ``verdict``, as a percentage of the agencies counted (the one rounding)."""
        return share(self.verdict_count(verdict), self.agencies)


def summarise_rows(
    rows: tuple[Row, ...], checklist: Checklist, top: int = TOP_CONTROLS, duplicates: frozenset[str] = frozenset()
) -> Summary:
    """The aggregates of the counted rows: every row but the ``duplicates`` (by source)."""
    agencies = [r for r in rows if isinstance(r, AgencyRow) and r.source not in duplicates]
    errors = sum(1 for r in rows if not isinstance(r, AgencyRow) and r.source not in duplicates)
    scores = [r.score for r in agencies if r.score is not None]
    verdicts = Counter(r.verdict for r in agencies)
    statuses = Counter((layer.layer, layer.status) for r in agencies for layer in r.layers)  # unpacked once a row
    layers = [LayerTally(number, tuple((s, statuses[number, s]) for s in STATUS_ORDER)) for number in LAYERS]
    ids = checklist.ids
    failing = Counter(control for r in agencies for control in r.failing_of(ids))
    partial = Counter(control for r in agencies for control in r.partial_of(ids))
    order = {cid: index for index, cid in enumerate(ids)}
    ranked = sorted(
        failing.keys() | partial.keys(), key=lambda c: (-failing[c], -partial[c], order.get(c, len(order)), c)
    )
    tallies = []
    for control_id in ranked[:top]:
        control = checklist.control(control_id)
        tallies.append(
            ControlTally(
                control=control_id,
                layer=control.layer if control else int(control_id[1]),
                severity=control.severity if control else "",
                failing=failing[control_id],
                share=share(failing[control_id], len(agencies)) or 0.0,
                partial=partial[control_id],
                partial_share=share(partial[control_id], len(agencies)) or 0.0,
            )
        )
    return Summary(
        files=len(rows),
        agencies=len(agencies),
        errors=errors,
        verdicts=tuple((v, verdicts[v]) for v in VERDICT_ORDER),
        mean=mean(scores),
        median=rounded(statistics.median(scores)) if scores else None,
        lowest=min(scores) if scores else None,
        highest=max(scores) if scores else None,
        layers=tuple(layers),
        top_failed=tuple(tallies),
        duplicates=len(duplicates),
    )


def ranking(rows: Iterable[Row], skip: frozenset[str] = frozenset()) -> tuple[tuple[int | None, AgencyRow], ...]:
    """Agencies best first: by verdict (compliant, partially compliant, non-compliant), then
    score (highest first), then file name, so a non-compliant agency never ranks above a
    partially compliant one whatever its score. The same verdict and score share a rank
    (1, 2, 2, 4); an agency with no score has no rank. Rows whose source is in ``skip``
    (the duplicates) are left out."""
    agencies = sorted(
        (r for r in rows if isinstance(r, AgencyRow) and r.source not in skip),
        key=lambda r: (r.score is None, VERDICT_ORDER.index(r.verdict), -(r.score or 0.0), r.source),
    )
    out: list[tuple[int | None, AgencyRow]] = []
    previous: tuple[Verdict, float] | None = None
    rank = 0
    for position, row in enumerate(agencies, start=1):
        if row.score is None:
            out.append((None, row))
            continue
        if (row.verdict, row.score) != previous:
            rank, previous = position, (row.verdict, row.score)
        out.append((rank, row))
    return tuple(out)
