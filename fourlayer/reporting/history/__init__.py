"""The reports of ``history``: one module per ``--format``."""
