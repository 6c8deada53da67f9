"""Compiled happy-path schema validators, one module per schema (see scripts/compile_schemas.py)."""
