"""The reports of ``audit``: one module per ``--format``."""
