"""Across a corpus: one speaker, one quote, and the report."""
