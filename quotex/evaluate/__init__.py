"""Scoring quotex against gold annotations."""
