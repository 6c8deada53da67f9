"""The reports of ``checklist list`` and ``checklist show``."""
