"""The one exception type that library code raises for bad input or setup."""


class QuotexError(Exception):
    """A problem the user can fix: bad input, a missing model, a bad option."""


class UsageError(QuotexError):
    """A problem with how quotex was asked to run (a model that cannot load, an
    output file that cannot be made, options that disagree): exit code 2."""
