"""The collector is tuned once per process (fourlayer/collector.py)."""

from __future__ import annotations

import subprocess

from conftest import PYTHON

PROBE = """
import gc
from fourlayer.collector import OLDER, YOUNG, settle
settle()
first = gc.get_freeze_count()
garbage = [[i] for i in range(5000)]
settle()
assert gc.get_freeze_count() == first, (first, gc.get_freeze_count())
assert gc.get_threshold() == (YOUNG, OLDER, OLDER)
print("ok")
"""


def test_only_the_first_settle_in_a_process_freezes():
    done = subprocess.run([*PYTHON, "-c", PROBE], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr
