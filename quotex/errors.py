"""The one exception type that library code raises for bad input or setup."""


class QuotexError(Exception):
    """A problem the user can fix: bad input, a missing model, a bad option."""
