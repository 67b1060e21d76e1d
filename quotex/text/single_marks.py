"""Single quotation marks: which ones quote and which are apostrophes.

``'We will deliver Brexit.'`` quotes; ``the horses' carrots``, ``'90s``,
``rock 'n' roll``, ``O'Neill`` and ``Jones'`` do not. No spaCy here: one
left-to-right pass over each paragraph, so the work is linear in its length.
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Optional

from .. import lexicon as lx

STRAIGHT_SINGLE = "'"
SINGLE_MARKS = frozenset("'\u2018\u2019")
OPENING = frozenset("'\u2018")
CLOSING = frozenset("'\u2019")
# Characters that may sit right before an opening single mark or right after a closing one.
_BEFORE_OPEN = frozenset("([{\u2014\u2013-/\"\u201c\u201e\u00ab")
_AFTER_CLOSE = frozenset(".,;:!?)]}\u2014\u2013-/\u2026\"\u201d\u00bb*")
_SINGLE = re.compile("['\u2018\u2019]")
_ELISION = re.compile(r"['\u2018\u2019](?:\d\d(?!\d)|(?:%s)(?![^\W_]))" % "|".join(lx.ELISIONS), re.I)
_LINE_LEAD = " \t\u00a0\u2014\u2013-*\u2022"


class SinglePair(NamedTuple):
    """A pair of single marks: the offsets of the opening mark and of the closing one.

    ``close`` is the paragraph's end when ``closed`` is False (a quote that runs on
    into the next paragraph). A closing mark may be a double mark: ``'AMANDA, …," she said``.
    """

    open: int
    close: int
    closed: bool


def _in_run(text: str, i: int) -> bool:
    """Two straight marks in a row (``''``) stand for a double mark, as some archives type it."""
    return text[i] == STRAIGHT_SINGLE and (text[i - 1:i] == STRAIGHT_SINGLE or text[i + 1:i + 2] == STRAIGHT_SINGLE)


def opens(text: str, i: int, lo: int, hi: int) -> bool:
    """Can the single mark at ``text[i]`` open a quote: after a space, before a word, not an elision?"""
    if text[i] not in OPENING or _in_run(text, i):
        return False
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if not (prev.isspace() or prev in _BEFORE_OPEN) or nxt.isspace() or nxt in _AFTER_CLOSE and nxt != "\u2026":
        return False
    return _ELISION.match(text, i) is None


def closes(text: str, i: int, lo: int, hi: int) -> bool:
    """Can the single mark at ``text[i]`` close a quote: after a word, before a space or punctuation?"""
    if text[i] not in CLOSING or _in_run(text, i):
        return False
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isspace() or prev in _BEFORE_OPEN or not (nxt.isspace() or nxt in _AFTER_CLOSE):
        return False
    return not _ends_elision(text, i, lo)


def _ends_elision(text: str, i: int, lo: int) -> bool:
    """The second mark of ``'n'``: 'rock 'n' roll'."""
    return i - 2 >= lo and text[i - 1] in "nN" and text[i - 2] in SINGLE_MARKS


def is_weak_close(text: str, i: int, hi: int) -> bool:
    """A closing mark that is as likely an apostrophe: a plural possessive or a dropped g
    followed by a word ('the horses' carrots', 'Jones' car', 'goin' home')."""
    after = text[i + 1:min(i + 3, hi)]
    if len(after) < 2 or not after[0].isspace() or not (after[1].isalnum() or after[1] in SINGLE_MARKS):
        return False
    return text[i - 1:i] in ("s", "S", "z", "x") or text[i - 2:i].lower() == "in"


def _opens_sentence(text: str, i: int, lo: int, hi: int) -> bool:
    """Does the mark at ``i`` open a sentence, after another's end and before a capital ('… he says. 'The')?"""
    before = text[lo:i]
    return i + 1 < hi and text[i + 1].isupper() and before[-1:].isspace() and before.rstrip()[-1:] in (".", "!", "?")


def pairs(text: str, lo: int, hi: int, skip: Iterable[tuple[int, int]] = (),
          extra_closers: Iterable[int] = ()) -> list[SinglePair]:
    """The single-mark quotes of the paragraph ``text[lo:hi]``, outside the ``skip`` ranges.

    An opening mark pairs with the first closing mark after it. A weak closing mark
    (``is_weak_close``) closes only when nothing stronger follows before the next
    opening mark or the paragraph's end. ``extra_closers`` are stray double marks
    that may close a quote a single mark opened. A quote that never closes counts
    only when its mark opens the paragraph or a sentence, or follows a colon (it runs on
    into the next paragraph: "'Everything,' he says. 'The rain the night before. …"):
    otherwise its mark was an apostrophe.
    """
    marks = sorted([(m.start(), False) for m in _SINGLE.finditer(text, lo, hi)]
                   + [(i, True) for i in extra_closers])
    ranges = sorted(skip)
    out: list[SinglePair] = []
    open_at: Optional[int] = None
    weak: Optional[int] = None
    r = 0
    for i, double in marks:
        while r < len(ranges) and ranges[r][1] <= i:
            r += 1
        if r < len(ranges) and ranges[r][0] <= i:
            continue
        if open_at is None:
            if not double and opens(text, i, lo, hi):
                open_at, weak = i, None
        elif double or closes(text, i, lo, hi) and not is_weak_close(text, i, hi):
            out.append(SinglePair(open_at, i, True))
            open_at = None
        elif closes(text, i, lo, hi):
            weak = i if weak is None else weak
        elif weak is not None and opens(text, i, lo, hi):
            out.append(SinglePair(open_at, weak, True))
            open_at, weak = i, None
    if open_at is not None:
        if weak is not None:
            out.append(SinglePair(open_at, weak, True))
        elif not text[lo:open_at].strip(_LINE_LEAD) or text[lo:open_at].rstrip().endswith(":") \
                or _opens_sentence(text, open_at, lo, hi):
            out.append(SinglePair(open_at, hi, False))
    return out
