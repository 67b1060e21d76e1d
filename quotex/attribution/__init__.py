"""Who said it: cues, speakers, reported speech and the attributor that puts them together."""
