"""Training and measuring on annotated news: parsed corpora, cross-validation, trainers."""
