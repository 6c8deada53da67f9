"""The yearly report (Decree 331/2026 Form 08) of ``check`` and ``audit``: ``--format
form08`` (docx) and ``--format form08-xlsx``.
"""
