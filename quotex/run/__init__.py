"""Running the pipeline: the spaCy component, the model loader, batching, and engines (here, workers, Dask)."""
