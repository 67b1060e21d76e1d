"""Quote-mark scanning on plain text: paragraphs, quote spans, continuation.

No spaCy here. One left-to-right pass per paragraph, so the work is linear
in the length of the text, and a stray mark can at worst open a quote that
ends with its own paragraph: it never swallows the rest of the document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator, Literal, NamedTuple, Optional

from .. import lexicon as lx
from . import single_marks
from .single_marks import SINGLE_MARKS

# Double marks and their direction. Straight quotes have none: context decides.
OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
CLOSERS = {"\u201d", "\u00bb"}
STRAIGHT = '"'
DOUBLE_MARKS = frozenset(OPENERS) | CLOSERS | {STRAIGHT}
# Two straight apostrophes in a row, as some archives (and PolNeAR's New York Times articles) type a double mark.
APOSTROPHES = "''"
# Characters that may sit right before an opening mark or right after a closing one.
_OPEN_CONTEXT = set("([{\u2014\u2013-/\u2018'") | set(OPENERS)
_CLOSE_CONTEXT = set(".,;:!?)]}\u2014\u2013-/\u2026\u2019'*") | CLOSERS
_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")
_MARK_OR_APOSTROPHES = re.compile(_MARK.pattern + "|(?<!')'''?(?!')")  # two apostrophes, or three
_THREE = APOSTROPHES + "'"  # a single mark beside two apostrophes: it opens or closes inside them
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,1000}>")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")
# A split quote: '"A," he said, "B."' - the gap is a short clause with no sentence end.
_SPLIT_GAP = re.compile(r"[^.!?\"\u201c\u201d\u00ab\u00bb\n]{1,100}[,:\u2014]")
_MAX_SPLIT_GAP_WORDS = 12

_CAN_CLOSE = CLOSERS | {STRAIGHT}
_MISMATCH_END = frozenset(",.?!\u2026\u2014-")
Marks = Literal["double", "single", "guillemet", "mixed", "apostrophes"]
MARKS: tuple[str, ...] = ("double", "single", "guillemet", "mixed", "apostrophes")
_KIND = {**{c: "double" for c in '"\u201c\u201d\u201e\u201f'}, "\u00ab": "guillemet", "\u00bb": "guillemet",
         **{c: "single" for c in SINGLE_MARKS}}


@dataclass(frozen=True)
class Paragraph:
    """A non-blank line of the text; ``start``/``end`` exclude the line break."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class QuoteSpan:
    """Text between a pair of marks (marks excluded).

    ``group`` joins the fragments of one quotation: the paragraphs of a
    multi-paragraph quote and the halves of a split quote.
    ``closed`` is False when the paragraph ended before a closing mark.
    ``marks`` says which marks enclose it: ``mixed`` when the closing mark is not
    of the opening mark's kind (``'AMANDA, you stabbed me," she said``).
    """

    start: int
    end: int
    paragraph: int
    group: int
    closed: bool
    marks: Marks = "double"


class _Raw(NamedTuple):
    """A quote found in one paragraph: from just after its opening mark to its closing
    mark (or the paragraph's end when ``closed`` is False)."""

    start: int
    end: int
    closed: bool
    marks: str


def paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into non-blank lines, numbered from 0."""
    out: list[Paragraph] = []
    pos = 0
    for brk in _LINE_BREAK.finditer(text):
        _add_paragraph(out, text, pos, brk.start())
        pos = brk.end()
    _add_paragraph(out, text, pos, len(text))
    return out


def _add_paragraph(out: list[Paragraph], text: str, start: int, end: int) -> None:
    if text[start:end].strip():
        out.append(Paragraph(len(out), start, end))


def _flanking(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can_open, can_close) for the mark at ``text[i]`` within [lo, hi)."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev == "=" or nxt == ">":
        return False, False  # markup: 'author="x">' wrapped over lines
    can_open = not nxt.isspace() and (prev.isspace() or prev in _OPEN_CONTEXT)
    can_close = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_CONTEXT)
    return can_open, can_close


def _mark_at(text: str, i: int) -> str:
    """The mark at ``text[i]``: one character, or two apostrophes typed for a double mark."""
    return APOSTROPHES if text.startswith(APOSTROPHES, i) else text[i]


def _apostrophes_role(text: str, i: int, lo: int, hi: int, stack: list[str]) -> Optional[str]:
    """'open', 'close' or None for two apostrophes at ``text[i]``: like a straight double mark,
    which closes whatever two apostrophes opened ('against 'Primates of Park Avenue,'  '' Ms. Ferriss noted')."""
    if stack and stack[-1] == APOSTROPHES:
        return "close"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 2] if i + 2 < hi else " "
    if not nxt.isspace() and (prev.isspace() or prev in _OPEN_CONTEXT):
        return "open"
    return "close" if stack and not prev.isspace() else None


def _mark_role(text: str, i: int, lo: int, hi: int, stack: list[str]) -> Optional[str]:
    """'open', 'close' or None (ignore) for the mark at ``text[i]``, given the open marks."""
    ch = _mark_at(text, i)
    if ch == APOSTROPHES:
        return _apostrophes_role(text, i, lo, hi, stack)
    can_open, can_close = _flanking(text, i, lo, hi)
    if ch in OPENERS:
        if stack and can_close and not can_open:
            return "close"  # a mis-typed closing mark: 'word“ next'
        return "open"
    if ch in CLOSERS:
        if not stack:
            return "open" if can_open and not can_close else None
        return "close"
    # A straight mark closes a straight quote; otherwise its flanks decide.
    if stack and stack[-1] == STRAIGHT:
        return "close"
    if not can_open and not can_close and (text[i - 1:i] == "=" or text[i + 1:i + 2] == ">"):
        return None
    if can_open and not can_close:
        return "open"
    if stack:
        return "close"
    if can_close:
        return None  # a stray closer ('6'2" tall')
    inside_word = text[i - 1:i].isalnum() and text[i + 1:i + 2].isalnum()
    return None if inside_word else "open"


def _mark_positions(text: str, lo: int, hi: int) -> Iterator[int]:
    """Offsets of double quote marks in [lo, hi), two apostrophes typed for one included,
    found by a compiled scan (the longer one only where two apostrophes are)."""
    pattern = _MARK_OR_APOSTROPHES if text.find(APOSTROPHES, lo, hi) >= 0 else _MARK
    return (m.start() for m in pattern.finditer(text, lo, hi))


def _markup_ranges(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of markup tags ('<tweet author="x">'): their marks are not quotes."""
    return [m.span() for m in _TAG.finditer(text, lo, hi)]


def _starts_with_opener(text: str, para: Paragraph, openers: set[str]) -> bool:
    body = text[para.start:para.end].lstrip()
    return bool(body) and (body[0] in openers or body.startswith(APOSTROPHES))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_quotes(text: str, para: Paragraph) -> list[_Raw]:
    """Each quote in double marks (or guillemets) in one paragraph.

    Marks nest on a stack; a quote is the text inside its outermost pair.
    """
    lo, hi = para.start, para.end
    tags = _markup_ranges(text, lo, hi)
    t = 0  # the first tag that does not end before the current mark
    stack: list[str] = []
    open_at = last_close = -1
    out: list[_Raw] = []
    for i in _mark_positions(text, lo, hi):
        while t < len(tags) and tags[t][1] <= i:
            t += 1
        if t < len(tags) and tags[t][0] <= i:
            continue
        if text.startswith(_THREE, i) and stack and stack[-1] == APOSTROPHES:
            i += 1  # ("''had me at 'independence,''' he wrote": a nested single mark closes, then the two)
        role = _mark_role(text, i, lo, hi, stack)
        if role == "open" and stack == [text[i]] and text[i] in OPENERS and _after_sentence_end(text, i, open_at):
            # '“And I stood there. “And she said, …”': a second opening mark of the same kind
            # after a sentence end: the first quote was never closed, the new one starts here.
            out.append(_Raw(open_at, i, True, _kind_of(text, open_at, None)))
            stack.clear()
        if role == "open" and not stack and text[i + 1:i + 2] in DOUBLE_MARKS and text[i + 1] != text[i]:
            continue  # '"“You don't win …,” Rubio said …"': a passage quoted whole; its quotes are the quotes
        if role == "open":
            mark = _mark_at(text, i)
            if not stack:
                open_at, last_close = i + len(mark), -1
            stack.append(mark)
        elif role == "close" and stack:
            stack.pop()
            last_close = i
            if not stack:
                out.append(_Raw(open_at, i, True, _kind_of(text, open_at, i)))
    if stack:
        # Unclosed at the paragraph end: end at the last inner closer if there
        # was one ('"a “b” c'), else at the paragraph end.
        closed = last_close >= 0
        out.append(_Raw(open_at, last_close if closed else hi, closed, _kind_of(text, open_at, None)))
    return out


def _kind_of(text: str, open_at: int, close: Optional[int]) -> str:
    """The marks of a quote opened just before ``open_at`` and closed at ``close`` (None: unclosed)."""
    opening = "apostrophes" if text[open_at - 2:open_at] == APOSTROPHES else _KIND.get(text[open_at - 1], "double")
    if close is None:
        return opening
    closing = "apostrophes" if text.startswith(APOSTROPHES, close) else _KIND.get(text[close], opening)
    return opening if closing == opening else "mixed"


def with_apostrophes(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's offsets widened over the two apostrophes on either side of it, where they are."""
    return start - 2 * text.startswith(APOSTROPHES, start - 2), end + 2 * text.startswith(APOSTROPHES, end)


def apostrophe_quotes(text: str) -> list[tuple[int, int]]:
    """The quotes of ``text`` in two apostrophes, their marks included (as PolNeAR's spans have them)."""
    return [with_apostrophes(text, s.start, s.end) for s in scan(text) if s.marks == "apostrophes"]


def _with_marks(raw: _Raw) -> tuple[int, int]:
    """A quote's range with its marks: two characters each for two apostrophes."""
    width = 2 if raw.marks == "apostrophes" else 1
    return raw.start - width, raw.end + width


def _stray_closers(text: str, para: Paragraph, raws: list[_Raw]) -> list[int]:
    """Double marks outside every double-mark quote that can only close one: what a
    single mark may have opened ('AMANDA, you stabbed me," a stunned Anna Ramirez told her twin')."""
    lo, hi = para.start, para.end
    ranges = [_with_marks(r) for r in raws]
    tags = _markup_ranges(text, lo, hi)
    out = []
    for i in _mark_positions(text, lo, hi):
        if _inside(ranges, i) or _inside(tags, i) or text[i] not in _CAN_CLOSE:
            continue
        can_open, can_close = _flanking(text, i, lo, hi)
        if can_close and not can_open:
            out.append(i)
    return out


def _inside(ranges: list[tuple[int, int]], i: int) -> bool:
    """Is ``i`` in one of the sorted, disjoint half-open ``ranges``?"""
    n = bisect.bisect_right(ranges, (i, float("inf"))) - 1
    return n >= 0 and ranges[n][0] <= i < ranges[n][1]


def _paragraph_quotes(text: str, para: Paragraph, raws: list[_Raw], single_style: bool) -> list[_Raw]:
    """This paragraph's quotes once single marks are taken into account.

    In a document that quotes with single marks (``quotes_with_single_marks``), the
    single-mark quotes are the quotes, and double-mark quotes inside them are nested.
    Elsewhere single marks quote only when a stray double mark closes what one opened.
    """
    lo, hi = para.start, para.end
    strays = _stray_closers(text, para, raws)
    doubles = [_with_marks(r) for r in raws]
    singles = single_marks.pairs(text, lo, hi, () if single_style else doubles, strays)
    if not single_style:  # a single mark that a double mark closes, after the sentence's punctuation,
        # or a sentence in single marks that a verb of saying follows ("'It is over,' said Maria Gomez")
        singles = _quoting_singles(text, singles, hi)
    if not singles:
        return raws
    outer = [(p.open, p.close + 1) for p in singles]
    kept = [r for r in raws if not _inside(outer, r.start - 1) and not _inside(outer, r.end)]
    kept_ranges = [_with_marks(r) for r in kept]
    found = [_Raw(p.open + 1, p.close, p.closed, _kind_of(text, p.open + 1, p.close if p.closed else None))
             for p in singles if not _inside(kept_ranges, p.open)]
    return sorted(kept + found)


def _quoting_singles(text: str, singles: list[single_marks.SinglePair], hi: int) -> list[single_marks.SinglePair]:
    """The pairs of single marks that quote in a document that quotes with double marks: a sentence
    a double mark closes, one a verb of saying follows, and the sentence that goes on right after that
    verb's clause ("'They said that about the bus,' he said. 'There's been no bus since 2015.'")."""
    out: list[single_marks.SinglePair] = []
    cued: Optional[single_marks.SinglePair] = None
    for p in singles:
        if not p.closed or text[p.close - 1] not in _MISMATCH_END:
            continue
        if text[p.close] not in SINGLE_MARKS:
            out.append(p)
        elif _cue_follows(text, p.close + 1, hi):
            out.append(p)
            cued = p
        elif cued is not None and _CUE_CLAUSE.fullmatch(text, cued.close + 1, p.open):
            out.append(p)
            cued = None
    return out


_CUE_CLAUSE = re.compile(r"[ \t\u00a0][^.!?;:\"\u201c\u201d\n]{1,60}[.,:] ")  # " he said. ", " said Maria Gomez, "
_CUE_AFTER_WORDS = 3  # "' said X", "' she said", "' the mayor told reporters"
_WORDS_AFTER = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def _cue_follows(text: str, i: int, hi: int) -> bool:
    """Does a verb of saying or writing come within three words after ``i``, before any
    punctuation ("…,' said retiree Maria Gomez", "…,' she said")?"""
    rest = text[i:min(hi, i + 80)]
    stop = next((n for n, c in enumerate(rest) if c in ".;:!?\"\u201c\u201d(" or c == "\n"), len(rest))
    words = _WORDS_AFTER.findall(rest[:stop])[:_CUE_AFTER_WORDS]
    return any(lx.CUE_CLASS.get(lx.VERB_FORMS.get(w.lower(), "")) in ("speech", "writing") for w in words)


def quotes_with_single_marks(text: str, paras: list[Paragraph], doubles: list[list[_Raw]]) -> bool:
    """Does the document quote with single marks? The evidence: the quotes in single marks
    that are not inside double marks, against the quotes in double marks that are not inside
    single marks. Sentences weigh first (a scare quote or a title is as common in either
    style), then all quotes; a tie is double. Two straight single marks in a row
    (``''It is,'' he said``) are a double mark typed so."""
    single, double = [0, 0], [0, 0]  # [sentences, all]
    for para, raws in zip(paras, doubles):
        typed = text.count("''", para.start, para.end) // 2
        double[0] += typed
        double[1] += typed
        pairs = single_marks.pairs(text, para.start, para.end)
        outer = [(p.open, p.close + 1) for p in pairs]
        inner = [_with_marks(r) for r in raws]
        for r in raws:
            if not _inside(outer, r.start - 1):
                double[0] += is_sentence(text, r.start, r.end)
                double[1] += 1
        for p in pairs:
            if not _inside(inner, p.open):
                single[0] += is_sentence(text, p.open + 1, p.close)
                single[1] += 1
    return single > double


_SENTENCE_WORDS = 4


def is_sentence(text: str, start: int, end: int) -> bool:
    """Quoted words that read as speech rather than a term: they end with punctuation
    inside the marks, or run to several words."""
    inner = text[start:end].rstrip()
    return inner[-1:] in (",", ".", "?", "!", "\u2026") or len(inner.split()) >= _SENTENCE_WORDS


def _after_sentence_end(text: str, i: int, open_at: int) -> bool:
    """Does the mark at ``i`` follow a sentence end ('… shell-shocked. “') inside the quote opened at ``open_at``?"""
    before = text[open_at:i].rstrip()
    return len(before) > 1 and before[-1] in ".!?\u2026" and i > len(before) + open_at


def scan(text: str, paras: Optional[list[Paragraph]] = None) -> list[QuoteSpan]:
    """Find every quote in ``text``, in order, never giving up on a document."""
    paras = paragraphs(text) if paras is None else paras
    doubles = [_double_quotes(text, para) for para in paras]
    single_style = quotes_with_single_marks(text, paras, doubles)
    openers = set(OPENERS) | {STRAIGHT} | (single_marks.OPENING if single_style else set())
    spans: list[QuoteSpan] = []
    group = -1
    carried = False
    for n, para in enumerate(paras):
        next_opens = n + 1 < len(paras) and _starts_with_opener(text, paras[n + 1], openers)
        still_open = False
        for m, raw in enumerate(_paragraph_quotes(text, para, doubles[n], single_style)):
            start, end = _trimmed(text, raw.start, raw.end)
            if not (carried and m == 0) and not _joins_split(text, spans, start, para.index):
                group += 1
            still_open = not raw.closed
            if start < end and any(c.isalnum() for c in text[start:end]):
                spans.append(QuoteSpan(start, end, para.index, max(group, 0), raw.closed, raw.marks))
        # A paragraph that opens a quote and never closes it carries the quote
        # on when the next paragraph starts with a mark (news style).
        carried = still_open and next_opens
    return _renumber(spans)


def _joins_split(text: str, spans: list[QuoteSpan], start: int, paragraph: int) -> bool:
    """Is this quote the second half of '"A," he said, "B"' in the same paragraph?"""
    if not spans:
        return False
    prev = spans[-1]
    if prev.paragraph != paragraph or not prev.closed:
        return False
    if not text[prev.start:prev.end].rstrip().endswith((",", "\u2014", "-", "\u2013")):
        return False
    gap = text[prev.end:start].strip(" \t" + "".join(DOUBLE_MARKS | SINGLE_MARKS))
    return bool(_SPLIT_GAP.fullmatch(gap)) and 0 < len(re.findall(r"\w+", gap)) <= _MAX_SPLIT_GAP_WORDS


def _renumber(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Number groups densely from 0 (empty fragments may have left gaps)."""
    remap: dict[int, int] = {}
    out = []
    for s in spans:
        g = remap.setdefault(s.group, len(remap))
        out.append(QuoteSpan(s.start, s.end, s.paragraph, g, s.closed, s.marks))
    return out


_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def looks_like_title(text: str) -> bool:
    """'The Walking Dead', 'Meet the Press': every major word capitalised, and short."""
    words = _WORD.findall(text)
    if not words or len(words) > 8:
        return False
    return all(w[0].isupper() for n, w in enumerate(words) if n == 0 or w.lower() not in lx.TITLE_MINOR_WORDS)


# What follows the title of a show, a film or a book used as a modifier: 'the "Avatar" star'.
_WORK_ROLES = re.compile(r"[\s\u00a0]*(?:%s)\b" % "|".join(map(re.escape, lx.WORK_ROLES)), re.I)
_POSSESSIVE = re.compile(r"(?:\w['\u2019]s|\ws['\u2019])[\s\u00a0]*$")
# What comes before a title: 'his favorite book is', 'a film called', 'watched'.
_WORK_BEFORE = re.compile(
    r"(?:\b(?:%s)s?[\s\u00a0]+(?:is|was|are|were|called|named|dubbed)|\b(?:%s))[\s\u00a0]*$"
    % ("|".join(map(re.escape, lx.WORK_NOUNS)), "|".join(v.replace(" ", r"[\s\u00a0]+") for v in lx.VIEWING_VERBS)),
    re.I)
# A work named right before its title, in apposition: 'the podcast "Here's the Thing"', 'her memoir "Tough Choices"'.
_WORK_NAMED = re.compile(r"\b(?:%s)s?,?[\s\u00a0]*$" % "|".join(map(re.escape, lx.WORK_NOUNS)), re.I)
_BROADCAST = re.compile(r"\b(?:%s)[\s\u00a0]*$" % "|".join(v.replace(" ", r"[\s\u00a0]+") for v in lx.BROADCAST_LEADS),
                        re.I)
_GLOSS = re.compile(r"\b(?:%s)[\s\u00a0,]*$" % "|".join(v.replace(" ", r"[\s\u00a0]+") for v in lx.GLOSS_LEADS), re.I)
_WORK_PART = re.compile(r"\b(?:%s)s?[\s\u00a0]+(?:of|for|to)[\s\u00a0]*$" % "|".join(map(re.escape, lx.WORK_PARTS)),
                        re.I)  # 'the opening scene of "…"'
_WRITTEN_ON = re.compile(r"\b(?:that|which)[\s\u00a0]+reads?[\s\u00a0]*$", re.I)  # 'shirts that read "…"'
_TITLED = re.compile(r"\b(?:%s)s?,?[\s\u00a0]+(?:titled|entitled)[\s\u00a0,:]*$"
                     % "|".join(map(re.escape, lx.WORK_NOUNS)), re.I)
_MAX_TITLE_WORDS = 20
# A nickname given: 'nicknamed "the Fox"', 'have nicknamed them "les boîtes"', 'his nickname, "Dodger"',
# 'known to all as "Big Mo"', 'the tabloids crowned him "the nation's first love"'; a name, nobody's
# words. (Not 'dubbed': 'Marco Rubio, who he dubbed "the little senator"' is what he said of him.)
_NICKNAMED = re.compile(r"\b(?:nick-?named|nicknames?(?:[\s\u00a0]+(?:is|was))?|known(?:[\s\u00a0]+\w+){0,4}?[\s\u00a0]+as"
                        r"|a\.k\.a\.?|aka|crowned|christened)(?:[\s\u00a0]+(?:him|her|them|it|us|me))?"
                        r"[\s\u00a0,:]*$", re.I)
_MAX_NICKNAME_WORDS = 6
_BYLINE = re.compile(r"[,\s\u00a0]*by[\s\u00a0]+[A-Z]")
_OPENERS = "".join(DOUBLE_MARKS) + "\u2018'"
_CLOSERS = "".join(DOUBLE_MARKS) + "\u2019'"
_LINE_LEAD = set("\u2014\u2013-*\u2022 \t\u00a0") | DOUBLE_MARKS | {"\u2018", "'"}


def names_a_work(text: str, start: int, end: int) -> bool:
    """Is the quote ``text[start:end]`` the title of a book, a film, a song, a show or a report (or a
    gloss of a word, 'Latin for "…"': a term as a title is)?

    After a work and 'titled' any short quote is ('a report titled "…"'), and a short one after a nickname
    given ('nicknamed "the Fox"', 'known as "Big Mo"'); otherwise a title-like quote named by its owner
    ('CNN's "New Day"'), used as a modifier ('the "Avatar" star'), said to be a work
    ('his favorite book is "…"', 'a film called "…"'), read or watched ('watched "…"'), a part
    of it named ('the opening scene of "…"'), the work named before it ('her memoir "…"'), or a programme
    or outlet someone spoke on or to ('said on "…"', 'told "…"', 'in an interview with "…"')."""
    before = text[max(0, start - 40):start].rstrip(_OPENERS)
    if _TITLED.search(before):
        return len(text[start:end].split()) <= _MAX_TITLE_WORDS
    if _GLOSS.search(before):
        return True  # ('Latin for "if you wish peace, prepare for war"': a word's meaning, nobody's words)
    if _NICKNAMED.search(before):
        return len(text[start:end].split()) <= _MAX_NICKNAME_WORDS  # ('nicknamed "the Fox"': a name)
    after = _after_close(text, end)
    return looks_like_title(text[start:end]) and bool(_POSSESSIVE.search(before) or _WORK_ROLES.match(after)
                                                      or _WORK_BEFORE.search(before) and not _WRITTEN_ON.search(before)
                                                      or _WORK_PART.search(before) or _WORK_NAMED.search(before)
                                                      or _BROADCAST.search(before))


def _after_close(text: str, end: int) -> str:
    """The text just after a quote ending at ``end``, past its closing marks."""
    return text[end:end + 40].lstrip(_CLOSERS)


def is_headline(text: str, start: int, end: int, para_start: int) -> bool:
    """A headline with its byline opening a paragraph:
    '—"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello'."""
    if not _BYLINE.match(_after_close(text, end)) or not text[start:end].rstrip().endswith(","):
        return False
    i = start  # back to the paragraph's start over line leads only: never a copy of the paragraph per quote
    while i > para_start and text[i - 1] in _LINE_LEAD:
        i -= 1
    return i == para_start


_CAPS_WORD = r"[A-Z0-9\u2018\u2019'&$%.,:\-]*[A-Z0-9][A-Z0-9\u2018\u2019'&$%.,:\-]*"
# Each word is an atomic group: a word has one way to match, or a long run of capitals
# backtracks exponentially when no quote follows (a word never holds the space after it,
# so the longest match is the only one that can go on).
_ATOMIC_CAPS_WORD = r"(?>%s)" % _CAPS_WORD
_HEADLINE = re.compile(r"(?P<head>%s(?:[ \u00a0]+%s)+)[ \u00a0]+(?=[\"\u201c]|[A-Z][a-z])"
                       % (_ATOMIC_CAPS_WORD, _ATOMIC_CAPS_WORD))
_SOURCE_TAG = re.compile(r"\[[^\[\]\n]{1,60}\]\.?\s*$")


def headline_lead(text: str, para: Paragraph) -> Optional[tuple[int, int]]:
    """A newsletter item 'HEADLINE IN CAPITALS "excerpt" [Source.]': the headline's offsets.

    The headline stands for the excerpt's source, as the bracketed tag at the end
    of the paragraph does for the publication.
    """
    line = text[para.start:para.end]
    if not _SOURCE_TAG.search(line):
        return None
    m = _HEADLINE.match(line)
    if m is None or sum(c.isalpha() for c in m.group("head")) < 6:
        return None
    end = m.end("head")
    while end > 0 and line[end - 1] in ",:":
        end -= 1
    return para.start, para.start + end
