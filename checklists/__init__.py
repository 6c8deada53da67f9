"""Bundled checklists, shipped inside the package as ``fourlayer.checklists``."""
