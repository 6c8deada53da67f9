"""How a fourlayer process uses Python's garbage collector.

A run builds and drops hundreds of thousands of small containers per file (the parsed
YAML, the model, the results). With the collector's defaults, a young collection runs every
700 new containers and the older generations are walked again and again, with every module,
the checklist and the audit's rows in them: about a tenth of an audit's time went there
(measured in ``bench/RESULTS.md``). What a run allocates is almost all acyclic and freed by
reference counting; the collector is kept for the rare cycle (a file with recursive aliases),
only less eager:

* what exists once start-up is done (modules, the command line, the checklist) is moved out
  of the collector's view (:func:`gc.freeze`), since it lives until the process exits;
* a young collection waits for 20,000 new containers instead of 700, and the older
  generations are walked 20 times less often than that.
"""

from __future__ import annotations

import gc

YOUNG = 20_000
"""New containers (net of those freed) before a young collection."""
OLDER = 20
"""Young (then middle) collections before the next generation is walked."""


def settle() -> None:
    """Tune the collector for a batch run; call once start-up is done (and in each worker).

    Only the first call in a process freezes: a process that runs the command line several
    times (the test suite does, in-process) would otherwise make each earlier run's
    uncollected garbage permanent."""
    if gc.get_threshold()[0] != YOUNG:
        gc.freeze()
    gc.set_threshold(YOUNG, OLDER, OLDER)
