"""The reports of ``check`` (and of ``validate`` and ``checklist lint``, which share their
formats): one module per ``--format``.
"""
