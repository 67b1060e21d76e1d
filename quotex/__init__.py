"""quotex: find quoted speech in news text and say who said each quote."""

from .output.model import Cue, Mention, Quote, Speaker

__version__ = "0.1.0"
__all__ = ["Cue", "Mention", "Quote", "Speaker", "__version__"]
