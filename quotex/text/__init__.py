"""Text in: decoding bytes, reading HTML pages and inputs, finding quote marks, and tags for fast mode."""
