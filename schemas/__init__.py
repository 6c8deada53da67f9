"""Bundled JSON Schemas, shipped inside the package as ``fourlayer.schemas``."""
