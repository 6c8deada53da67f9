"""fourlayer's benchmark: times and ratios measured in one run, on the same generated files.

One command, from the repository root: see bench/README.md (a fresh virtual environment with
fourlayer installed as users install it, and check-jsonschema to compare with).

Options: --files N (default 1,000), --repeat K (default 5), --no-large (skip 10 × N).

It generates N deterministic agency assessments (tests/generate.py), then measures, each
several times, reporting medians:

  (a) floor       one Python process loading every file with yaml.load(CSafeLoader)
  (b) audit j1    fourlayer audit --jobs 1 --format json -o FILE
  (c) audit j2    fourlayer audit --jobs 2 --format json -o FILE
  (d) validate    fourlayer validate --format json -o FILE
  (e) check-jsonschema with schemas/assessment.schema.json on 200 of the files (if installed),
      against fourlayer validate on the same 200
  (f) peak RSS of audit --jobs 1 at N and at 10 × N files
  (g) start-up: fourlayer --version, python -c "import click, yaml, rich.console, rich.table"
      (the libraries a check needs, imported and nothing else), and fourlayer check of one
      generated agency with about 25 gaps (a typical non-compliant agency) with its default
      console report and with --quiet, against python -c pass
  (h) audit --record (into a history file, --replace-round) against the same audit without it
  (i) audit --format xlsx and --format html against --format json
  (j) check of that agency as a filled workbook (fourlayer convert) against check of its YAML
  (k) history of a generated file of 200 rounds × 2,000 agencies (--history-rounds,
      --history-agencies; --no-history skips it): time and peak RSS of each of --format json,
      console and html (the target: under 10 s and 500 MB each)

and prints the table and the ratios against the targets of the speed issue. Results are
also written to bench/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "tests"))

PYTHON = sys.executable
# the installed console script, as users run it (never the source tree: commands run in OUT)
_SCRIPT = Path(PYTHON).with_name("fourlayer")
FOURLAYER = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "fourlayer"]
AS_OF = "2026-11-27"
FLOOR = """
import sys, yaml
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as handle:
        yaml.load(handle, Loader=yaml.CSafeLoader)
"""
STACK = "import click, yaml, rich.console, rich.table"
PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


HISTORY = """
import sqlite3, sys
from fourlayer.rounds.history_store import RoundInfo, StoredAgency, record_round
path, rounds, agencies = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def info(r):
    year, quarter = 2000 + r // 4, r % 4 + 1
    return RoundInfo(f"{year}-Q{quarter}", f"{year}-{3 * quarter:02d}-28", "four-layer", "1", True, agencies,
                     agencies, 0, "bench")

def agency(a, r, as_of):
    score = float((a * 7 + r * 13) % 101)
    return StoredAgency(f"Cơ quan {a}", f"CQ{a:04d}", "Tỉnh", f"so/{a}.yaml", None, as_of, "four-layer", "1",
                        "non_compliant" if score < 50 else "compliant", score,
                        tuple((n, "met" if (a + n + r) % 3 else "not_met", score) for n in (1, 2, 3, 4)),
                        tuple((f"L{n}.0{k}", None, "fail" if (a + k + r) % 4 == 0 else "pass", "")
                              for n in (1, 2) for k in (1, 2, 3)))

first = info(0)  # through the store: its schema and marks; the other rounds in bulk
record_round(path, first, (agency(a, 0, first.as_of) for a in range(agencies)), ())
db = sqlite3.connect(path, isolation_level=None)
db.execute("BEGIN")
next_id = db.execute("SELECT max(id) + 1 FROM agencies").fetchone()[0]
for r in range(1, rounds):
    i = info(r)
    rid = db.execute("INSERT INTO rounds(label, as_of, checklist_id, checklist_version, waivers, files, agencies,"
                     " errors, tool_version) VALUES (?, ?, ?, ?, 'applied', ?, ?, 0, 'bench')",
                     (i.label, i.as_of, i.checklist_id, i.checklist_version, agencies, agencies)).lastrowid
    for a in range(agencies):
        item = agency(a, r, i.as_of)
        db.execute("INSERT INTO agencies VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)",
                   (next_id, rid, a, item.identity, item.name, item.code, item.province, item.source,
                    item.assessed_on, item.checklist_id, item.checklist_version, item.verdict, item.score))
        db.executemany("INSERT INTO layers VALUES (?, ?, ?, ?)", ((next_id, *x) for x in item.layers))
        db.executemany("INSERT INTO results VALUES (?, ?, ?, ?, ?)", ((next_id, *x) for x in item.results))
        next_id += 1
db.execute("COMMIT")
"""


def measure_history(results: dict[str, float | int | None], rounds: int, agencies: int) -> None:
    """(k): a history of ``rounds`` × ``agencies``, shown in three formats (time, peak RSS)."""
    path = OUT / f"history-{rounds}x{agencies}.sqlite"
    if not path.exists():
        print(f"generating a history of {rounds} rounds × {agencies} agencies …", flush=True)
        subprocess.run([PYTHON, "-c", HISTORY, str(path), str(rounds), str(agencies)], check=True, cwd=OUT)
    for fmt in ("json", "console", "html"):
        command = [*FOURLAYER, "history", str(path), "--format", fmt, "-o", str(OUT / f"history.{fmt}")]
        print(f"timing history --format {fmt} …", flush=True)
        results[f"history_{fmt}"] = timed(command, 1, ok_codes=(0,))
        results[f"history_{fmt}_rss_kib"] = peak_rss_kib(command)


def files_in(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.yaml"))


def generate(folder: Path, count: int) -> list[str]:
    from generate import write_agencies

    if folder.exists() and len(files_in(folder)) == count:
        return files_in(folder)
    shutil.rmtree(folder, ignore_errors=True)
    write_agencies(folder, count, seed=2026)
    return files_in(folder)


def timed(command: list[str], repeat: int, ok_codes: tuple[int, ...] = (0, 1)) -> float:
    """Median wall-clock seconds of ``command`` over ``repeat`` runs (after one warm-up)."""
    times = []
    for attempt in range(repeat + 1):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, cwd=OUT)
        elapsed = time.perf_counter() - start
        if done.returncode not in ok_codes:
            raise SystemExit(f"{' '.join(command[:6])} … exited {done.returncode}: {done.stderr.decode()[-500:]}")
        if attempt:  # the first run warms the file cache and the .pyc files
            times.append(elapsed)
    return statistics.median(times)


def gaps(path: str) -> int:
    """How many (control, target) pairs of ``path`` are not passed (fail or partial)."""
    done = subprocess.run(
        [*FOURLAYER, "check", path, "--as-of", AS_OF, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=OUT,
    )
    results = json.loads(done.stdout)["reports"][0]["results"]
    return sum(1 for r in results if r["outcome"] in ("fail", "partial"))


def typical_agency(files: list[str], wanted: int = 25) -> str:
    """The first generated file whose number of gaps is closest to ``wanted`` (deterministic)."""
    best, best_distance = files[0], None
    for path in files[:60]:
        distance = abs(gaps(path) - wanted)
        if best_distance is None or distance < best_distance:
            best, best_distance = path, distance
        if distance == 0:
            break
    return best


def peak_rss_kib(command: list[str]) -> int:
    done = subprocess.run([PYTHON, "-c", PEAK_RSS, *command], capture_output=True, text=True, check=True, cwd=OUT)
    return int(done.stdout.strip())


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"python": platform.python_version(), "system": platform.platform(), "cpu": cpu, "cpus": str(os.cpu_count())}


def measure_one_file(results: dict[str, float | int | None], files: list[str], example: str, repeat: int) -> None:
    """Start-up and one-file checks: what pre-commit and an editor run on every save."""
    results["python_pass"] = timed([PYTHON, "-c", "pass"], repeat)
    results["version"] = timed([*FOURLAYER, "--version"], repeat)
    # what importing the libraries a check cannot do without costs by itself: click (the
    # command line), PyYAML (the file) and rich (the console report)
    results["stack_floor"] = timed([PYTHON, "-c", STACK], repeat)
    typical = typical_agency(files)
    workbook = OUT / "typical.xlsx"
    workbook.unlink(missing_ok=True)
    subprocess.run(
        [*FOURLAYER, "convert", typical, "-o", str(workbook)], check=True, cwd=OUT, stdout=subprocess.DEVNULL
    )
    results["typical_gaps"] = gaps(typical)
    results["check_one"] = timed([*FOURLAYER, "check", typical, "--as-of", AS_OF], repeat)
    results["check_one_quiet"] = timed([*FOURLAYER, "check", typical, "--as-of", AS_OF, "--quiet"], repeat)
    results["check_one_xlsx"] = timed([*FOURLAYER, "check", str(workbook), "--as-of", AS_OF], repeat)
    results["check_example"] = timed([*FOURLAYER, "check", example, "--as-of", AS_OF, "--quiet"], repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="N, the number of generated files")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument("--no-large", action="store_true", help="skip the 10 × N memory measurement")
    parser.add_argument("--history-rounds", type=int, default=200, help="rounds of the generated history (k)")
    parser.add_argument("--history-agencies", type=int, default=2000, help="agencies per round of it (k)")
    parser.add_argument("--no-history", action="store_true", help="skip the history measurement (k)")
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    data_dir = OUT / f"agencies-{args.files}"
    print(f"generating {args.files} files in {data_dir} …", flush=True)
    files = generate(data_dir, args.files)
    sizes = [Path(f).stat().st_size for f in files]
    example = str(ROOT / "examples" / "so-y-te-nghe-an.yaml")
    report = str(OUT / "audit.json")
    results: dict[str, float | int | None] = {}

    steps = {
        "floor": [PYTHON, "-c", FLOOR, *files],
        "audit_j1": [
            *FOURLAYER,
            "audit",
            str(data_dir),
            "--jobs",
            "1",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "-o",
            report,
        ],
        "audit_j2": [
            *FOURLAYER,
            "audit",
            str(data_dir),
            "--jobs",
            "2",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "-o",
            report,
        ],
        "validate": [*FOURLAYER, "validate", str(data_dir), "--format", "json", "-o", str(OUT / "validate.json")],
    }
    checker = shutil.which("check-jsonschema", path=str(Path(PYTHON).parent)) or shutil.which("check-jsonschema")
    history = OUT / "history.sqlite"
    history.unlink(missing_ok=True)
    steps["audit_record"] = [*steps["audit_j1"], "--record", str(history), "--round", "bench", "--replace-round"]
    steps["audit_xlsx"] = [
        *FOURLAYER,
        "audit",
        str(data_dir),
        "--jobs",
        "1",
        "--as-of",
        AS_OF,
        "--format",
        "xlsx",
        "-o",
        str(OUT / "audit.xlsx"),
    ]
    steps["audit_html"] = [
        *FOURLAYER,
        "audit",
        str(data_dir),
        "--jobs",
        "1",
        "--as-of",
        AS_OF,
        "--format",
        "html",
        "-o",
        str(OUT / "audit.html"),
    ]
    subset = files[:200]
    steps["validate_200"] = [*FOURLAYER, "validate", *subset, "--format", "json", "-o", str(OUT / "validate.json")]
    if checker:
        steps["check_jsonschema"] = [checker, "--schemafile", str(ROOT / "schemas" / "assessment.schema.json"), *subset]
    for name, command in steps.items():
        print(f"timing {name} …", flush=True)
        results[name] = timed(command, args.repeat)
    if not checker:
        results["check_jsonschema"] = None
        print("check-jsonschema is not installed: pip install -r bench/requirements.txt", flush=True)

    startup_repeat = max(args.repeat * 4, 10)
    measure_one_file(results, files, example, startup_repeat)

    print("measuring peak memory …", flush=True)
    results["rss_n_kib"] = peak_rss_kib(steps["audit_j1"])
    if not args.no_large:
        large_dir = OUT / f"agencies-{args.files * 10}"
        generate(large_dir, args.files * 10)
        results["rss_10n_kib"] = peak_rss_kib(
            [*FOURLAYER, "audit", str(large_dir), "--jobs", "1", "--as-of", AS_OF, "--format", "json", "-o", report]
        )
    else:
        results["rss_10n_kib"] = None

    if not args.no_history:
        measure_history(results, args.history_rounds, args.history_agencies)

    print_report(results, files, sizes, args.repeat, startup_repeat)
    (OUT / "results.json").write_text(
        json.dumps({"machine": machine(), "files": len(files), "repeat": args.repeat, "results": results}, indent=2)
        + "\n"
    )
    return 0


def print_report(
    results: dict[str, float | int | None], files: list[str], sizes: list[int], repeat: int, startup_repeat: int
) -> None:
    def ratio(a: str, b: str) -> float | None:
        first, second = results.get(a), results.get(b)
        return None if first is None or second is None else first / second

    targets = [
        (
            f"check one file ({results.get('typical_gaps')} gaps, console report) / python -c pass",
            ratio("check_one", "python_pass"),
            "<=",
            8.0,
        ),
        ("check one file --quiet / python -c pass", ratio("check_one_quiet", "python_pass"), "<=", 8.0),
        ("(reference) import click, yaml, rich / python -c pass", ratio("stack_floor", "python_pass"), "<=", 8.0),
        ("peak RSS 10N / N", ratio("rss_10n_kib", "rss_n_kib"), "<=", 1.2),
        ("audit --jobs 1 / floor", ratio("audit_j1", "floor"), "<=", 1.3),
        ("check-jsonschema / validate (200 files)", ratio("check_jsonschema", "validate_200"), ">=", 15.0),
        ("audit --record / audit", ratio("audit_record", "audit_j1"), "<=", 1.15),
        ("audit --format xlsx / --format json", ratio("audit_xlsx", "audit_j1"), "<=", 1.3),
        ("audit --format html / --format json", ratio("audit_html", "audit_j1"), "<=", 1.3),
        ("check of the workbook / check of the YAML", ratio("check_one_xlsx", "check_one"), "<=", 3.0),
        ("audit --jobs 2 / audit --jobs 1", ratio("audit_j2", "audit_j1"), "<=", 0.6),
        ("--version / python -c pass", ratio("version", "python_pass"), "<=", 3.0),
    ]
    print()
    print(f"typical agency: {results.get('typical_gaps')} gaps")
    print(
        f"N = {len(files)} files, {statistics.mean(sizes) / 1024:.1f} KiB on average; "
        f"median of {repeat} runs ({startup_repeat} for start-up)"
    )
    print(f"machine: {machine()}")
    print()
    print("| measurement | median |")
    print("|---|---|")
    for name in (
        "floor",
        "audit_j1",
        "audit_j2",
        "audit_record",
        "audit_xlsx",
        "audit_html",
        "validate",
        "validate_200",
        "check_jsonschema",
        "python_pass",
        "stack_floor",
        "version",
        "check_one",
        "check_one_quiet",
        "check_one_xlsx",
        "check_example",
    ):
        value = results[name]
        shown = "not measured" if value is None else f"{value * 1000:.0f} ms" if value < 10 else f"{value:.2f} s"
        print(f"| {name} | {shown} |")
    for name in ("rss_n_kib", "rss_10n_kib"):
        value = results[name]
        print(f"| {name.replace('_kib', '')} | {'not measured' if value is None else f'{value / 1024:.1f} MiB'} |")
    for fmt in ("json", "console", "html"):  # (k): the target is under 10 s and 500 MB each
        seconds, rss = results.get(f"history_{fmt}"), results.get(f"history_{fmt}_rss_kib")
        if seconds is not None and rss is not None:
            print(f"| history {fmt} | {seconds:.2f} s, {rss / 1024:.0f} MiB |")
    print()
    print("| target | measured | goal | met |")
    print("|---|---|---|---|")
    for label, value, op, goal in targets:
        if value is None:
            print(f"| {label} | not measured | {op} {goal} | — |")
            continue
        met = value <= goal if op == "<=" else value >= goal
        print(f"| {label} | {value:.2f} | {op} {goal} | {'yes' if met else 'NO'} |")


if __name__ == "__main__":
    sys.exit(main())
