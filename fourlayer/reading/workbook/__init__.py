"""The self-assessment as a workbook (``.xlsx``): read, checked before it is trusted, written.

* :mod:`fourlayer.reading.workbook.safety` looks at the zip archive before any XML is parsed:
  member sizes and ratios (zip bombs), macros, external links, embedded objects, DTDs.
* :mod:`fourlayer.reading.workbook.reader` turns a workbook into the same plain data the YAML
  loader gives, plus a locator (data path → sheet, row, column), so validation, the
  model and the evaluation do not know which format a file came in.
* :mod:`fourlayer.authoring.workbook_writer` writes the workbook ``init`` and ``convert`` produce.
* :mod:`fourlayer.reading.workbook.layout` is what reader and writer share: sheet roles, the
  YAML key of each column, the status and evidence-kind labels.

openpyxl (reading) and XlsxWriter (writing) are imported only inside these modules,
which are imported only when a workbook is involved.
"""

from __future__ import annotations

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
"""Suffixes read as workbooks (``.xlsm`` only to be refused: macros are never accepted)."""


def is_workbook(path: str) -> bool:
    return path.lower().endswith(WORKBOOK_SUFFIXES)
