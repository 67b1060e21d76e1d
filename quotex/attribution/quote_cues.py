"""The reporting clause of a quote: after it ('"…," X said'), before it in its
sentence ('X said: "…"'), a lead-in ending the paragraph before with a colon, a cue
after a later quote of the sentence, in the next sentence, or signed on the next line."""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Optional

from spacy.tokens import Token

from .. import lexicon as lx
from ..output.model import Cue
from ..text.marks import DOUBLE_MARKS, Paragraph, QuoteSpan
from . import around
from .cues import POINTING_WORDS, Clause, cue_lemma, dash_clause, name_colon, proper_run_right, quoted_agent_clause
from .document import (MAX_QUOTES_PER_SENTENCE, THIRD_PERSON, Document, depth, ends_sentence, inner_ends, para_of_token,
                       token_at, tokens_in)
from .tokens import has_parse

_MAX_SIGNATURE_WORDS = 20
_MAX_LOOSE_SUBJECT = 12  # words between a quote and a reporting verb the tagger missed


# A lead before a reporting clause that points back to the quote before it ('that was how', 'this is how').
_ARTICLES = lx.DEFINITE | {"a", "an"} | set(lx.POSSESSIVE_PRONOUNS)  # what opens a noun phrase, no number
_POINTERS = frozenset({"that", "this"})
_POINTING_LEAD = _POINTERS | frozenset({"was", "is", "'s", "\u2019s", "how", "exactly", "just"})


def post_cue(d: Document, window: range) -> Optional[Clause]:
    if not window:
        return None
    first = window.start
    while first < window.stop and d.doc[first].is_space:
        first += 1
    dash = dash_clause(d.doc, first)
    if dash is not None:
        return dash
    words = around.words_in(d, window)
    if not words:
        return None
    full_stop = inner_ends(d.text, around.span_before(d, window), ".")
    if full_stop and around.leads_into_next(d, window):
        return None  # '"… it." Of Carson, Levine said, "…"': the clause introduces the next quote
    for n, i in enumerate(words):
        c = d.by_verb.get(i)
        if c is None or not c.finite or c.first < window.start or c.last > window.stop:
            continue
        if full_stop and d.doc[words[0]].is_title and len([j for j in words if j > c.last]) > 4:
            return None  # '"… it." The star then recalled an incident …' starts a new sentence
        lead = [j for j in words[:n] if j < c.first]
        # (not after a word that opens a clause of its own: 'accused of "betraying" islanders after
        # the government confirmed …', '"disingenuous" because they knew …')
        if len(lead) <= 8 and not any(d.doc[j].pos_ in ("VERB", "AUX") and d.doc[j].dep_ != "amod"
                                      or _subordinates(d.doc[j]) for j in lead):
            return c  # '"…," X said' (allowing a longer subject start)
        if not full_stop and lead and d.doc[lead[0]].lower_ in _POINTERS \
                and all(d.doc[j].lower_ in _POINTING_LEAD for j in lead):
            # '"…" — that was how Karen Mills described the wind': the clause, from its pointer, points back
            return replace(c, first=lead[0])
        if d.doc[c.first - 1].text == "," and len([j for j in words if j > c.last]) <= 6 \
                and c.referent is None and not (full_stop and lead and _subordinates(d.doc[lead[0]])):
            return c  # 'A was "b" in c, X said.': the sentence ends with its reporting clause
    if not full_stop and inner_ends(d.text, around.span_before(d, window), ",?!\u2014-"):
        return loose_post_cue(d, words)
    return None


def _subordinates(tok: Token) -> bool:
    """Does ``tok`` open an adverbial clause ('after', 'because', 'when', as the parse reads them)?
    ('though' as an adverb, 'Allen did, though, suggest …', opens none.)
    Not 'as' ('"…," as Smith said' points back to the quote), nor a relative 'that' ('"dirty tricks"
    that Carson accused Cruz of'); a 'that' of a complement does ('"…" and that he fears …')."""
    return tok.dep_ == "mark" and tok.lower_ in lx.SUBORDINATORS \
        or tok.dep_ == "advmod" and tok.lower_ in lx.TIME_CONJUNCTIONS \
        or tok.dep_ == "mark" and tok.lower_ == "that" and tok.head.dep_ != "relcl"


def loose_post_cue(d: Document, words: list[int]) -> Optional[Clause]:
    """'"…," the two write': a subject and a reporting verb right after a quote that
    ends with a comma, when the tagger took the verb for a noun or a participle."""
    for n, i in enumerate(words[:_MAX_LOOSE_SUBJECT + 1]):
        tok = d.doc[i]
        lemma = lx.VERB_FORMS.get(tok.lower_)
        if lemma is None or i in d.by_verb or lemma in lx.INDIRECT_ONLY or lemma in lx.NEEDS_PARTICLE:
            continue
        if n == 0 or tok.lower_.endswith("ing") or lx.CUE_CLASS.get(lemma) == "thought":
            return None
        lead = [d.doc[j] for j in words[:n]]
        if all(t.lower_ in _ARTICLES for t in lead):
            continue  # ('"…," the note read': a word of saying after the article is the subject's noun)
        first = lead[0]
        if not (first.is_title or first.lower_ in THIRD_PERSON or first.lower_ in lx.DEFINITE
                or first.lower_ in lx.INDEFINITE):
            return None
        subject = [first] if first.lower_ in THIRD_PERSON else lead
        # the subject ends at a comma, or at an auxiliary ('"…," Braynard is quoted as saying')
        stop = next((j for j in range(first.i + 1, i) if d.doc[j].text == ","
                     or d.doc[j].is_alpha and d.doc[j].lower_ in lx.AUXILIARY_FORMS), None)
        if stop is not None:
            subject = [t for t in subject if t.i < stop]
        if not subject or any(t.i in d.quoted for t in subject):
            return None
        cue = Cue(tok.text, tok.idx, tok.idx + len(tok.text), lx.CUE_CLASS.get(lemma, "speech"))
        return Clause(cue, cue.cue_class, i, subject, first.i, i)
    return None


def pre_cue(d: Document, window: list[int], quote_token: int) -> Optional[Clause]:
    """The reporting clause before a quote in its sentence; with a parse, the
    nearest one whose verb governs the quote ('Trump said Clinton called him "a liar"' is Clinton's)."""
    if not window:
        return None
    named = name_colon(d.doc, window, d.tracker.names.is_person_name) or verb_name_colon(d, window)
    if named is not None:
        return named
    found = [d.by_verb[i] for i in window if i in d.by_verb and d.by_verb[i].first >= window[0]
             and cue_lemma(d.doc[i]) not in lx.POST_ONLY and not aspectual(d, i)]
    if not found:
        return governing_before(d, quote_token) or _agent_after(d, quote_token) if has_parse(d.doc) else None
    if has_parse(d.doc):
        ancestors = {t.i for t in d.doc[quote_token].ancestors}
        governing = [c for c in found if c.verb in ancestors]
        if any(c.cue_class != "thought" for c in governing):
            # 'X said Y doesn't know what he's talking about when he paints all "inner-city" …'
            governing = [c for c in governing if c.cue_class != "thought"]
        if governing:
            return max(governing, key=lambda c: depth(d.doc[c.verb]))
    if has_parse(d.doc):  # none governs the quote: the one right before it ('When he said …, a man yelled "…"'),
        adjacent = [c for c in found if c.last >= c.verb and _right_before(d, c.last, quote_token)]
        if adjacent:
            return adjacent[-1]
        return min(reversed(found), key=lambda c: depth(d.doc[c.verb]))  # else the main clause, not an aside
    return found[-1]


def _agent_after(d: Document, quote_token: int) -> Optional[Clause]:
    """'It was called "a disgrace" by critics': the 'by' right after the quote that holds ``quote_token``."""
    k = bisect.bisect_right(d.span_ends, d.doc[quote_token].idx)  # (the spans ascend and do not overlap)
    if k >= len(d.spans) or d.spans[k].start > d.doc[quote_token].idx or not d.spans[k].closed:
        return None
    after = token_at(d, around.close_mark(d, d.spans[k])) + 1
    return quoted_agent_clause(d.doc[after], d.quoted) if after < len(d.doc) else None


def _agent_of(c: Clause, quote_token: int) -> bool:
    """Is the clause's source the object of a 'by' after the quote ('called "a disgrace" [by critics]')?"""
    return c.subject[0].i > quote_token and any(t.dep_ == "pobj" and t.head.lower_ == "by" for t in c.subject)


def _right_before(d: Document, last: int, quote_token: int) -> bool:
    """Is there nothing but a comma or a colon and the opening mark between a clause's last word and the quote?"""
    return all(d.doc[i].is_quote or d.doc[i].is_space or d.doc[i].text in (",", ":")
               for i in range(last + 1, quote_token))


_MAX_GOVERNING_STEPS = 4
_GOVERNING_REACH = 80  # tokens from the cue's subject to the quote


def governing_before(d: Document, quote_token: int) -> Optional[Clause]:
    """'Sanders visited NBC's "Today" …, saying "on her worst day" she'd be "an infinitely better
    president"': a speech cue of the sentence whose subject stands before a quote before this one,
    and that governs this quote in the parse."""
    node = d.doc[quote_token]
    for _ in range(_MAX_GOVERNING_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        c = d.by_verb.get(node.i)
        if c is not None and node.i < quote_token and quote_token - c.first <= _GOVERNING_REACH \
                and c.cue_class == "speech" and node.i not in d.quoted and cue_lemma(node) not in lx.POST_ONLY \
                and not aspectual(d, node.i) and not any(ch.dep_ == "auxpass" for ch in node.children) \
                and not any(d.doc[i].is_sent_start for i in range(c.first + 1, quote_token)):
            return c  # (in the quote's sentence, and not a passive: 'was said to be "furious"')
    return None


def verb_name_colon(d: Document, window: list[int]) -> Optional[Clause]:
    """'Continued Stone: "…"', 'Stated Stone:': a reporting verb, a name and a colon
    make up the whole lead-in."""
    if len(window) < 3 or d.doc[window[-1]].text != ":":
        return None
    verb = d.doc[window[0]]
    lemma = lx.VERB_FORMS.get(verb.lower_)
    if lemma is None or lx.CUE_CLASS.get(lemma) != "speech" or not verb.is_title:
        return None
    run = proper_run_right(d.doc, window[1])
    if not run or run[-1].i != window[-2]:
        return None
    colon = d.doc[window[-1]]
    return Clause(Cue(verb.text, verb.idx, verb.idx + len(verb.text)), "speech", verb.i, run, verb.i, colon.i)


def aspectual(d: Document, i: int) -> bool:
    """'will continue to be "…"': a cue verb with a 'to'-infinitive it does not report."""
    if cue_lemma(d.doc[i]) in lx.XCOMP_CUES or i + 2 >= len(d.doc):
        return False
    nxt, verb = d.doc[i + 1], d.doc[i + 2]
    return nxt.lower_ == "to" and (verb.tag_ == "VB" if verb.tag_ else verb.lower_ in ("be", "have", "do"))


def colon_lead_in(d: Document, span: QuoteSpan) -> Optional[Clause]:
    """'Panetta said:' ending the paragraph before a quote paragraph."""
    if span.paragraph == 0:
        return None
    prev = d.paras[span.paragraph - 1]
    if not d.text[prev.start:prev.end].rstrip().endswith(":"):
        return None
    toks = tokens_in(d, prev.start, prev.end)
    inverted = verb_name_colon(d, [i for i in toks if not d.doc[i].is_space])
    if inverted is not None:
        return inverted
    for i in reversed(toks):
        if ends_sentence(d.doc[i]) and i != toks.stop - 1:
            break
        if i in d.by_verb:
            return d.by_verb[i]
    return None


def group_cue(d: Document, ks: list[int], windows: dict[int, tuple[list[int], range]]) -> tuple[Optional[Clause], str]:
    for n, k in enumerate(ks):
        pre, post = windows[k]
        quote_token = token_at(d, d.spans[k].start)
        c = post_cue(d, post)
        if c is not None and pre and d.doc[pre[-1]].text in (",", ":") and (
                introduces_next(d, post, c)
                or inner_ends(d.text, d.spans[k], ".?!") and around.leads_into_next(d, post)):
            # 'He said, "A" - at which point the crowd chanted "B"', 'Clinton responds with, "A?"
            # Mills then writes back, "B"': the clause after the quote introduces the next one,
            # and the lead-in is this quote's
            lead_in = pre_cue(d, pre, quote_token)
            if lead_in is not None:
                return outer_report(d, lead_in), "pre"
        if c is not None:
            return c, "post"
        c = pre_cue(d, pre, quote_token)
        if c is not None:  # (a passive's agent after the quote: 'called "a disgrace" by critics')
            return outer_report(d, c), "agent" if _agent_of(c, quote_token) else "pre"
        if n == 0 and not around.words_in(d, pre):
            c = colon_lead_in(d, d.spans[k])
            if c is not None:
                return c, "colon"
    c = byline_after(d, ks[-1])
    if c is not None:
        return c, "byline"
    c = pointing_back_after(d, ks[-1]) or _pointing_back_next(d, ks[-1])
    if c is not None:
        return c, "pointing"
    return None, ""


def sentence_final_cue(d: Document, k: int) -> Optional[Clause]:
    """'"A" was to be a "B," said C.': the clause that ends a sentence reports all of it,
    so a quote with no cue of its own takes the one after a later quote of its sentence."""
    post = around.post_window(d, k)
    for _ in range(MAX_QUOTES_PER_SENTENCE):
        nxt = k + 1
        if not post or nxt >= len(d.spans) or d.spans[nxt].paragraph != d.spans[k].paragraph \
                or post.stop != token_at(d, around.open_mark(d, d.spans[nxt])) \
                or inner_ends(d.text, d.spans[k], ".!?"):
            return None
        k, post = nxt, around.post_window(d, nxt)
        c = post_cue(d, post)
        if c is not None:
            return c
    return None


def introduces_next(d: Document, post: range, c: Clause) -> bool:
    """Does a clause after a quote run on into the next quote, with nothing but punctuation between?"""
    nxt = d.doc[post.stop] if post.stop < len(d.doc) else None
    return nxt is not None and nxt.is_quote and not around.words_in(d, range(c.last + 1, post.stop))


def outer_report(d: Document, c: Clause) -> Clause:
    """'Trump said Clinton once described the deal as "the gold standard"': a
    cue inside what a speech cue reports is part of that report, and the
    quoted words are the outer speaker's, as the article heard them."""
    if not has_parse(d.doc):
        return c
    node, outer = d.doc[c.verb], c
    for _ in range(3):
        if node.dep_ != "ccomp" or node.head.i == node.i:
            break
        node = node.head
        found = d.by_verb.get(node.i)
        if found is not None and found.cue_class == "speech" and node.i < c.verb \
                and "\n" not in d.text[node.idx:d.doc[c.verb].idx]:  # a parse may run a headline on
            outer = found
    return outer


def byline_after(d: Document, k: int) -> Optional[Clause]:
    """A quote paragraph signed on the next line: '- Hillary Clinton.'"""
    opening = _next_paragraph_opening(d, k)
    if opening is None:
        return None
    span = d.spans[k]
    return dash_clause(d.doc, opening[1]) or signed_inside(d, span, d.paras[span.paragraph + 1], opening[1])


def _next_paragraph_opening(d: Document, k: int) -> Optional[tuple[range, int]]:
    """The tokens of the paragraph after quote ``k`` and its first word, when no words follow the
    quote before the paragraph ends or the next quote opens."""
    span = d.spans[k]
    if span.paragraph + 1 >= len(d.paras) or around.words_in(d, around.post_window(d, k)):
        return None
    nxt = d.paras[span.paragraph + 1]
    toks = tokens_in(d, nxt.start, nxt.end)
    first = next((i for i in toks if not d.doc[i].is_space), None)
    return (toks, first) if first is not None else None


def signed_inside(d: Document, span: QuoteSpan, nxt: Paragraph, first: int) -> Optional[Clause]:
    """'"… that lead.¶John Podesta, campaign chairman."': a quote left open at its
    paragraph's end, closed after a short line that names who said it."""
    line = d.text[nxt.start:nxt.end].rstrip()
    if span.closed or not line or line[-1] not in DOUBLE_MARKS or line.lstrip()[0] in DOUBLE_MARKS \
            or len(line.split()) > _MAX_SIGNATURE_WORDS:
        return None
    run = proper_run_right(d.doc, first)
    after = run[-1].i + 1 if run else len(d.doc)
    if after >= len(d.doc) or d.doc[after].text not in (",", "."):
        return None  # the line opens with a name and its description: 'Name, title.
    close = nxt.start + len(line) - 1
    return Clause(Cue(line[-1], close, close + 1), "speech", token_at(d, close), run, first, run[-1].i)


def next_sentence_clause(d: Document, k: int, reach: int) -> Optional[Clause]:
    """The first reporting clause after a quote, in the rest of its sentence or the next
    sentence of its paragraph, with no other quote between."""
    span = d.spans[k]
    if not span.closed:
        return None
    lo = token_at(d, around.close_mark(d, span)) + 1
    para = d.paras[span.paragraph]
    hi = min(tokens_in(d, para.start, para.end).stop, lo + reach)
    if k + 1 < len(d.spans) and d.spans[k + 1].paragraph == span.paragraph:
        hi = min(hi, token_at(d, around.open_mark(d, d.spans[k + 1])))
    sentences = 0
    for c in clauses_between(d, lo - 1, hi):
        if c.indirect_only or c.first < lo or leads_into_quote(d, c, hi):
            continue
        sentences = sum(1 for i in range(lo, c.verb) if ends_sentence(d.doc[i]))
        if sentences <= 1:
            return c
        break
    return None


_POINTING_REACH = 40  # tokens from a paragraph's start to the end of a clause that points back


def _pointing_back_next(d: Document, k: int) -> Optional[Clause]:
    """'"We will keep fighting." That was the view of Bogdan Ionescu.', 'That is how Jane Doe put it.',
    'That's what Jane Doe told reporters.':
    the next sentence of the quote's paragraph opens by pointing back to it, and names whose words
    they were or who put them so."""
    c = next_sentence_clause(d, k, _POINTING_REACH)
    if c is None:
        return None
    lo = token_at(d, around.close_mark(d, d.spans[k])) + 1
    before = [d.doc[i].lower_ for i in around.words_in(d, range(lo, c.first))]
    if not before:
        return c if c.quote_only and d.doc[c.first].lower_ in POINTING_WORDS else None
    return c if _says_how(d, lo, c) else None


def _says_how(d: Document, lo: int, c: Clause) -> bool:
    """Do the words from token ``lo`` to the clause point back to the quote and say the clause is how or what it
    was ('That is how …', 'That was exactly what …')?"""
    before = [d.doc[i].lower_ for i in around.words_in(d, range(lo, c.first))]
    return bool(before) and before[0] in POINTING_WORDS and bool(_HOW_OR_WHAT & set(before)) \
        and all(w in _HOW for w in before[1:])


# 'That is how …', 'That's exactly how …', 'This was what …': the words before a clause that says how
# the quote was put, or that it was what someone said ('That is how Jane Doe put it', 'That is what she told us').
_HOW_OR_WHAT = frozenset({"how", "what"})
_HOW = _HOW_OR_WHAT | {"is", "was", "'s", "\u2019s", "are", "were", "exactly", "precisely", "just"}


def pointing_back_after(d: Document, k: int) -> Optional[Clause]:
    """A quote that ends its paragraph, and a paragraph after it that opens by pointing back to it
    ('"We cannot keep doing this." / That was the message from Mayor Maria Lopez.', 'So said …')."""
    span = d.spans[k]
    later = d.spans[k + 1] if k + 1 < len(d.spans) else None
    opening = _next_paragraph_opening(d, k) if span.closed else None
    if opening is None or later is not None and later.paragraph == span.paragraph:
        return None  # (not a quote that ends its paragraph)
    words, first = opening
    c = next(iter(clauses_between(d, first - 1, min(words.stop, first + _POINTING_REACH))), None)
    if c is None:
        return None
    # ('That is how Marianne Tessier, a research scientist, sums up the biggest change.': a clause that says how
    # the quote was put, with an object of its own)
    if not _says_how(d, first, c) and (not c.quote_only or c.first > first + 1):
        return None
    inside = later is not None and later.paragraph == span.paragraph + 1 and later.start < d.doc[c.last].idx
    return None if inside else c  # (not a clause that a quote of its own interrupts)


def leads_into_quote(d: Document, c: Clause, stop: int) -> bool:
    """'Of Carson, Levine said, "…"': nothing but punctuation between a clause and the next quote."""
    nxt = c.last + 1
    while nxt < len(d.doc) and nxt < stop + 2 and (d.doc[nxt].is_punct or d.doc[nxt].is_space) \
            and not d.doc[nxt].is_quote:
        nxt += 1
    return nxt < len(d.doc) and d.doc[nxt].is_quote and d.doc[c.last + 1:nxt].text.strip()[-1:] in (",", ":")


def clauses_between(d: Document, lo: int, hi: int) -> list[Clause]:
    """Clauses whose verb lies strictly between two token indices."""
    a, b = bisect.bisect_right(d.verbs, lo), bisect.bisect_left(d.verbs, hi)
    return d.clauses[a:b]


def nearest_clause(d: Document, span: QuoteSpan, section: int) -> Optional[Clause]:
    """The last reporting clause in this paragraph or the one before, if its speaker is known."""
    start = d.paras[max(span.paragraph - 1, 0)].start
    known = [c for c in clauses_between(d, token_at(d, start) - 1, token_at(d, span.start))
             if d.sections.of_paragraph[para_of_token(d, c.verb)] == section and not c.indirect_only
             and d.resolved.get(c.verb, (None,))[0] is not None]
    if not known:
        return None
    last = known[-1]
    if not has_parse(d.doc):
        return last
    # Of the clauses in that sentence, the main one ('X told the Journal, after Y stated …')
    sent = d.doc[last.verb].sent
    same = [c for c in known if d.doc[c.verb].sent == sent]
    return min(reversed(same), key=lambda c: depth(d.doc[c.verb]))
