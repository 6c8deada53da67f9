"""The model and its judgement: the assessment, the checklist, the evaluation of one against
the other on a date, and the yearly report (Form 08) computed from them. Nothing here
reads files, except the bundled checklists.
"""
