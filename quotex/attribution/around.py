"""What is around a quote in its sentence: the tokens before its opening mark and
after its closing mark, the words among them, and whether the quote is the whole
sentence (direct) or part of one (mixed)."""

from __future__ import annotations

import bisect
from typing import Optional

from ..text.marks import DOUBLE_MARKS, QuoteSpan, is_headline, looks_like_title, names_a_work
from ..text.tags import is_verb_tag
from .cues import Clause
from .document import MAX_QUOTES_PER_SENTENCE, Document, ends_sentence, inner_ends, tokens_in
from .tokens import has_parse


def open_mark(d: Document, span: QuoteSpan) -> int:
    i = span.start - 1
    while i > 0 and d.text[i] not in DOUBLE_MARKS and d.text[i].isspace():
        i -= 1
    return i


def close_mark(d: Document, span: QuoteSpan) -> int:
    i = span.end
    while i < len(d.text) - 1 and d.text[i].isspace():
        i += 1
    return i if span.closed else span.end


def pre_window(d: Document, k: int) -> list[int]:
    """Tokens from the start of the quote's sentence up to its opening mark,
    skipping other quotes of the same sentence and whitespace tokens."""
    return [i for i in pre_tokens(d, k) if not d.doc[i].is_space]


def pre_tokens(d: Document, k: int) -> list[int]:
    span = d.spans[k]
    para = d.paras[span.paragraph]
    hi = open_mark(d, span)
    out: list[int] = []
    j = k
    while k - j <= MAX_QUOTES_PER_SENTENCE:
        prev = d.spans[j - 1] if j > 0 and d.spans[j - 1].paragraph == span.paragraph else None
        lo = close_mark(d, prev) + 1 if prev is not None else para.start
        window = tokens_in(d, lo, hi)
        toks = list(_past_gloss(d, window) if prev is not None else window)  # (a gloss after the quote before)
        for n in range(len(toks) - 1, -1, -1):
            if ends_sentence(d.doc[toks[n]]):
                return toks[n + 1:] + out
        out = toks + out
        if prev is None or inner_ends(d.text, prev, ".!?\u2026"):
            return out
        j -= 1
        hi = open_mark(d, prev)
    return out


def post_window(d: Document, k: int) -> range:
    span = d.spans[k]
    if not span.closed:
        return range(0)
    para = d.paras[span.paragraph]
    hi = para.end
    if k + 1 < len(d.spans) and d.spans[k + 1].paragraph == span.paragraph:
        hi = open_mark(d, d.spans[k + 1])
    toks = tokens_in(d, close_mark(d, span) + 1, hi)
    toks = _past_gloss(d, toks)
    for i in toks:
        if ends_sentence(d.doc[i]):
            return range(toks.start, i)
    return toks


def _past_gloss(d: Document, toks: range) -> range:
    """The window after a gloss in brackets that follows the quote right after its mark, a translation or an
    aside, which reports nothing ('chanting "Myślę, czuję, decyduję!" (I think, I feel, I decide)')."""
    first = next((i for i in toks if not d.doc[i].is_space), None)
    if first is None or d.doc[first].text != "(":
        return toks
    shut = next((i for i in range(first + 1, toks.stop) if d.doc[i].text == ")"), None)
    return range(shut + 1, toks.stop) if shut is not None else toks


def words_in(d: Document, window: range | list[int]) -> list[int]:
    return [i for i in window if not (d.doc[i].is_punct or d.doc[i].is_quote or d.doc[i].is_space)]


def leads_into_next(d: Document, window: range) -> bool:
    """Does a post-window end with a comma or colon right before another quote?"""
    last = window.stop - 1
    while last >= window.start and d.doc[last].is_space:
        last -= 1
    if last < window.start or d.doc[last].text not in (",", ":"):
        return False
    nxt = d.doc[window.stop] if window.stop < len(d.doc) else None
    return nxt is not None and nxt.is_quote and not d.text[d.doc[last].idx + 1:nxt.idx].strip()


def span_before(d: Document, window: range) -> QuoteSpan:
    """The quote whose closing mark a post-window follows."""
    i = bisect.bisect_right(d.span_ends, d.doc[window.start].idx) - 1
    return d.spans[max(i, 0)]


def shape(d: Document, pre: list[int], post: range, clause: Optional[Clause]) -> str:
    """'direct' when the quote is the whole content of its sentence, else 'mixed'."""
    lead = words_in(d, pre)
    if clause is not None and clause.verb in pre:
        after = [i for i in lead if i > clause.last]
        ends_lead_in = d.doc[pre[-1]].text in (",", ":")
        lead = [] if (not after or ends_lead_in) else after
    tail = words_in(d, post)
    if clause is not None and clause.verb in post:
        tail = [i for i in tail if i < clause.first]
        if tail and d.doc[tail[0]].is_title and ends_before(d, post.start):
            tail = []  # the clause's own sentence opens before it ('"…" That is how Jane Doe put it.')
    else:
        tail = tail_words(d, post)
    return "direct" if not lead and not tail else "mixed"


def tail_words(d: Document, post: range) -> list[int]:
    """Words after a quote in its sentence; none when a new sentence starts right
    after it ('"So, who?" Her suggestions are redacted.')."""
    tail = words_in(d, post)
    if tail and d.doc[tail[0]].is_title and ends_before(d, post.start):
        return []
    return tail


def ends_before(d: Document, tok: int) -> bool:
    """Does the text before token ``tok`` end a sentence, inside or outside the closing mark?"""
    before = d.text[max(d.doc[tok].idx - 4, 0):d.doc[tok].idx].rstrip()
    return before.rstrip("".join(DOUBLE_MARKS) + "\u2019'")[-1:] in (".", "?", "!")


def names_work(d: Document, k: int) -> bool:
    """A show's or a book's name, a newsletter headline with its byline, the
    excerpt after that byline ('"Headline," by X: "…"'), or a nickname inside a
    name ('Margaret "Peggy" Olsen', 'Pol Gen Kittisak "Big Oat" Phromsuwan'): not speech."""
    span = d.spans[k]
    para = d.paras[span.paragraph]
    if names_a_work(d.text, span.start, span.end) or is_headline(d.text, span.start, span.end, para.start) \
            or (span.start, span.end) in d.tracker.names.nickname_spans:
        return True
    prev = d.spans[k - 1] if k > 0 and d.spans[k - 1].paragraph == span.paragraph else None
    return prev is not None and is_headline(d.text, prev.start, prev.end, para.start) \
        and d.text[close_mark(d, prev) + 1:open_mark(d, span)].rstrip().endswith(":")


def opens_sentence(d: Document, ks: list[int], windows: dict[int, tuple[list[int], range]]) -> bool:
    """A quoted clause that starts its sentence ('"…" because of …') is speech."""
    text = d.text[d.spans[ks[0]].start:d.spans[ks[0]].end]
    return not words_in(d, windows[ks[0]][0]) and not looks_like_title(text) and len(text.split()) >= 4


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_CLAUSE_WORDS = 3  # 'I fundamentally disagree'
_SENTENCE_WORDS = 7  # without a parse, a whole sentence of this many words


def holds_clause(d: Document, k: int) -> bool:
    """A quote that holds a clause of its own ('But "Trump's candidacy is
    strengthened …"', 'the idea that "aggressive monetary policy can reduce …"')
    is somebody's words, not a term, wherever it sits. With a parse: a subject and
    its verb, both inside the marks; without one: a sentence of seven words or more
    that ends inside them. A title is never a clause here."""
    span = d.spans[k]
    text = d.text[span.start:span.end]
    if looks_like_title(text):
        return False
    toks = tokens_in(d, span.start, span.end)
    words = words_in(d, toks)
    if has_parse(d.doc):
        return len(words) >= _CLAUSE_WORDS and any(
            d.doc[i].dep_ in _SUBJECTS and d.doc[i].head.i in toks and _is_verb(d.doc[i].head) for i in toks)
    return len(words) >= _SENTENCE_WORDS and text.rstrip(" ,\"'\u201d\u2019").endswith((".", "!", "?"))


def _is_verb(tok) -> bool:
    return is_verb_tag(tok.tag_) or tok.pos_ in ("VERB", "AUX")
