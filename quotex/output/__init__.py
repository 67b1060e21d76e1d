"""Out: the record model, its schema and fields, renderers, views, sidecar files and progress."""
