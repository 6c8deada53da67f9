"""Small random history files for the history tests: agencies that come and go, change
their code or the spelling of their name, appear twice in a round, have no score; rounds
with and without a roster, under checklist versions 1, 2 and 3 (mapped) and an unknown one,
rounds of one evaluation date (ordered by label)."""

from __future__ import annotations

import random
from pathlib import Path

from fourlayer.rounds.history_store import RoundInfo, StoredAgency, StoredEntry, StoredError, record_round

NAMES = (
    "Sở Nội vụ",
    "sở  nội VỤ",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Y  tế",
    "UBND huyện A",
    "Ủy ban huyện A",
    "Sở Giáo dục",
    "Sở Xây dựng",
    "Sở Công Thương",
)
CODES = (None, "A1", "a1", "A2", "B1", "B2", "C1", "C2", "C3", "D1", " d1 ")
LAYER_STATUSES = ("met", "partially_met", "not_met", "not_applicable", "met")
VERDICTS = ("compliant", "partially_compliant", "non_compliant")
OUTCOMES = ("pass", "partial", "fail", "waived", "not_applicable", "fail")
CONTROLS = ("L1.01", "L1.02", "L2.01", "L3.01", "L4.02")
VERSIONS = ("1", "1", "1", "2", "3", "9")


def _agency(rng: random.Random, version: str) -> StoredAgency:
    name, code = rng.choice(NAMES), rng.choice(CODES)
    score = rng.choice((None, 0.0, 12.5, 33.33, 50.0, 66.67, 87.5, 100.0, round(rng.uniform(0, 100), 2)))
    layers = tuple(
        (n, rng.choice(LAYER_STATUSES), rng.choice((None, 0.0, 50.0, 100.0)))
        for n in (1, 2, 3, 4)
        if rng.random() < 0.9
    )
    results = tuple(
        dict.fromkeys(
            (
                rng.choice(CONTROLS),
                rng.choice((None, "portal", "mail")),
                rng.choice(OUTCOMES),
                rng.choice(("", "overdue", "not_implemented overdue")),
            )
            for _ in range(rng.randrange(4))
        )
    )
    return StoredAgency(
        name,
        code,
        None,
        f"{name}-{rng.randrange(99)}.yaml",
        None,
        "2026-03-01",
        "four-layer",
        version,
        rng.choice(VERDICTS),
        score,
        layers,
        results,
    )


def write_random_history(path: Path, seed: int, *, rounds: int | None = None, agencies: int | None = None) -> None:
    """A history of up to 7 rounds (``rounds``) of up to 9 agencies each (``agencies``)."""
    rng = random.Random(seed)
    count = rng.randrange(1, 8) if rounds is None else rounds
    for number in range(count):
        version = rng.choice(VERSIONS)
        size = rng.randrange(0, 10) if agencies is None else agencies
        items = [_agency(rng, version) for _ in range(size)]
        roster = []
        if rng.random() < 0.5:
            roster = [
                StoredEntry(rng.choice(NAMES), rng.choice(CODES), status, None if status == "missing" else "x.yaml")
                for status in (rng.choice(("submitted", "unreadable", "missing")) for _ in range(rng.randrange(5)))
            ]
        errors = [
            StoredError(f"bad-{k}.yaml", "yaml-syntax", rng.choice((None, *NAMES)), rng.choice(CODES))
            for k in range(rng.randrange(3))
        ]
        info = RoundInfo(
            f"R{rng.randrange(20):02d}-{number}",
            f"2026-0{rng.randrange(1, 4)}-1{rng.randrange(3)}",
            "four-layer",
            version,
            rng.random() < 0.5,
            size + len(errors),
            size,
            len(errors),
            "0.0.0",
            "roster.csv" if roster or rng.random() < 0.3 else None,
        )
        record_round(path, info, items, errors, roster=roster)
