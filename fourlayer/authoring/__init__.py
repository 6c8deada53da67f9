"""Authoring: the files fourlayer writes for officers to fill in — the ``init`` template
(YAML or workbook), ``convert`` between the two, ``migrate`` to another checklist version.
"""
