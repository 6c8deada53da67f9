"""fourlayer: checks self-assessments against the four-layer protection model."""
