"""Reported speech: what each reporting clause reports, outermost first, sharing
the group of a mixed quote its clause introduces; claims the text makes without a
source; then, with a parse, what the trained report scorer keeps and adds."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import NamedTuple, Optional

from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..output.model import Cue, CueClass, Quote
from ..text.marks import APOSTROPHES, QuoteSpan, looks_like_title
from . import binding, classes, report_scorer, reported
from .cues import Clause, clause_at, cue_lemma, holds_thought, noun_agent, phrase_verb
from .document import AS_WRITTEN, FIRST_PERSON, MIXED_CAP, Document, bound_as_pronoun, para_of_char, para_of_token
from .labelled import Labelled, labelled_lines
from .speakers import anonymity_match
from .tokens import has_tags, is_pronoun


class Report(NamedTuple):
    """An indirect fragment found: tokens [start, end), the clause that reports it
    (None: a claim with no source), its cue word, and where the cue's words end
    when the report scorer found them ('made clear'; None: the cue word alone)."""

    start: int
    end: int
    clause: Optional[Clause]
    verb: int
    cue_end: Optional[int] = None


def indirect_quotes(d: Document, clause_groups: dict[int, int], direct_cues: set[int], next_group: int) -> list[Quote]:
    """Indirect fragments: what each reporting clause reports, outermost first,
    sharing the group of a mixed quote introduced by the same clause; then
    claims the text makes without a source ('Clinton appeared to waver')."""
    found: list[Report] = []
    quoting = set(clause_groups)  # cues of quotes: their fragments share the quotes' speaker
    asked: set[int] = set()  # the cues of questions put to their subject
    for c in d.clauses:
        word = c.subject[0].lower_
        if reported.questioned(d.doc[c.verb]):  # (a quote it introduces is the answer: still the subject's)
            asked.add(c.verb)
        if c.verb not in asked and d.resolved.get(c.verb, (None,))[0] is None and not bound_as_pronoun(d.doc, c) \
                and not (word in AS_WRITTEN and c.verb not in quoting):
            continue  # a pronoun is bound as for quotes: the last person named, or itself
        pieces = reported.topic if c.verb in direct_cues else reported.content
        for piece in pieces(d.doc, c, d.quoted):
            span = within_paragraph(d, piece, c.verb, shortest=1)
            if span is not None:  # (a question put to the subject is the unnamed asker's: no source)
                found.append(Report(span[0], span[1], None if c.verb in asked else c, c.verb))
    clause_verbs = {c.verb for c in d.clauses}
    for verb, pieces in reported.unattributed(d.doc, d.quoted):
        if verb.i in clause_verbs:
            continue
        voiced = late_clause(d, verb.i) if _voiced(verb) else None
        for piece in pieces:
            span = within_paragraph(d, piece, verb.i, shortest=1)
            if span is not None:
                found.append(Report(span[0], span[1], voiced, verb.i))
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Report] = []
    reach = -1
    for f in found:  # not nested in, or overlapping, a report already kept; a question put to the subject
        # is a report by an unnamed asker, and what it asks holds no report ('Asked whether he would support Trump')
        if (f.clause is not None or f.verb in asked) and f.start >= reach:
            kept.append(f)
            reach = f.end
    taken = sorted((f.start, f.end) for f in kept)
    for f in found:  # a claim without a source, where no report is
        if f.clause is None and f.verb not in asked and not _overlaps(taken, f.start, f.end):
            bisect.insort(taken, (f.start, f.end))
            kept.append(f)
    if d.rescore:
        kept = rescored(d, kept, frozenset(direct_cues))
    lines = [(line, clause) for line in labelled_lines(d) if (clause := _label_clause(d, line)) is not None]
    if lines:  # what the layout states, whatever the scorer would say, over any report it overlaps
        held = sorted((f.start, f.end) for f in kept)
        answered = [(line, c) for line, c in lines if line.answer and _overlaps(held, line.start, line.end)]
        for line, _ in answered:  # an interview's answer that holds reports: they are kept, its 'I' and 'we' its speaker's
            _speaking_in(d, line, kept)
        lines = [pair for pair in lines if pair not in answered]
        spans = [(line.start, line.end) for line, _ in lines]  # disjoint, in order: one line a paragraph
        kept = [f for f in kept if not _overlaps(spans, f.start, f.end)]
        kept += [Report(line.start, line.end, clause, line.colon) for line, clause in lines]
    out: list[Quote] = []
    for f in sorted(kept, key=lambda f: f.start):
        group = clause_groups.get(f.verb)
        if group is None:  # the pieces of one interrupted report share a group
            group, next_group = next_group, next_group + 1
            clause_groups[f.verb] = group
        out.append(indirect(d, f.start, f.end, f.clause, group) if f.clause is not None else
                   unattributed(d, f, group))
    return out


def _label_clause(d: Document, line: Labelled) -> Optional[Clause]:
    """The clause a labelled line's label makes: its source words and its colon for a cue."""
    subject = list(d.doc[line.source_start:line.source_end])
    if not subject or any(t.i in d.quoted for t in subject):
        return None
    colon = d.doc[line.colon]
    cue = Cue(colon.text, colon.idx, colon.idx + len(colon), "speech")
    if line.stands_for is not None:  # an interview's 'Q:' and 'A:': the interviewer, and the person interviewed
        d.resolved.setdefault(line.colon, (d.tracker.commenter(line.stands_for), "explicit"))
    return _resolved(d, Clause(cue, "speech", line.colon, subject, line.source_start, line.colon, indirect_only=True))


def _speaking_in(d: Document, line: Labelled, kept: list[Report]) -> None:
    """The reports inside an interview's answer whose source is 'I' or 'we' are the interviewee's
    ('A: I think [a wall will not keep families apart]'), not the writer's."""
    for f in kept:
        if f.clause is not None and line.start <= f.start < line.end and len(f.clause.subject) == 1 \
                and f.clause.subject[0].lower_ in FIRST_PERSON and line.start <= f.clause.first < line.end:
            d.resolved[f.clause.verb] = d.resolved[line.colon]


def reader_bounds(d: Document, quotes: list[Quote]) -> list[Quote]:
    """The reports' bounds as a reader gets them, and PolNeAR's spans have them, once the report
    scorer has chosen (it sees the bounds before these): over the marks of a quote in two apostrophes
    they end in, and without a preposition that their cue verb governs. A report whose content holds a
    quote ('Sanders said the system was "rigged" against him') is reported speech, and the quoted words
    in it a mixed quote: both are given, in one group. Why a source goes unnamed is no report of theirs."""
    return _cue_prepositions(d, _without_day(d, _without_anonymity(d.text, _reports_over_apostrophes(d.text, quotes))))


_FOR_ANONYMITY = re.compile("(?:%s)\\s+(?:in order )?to\\s*$" % "|".join(f"(?:{p})" for p in lx.ANONYMITY_PATTERNS))


def _without_anonymity(text: str, quotes: list[Quote]) -> list[Quote]:
    """'One CDR councillor, who asked [not to be named because …]', 'who spoke on [the condition of
    anonymity]', 'spoke to The Associated Press on [condition of anonymity]', '… on condition of
    anonymity to discuss [the private meeting]', 'asked [that her surname not be used]': why a source goes
    unnamed (the speaker's ``anonymity``), not what they said. PolNeAR train has no such row."""
    out = []
    for q in quotes:
        if q.type == "indirect" and q.cue is not None and q.marks is None:
            m = anonymity_match(text[q.cue.start:q.end].lower())  # (from the cue, or from before the content)
            if m is not None and m.start() <= max(q.cue.end, q.start) - q.cue.start + 1 \
                    or _FOR_ANONYMITY.search(text[max(q.cue.start - 80, 0):q.cue.start].lower()):
                continue
        out.append(q)
    return out


_VOICED_CLASSES = frozenset({"speech", "writing", "thought"})


def quoted_in_reports(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A quoted phrase with no cue of its own (a ``term``) inside the content of a report is words of
    the one reported: ``Hollande said Trump's "excesses" are sickening``, ``Republican claims of
    "significant breakthroughs"``, ``calls of "Love you, Bernie"`` are ``mixed``, in the report's group,
    with its source, cue and confidence (capped as a mixed quote's). Not a phrase in title case, a name
    or a title more often than anyone's words ('the "Gang of Eight" bill'), not the writer's 'so-called
    "…"', not in a report with no source, and only in what someone says, writes or thinks: in what a
    finding shows or an act does, a term is the writer's ('The results showed the weakness of
    "establishment" as a label')."""
    if not any(q.type == "term" for q in quotes):
        return quotes
    reports = sorted((q.start, -q.end, n) for n, q in enumerate(quotes)
                     if q.type == "indirect" and q.marks is None and q.speaker is not None
                     and classes.classify(doc, q) in _VOICED_CLASSES)
    starts = [start for start, _, _ in reports]
    out = []
    for q in quotes:
        if q.type == "term" and not looks_like_title(q.text) and not binding.so_called(doc.text, q.start):
            holder = next((quotes[n] for start, end, n in reversed(reports[:bisect.bisect_right(starts, q.start)])
                           if -end >= q.end), None)
            if holder is not None:
                cap = MIXED_CAP.get(holder.method, holder.confidence)
                q = replace(q, type="mixed", speaker=holder.speaker, cue=holder.cue, method=holder.method,
                            confidence=min(holder.confidence, cap), group=holder.group)
        out.append(q)
    return out


def _without_day(d: Document, quotes: list[Quote]) -> list[Quote]:
    """When the words were said is no part of them: a report that opens right after its cue verb with
    a day ('Acme said [on Tuesday] it would cut jobs', 'said Tuesday night that …') starts after it,
    and a report that is nothing but the day is none ('said Tuesday night'). Not a day that is the
    reported clause's subject ('said Monday was the best day'). Needs tags (a report of a day alone
    is none in every mode)."""
    # ('said in a statement on [Sunday]': a statement's day for its content)
    quotes = [q for q in quotes if not (q.type == "indirect" and q.marks is None and _only_day(q.text))]
    if not has_tags(d.doc):
        return quotes
    out = []
    for q in quotes:
        start = _after_day(d, q) if q.type == "indirect" and q.marks is None and q.cue is not None else None
        if start is None:
            out.append(q)
        elif start < q.end:
            out.append(replace(q, start=start, text=d.text[start:q.end]))
    return out


def _only_day(text: str) -> bool:
    """Is the text nothing but a day it was said on ('Sunday', 'Tuesday night', 'on Monday morning')?"""
    words = text.lower().strip(" ,.").split()
    return bool(words) and len(words) <= 3 and words[-1] in _DAY_WORDS \
        and all(w in _DAY_WORDS or w in lx.DAY_LEADS for w in words)


_DAY_WORDS = lx.SAYING_DAYS | lx.PARTS_OF_DAY


def _after_day(d: Document, q: Quote) -> Optional[int]:
    """Where a report starts once the day it opens with is left out; None when it opens with none."""
    assert q.cue is not None
    if d.text[q.cue.end:q.start].strip():
        return None
    span = d.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span[0].idx != q.start or d.doc[span[0].i - 1].pos_ not in ("VERB", "AUX"):
        return None
    words = list(span)
    n = 1 if words[0].lower_ in lx.DAY_LEADS else 0
    if n >= len(words) or words[n].lower_ not in lx.SAYING_DAYS:
        return None
    n += 1
    if n < len(words) and words[n].lower_ in lx.PARTS_OF_DAY:
        n += 1
    if words[n - 1].dep_ in ("nsubj", "nsubjpass") or n < len(words) and words[n].text in ("'s", "\u2019s"):
        return None  # ('said Monday was the best day', "said Tuesday's vote …")
    while n < len(words) and words[n].text == ",":
        n += 1
    return words[n].idx if n < len(words) else q.end


# Prepositions that belong to the cue they follow, not to what it reports: 'called for [a special prosecutor]',
# 'talked about [the economy]', 'warned against [it]', 'spoke of [a crisis]', 'commented on [the deal]'.
_CUE_PREPOSITIONS = frozenset({"for", "about", "against", "of", "on"})


def _cue_prepositions(d: Document, quotes: list[Quote]) -> list[Quote]:
    """Each report without the preposition its cue verb governs (below); the other pieces of its
    cue ('[Dylann Roof] was accused of [a massacre]') take the longer cue too."""
    out = [_without_cue_preposition(d, q) for q in quotes]
    longer = {(q.cue.start, q.group): q.cue for q, was in zip(out, quotes) if q.cue is not None and q.cue != was.cue}
    return [replace(q, cue=longer[q.cue.start, q.group])
            if q.cue is not None and (q.cue.start, q.group) in longer and q.type == "indirect" else q for q in out]


def _without_cue_preposition(d: Document, q: Quote) -> Quote:
    """A preposition a cue verb governs, right after it, is the cue's ('called for' [a special prosecutor],
    'talked about' [the economy]): a report that opens with one starts after it, as PolNeAR's spans do.
    (A noun's or an adjective's stays between them: 'criticism' [of his plan], 'worried' [about …].)"""
    if q.type != "indirect" or q.marks is not None or q.cue is None or not has_tags(d.doc):
        return q
    cue = d.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    if cue is None or cue.end >= len(d.doc):
        return q
    prep = d.doc[cue.end]
    end = prep.idx + len(prep)
    if prep.lower_ not in _CUE_PREPOSITIONS or not _governed(prep, cue[-1]) \
            or d.doc[prep.i + 1:prep.i + 2].text == "behalf" \
            or cue[-1].pos_ != "VERB" or end >= q.end \
            or d.text[q.cue.end:prep.idx].strip() or q.start > end and d.text[end:q.start].strip():
        return q  # (not between its cue and the report: 'warned Congress against …' keeps its words as they are)
    start = q.start
    if start <= prep.idx:  # the report opens with it
        start = d.doc[prep.i + 1].idx
        if start >= q.end:
            return q
    return replace(q, start=start, text=d.text[start:q.end], cue=replace(q.cue, text=d.text[q.cue.start:end], end=end))


def _governed(prep: Token, verb: Token) -> bool:
    """The preposition is the verb's own ('talked [about] …'), or the 'for' that opens the clause
    the verb governs ('called [for] the coalition to increase its efforts')."""
    if prep.dep_ == "prep":
        return prep.head.i == verb.i
    return prep.lower_ == "for" and prep.dep_ == "mark" and prep.head.head.i == verb.i


_CLOSING = re.compile(r"[.,;:!?\u2026]?''(?!')")


def _reports_over_apostrophes(text: str, quotes: list[Quote]) -> list[Quote]:
    """A report whose words end (or start) with a quote in two apostrophes takes in its marks and the
    stop inside them ("said the economy is ''doing much better than it's looked since 2009.''"), as a
    sentence in them does: PolNeAR's spans have them."""
    out = []
    for q in quotes:
        if q.type == "indirect" and q.marks is None and q.text.count(APOSTROPHES) % 2:  # it holds one mark
            start = q.start - 2 if text.startswith(APOSTROPHES, q.start - 2) else q.start
            closing = _CLOSING.match(text, q.end)
            end = closing.end() if closing is not None else q.end
            if (start, end) != (q.start, q.end):
                q = replace(q, start=start, end=end, text=text[start:end])
        out.append(q)
    return out


def rescored(d: Document, kept: list[Report], quoting: frozenset[int] = frozenset()) -> list[Report]:
    """The rules' reports the report scorer keeps, and the reports it finds
    that the rules' cue words miss ('took aim at [the plan]'). A verb in ``quoting``
    reports its quote: what it governs after it as an object is no content of it
    ('"…," he told [the Times]'), though a clause may be ('"…," he said, that …')."""
    by_span = {(f.start, f.end): f for f in kept}
    by_verb = {c.verb: c for c in d.clauses}
    rules = {span: f.verb for span, f in by_span.items()}
    scored = [(cand, p) for cand, p in report_scorer.scored(d.doc, d.quoted, rules)
              if cand.kind == "rule" or cand.cue not in quoting or not report_scorer.governed_object(d.doc, cand)]
    around_quotes = frozenset(span for span in by_span if holds_quoted(d, span))
    out: list[Report] = []
    for cand, _ in report_scorer.best(scored, around_quotes):
        if cand.kind == "rule":
            out.append(by_span[(cand.start, cand.end)])
            continue
        cue_end, start = report_scorer.phrase(d.doc, cand)
        span = within_paragraph(d, (start, cand.end), cand.cue, shortest=1)
        if span is None:
            continue
        asked = reported.questioned(d.doc[cand.cue])  # 'Asked about it, …': the unnamed asker's, no source
        clause = by_verb.get(cand.cue) if not asked else None
        if clause is None and not asked and not reported.agentless_passive(d.doc[cand.cue]):  # 'was favored to win'
            clause = late_clause(d, cand.cue)
            if clause is not None and clause.cue.start == d.doc[cand.cue].idx:
                clause = replace(clause, cue=cue_words(d, cand.cue, cue_end, clause.cue.cue_class))
        out.append(Report(span[0], span[1], clause, cand.cue, cue_end))
        subject = reported.passive_subject(d.doc[cand.cue], span[0])
        subject = within_paragraph(d, subject, cand.cue, shortest=1) if subject is not None else None
        if subject is not None and not holds_quoted(d, subject):
            out.append(Report(subject[0], subject[1], clause, cand.cue, cue_end))  # shares its group
    return out


def holds_quoted(d: Document, span: tuple[int, int]) -> bool:
    return any(i in d.quoted for i in range(*span))


def late_clause(d: Document, i: int) -> Optional[Clause]:
    """The clause of a cue found after the quotes were bound (by the report
    scorer, or a report noun's voicing verb); a pronoun subject is guessed
    from the text before it, as the rules guess it."""
    clause = clause_at(d.doc[i], d.quoted)
    return _resolved(d, clause) if clause is not None else None


def _resolved(d: Document, clause: Clause) -> Clause:
    """``clause``, its subject resolved once, after the quotes were bound: a pronoun is guessed from
    the text before it, as the rules guess it, and anyone else looked up without entering history."""
    if clause.verb not in d.resolved:
        d.resolved[clause.verb] = (None, "none") if is_pronoun(clause.resolves[0]) \
            else d.tracker.peek(clause.resolves)
    return clause


def cue_words(d: Document, first: int, end: int, cue_class: CueClass) -> Cue:
    last = d.doc[end - 1]
    c0, c1 = d.doc[first].idx, last.idx + len(last)
    return Cue(d.text[c0:c1], c0, c1, cue_class)


def unattributed(d: Document, report: Report, group: int) -> Quote:
    """A claim with no source: no speaker, the evidential verb (and the cue's
    other words, when the report scorer found it) as its cue."""
    c0, c1 = d.doc[report.start].idx, d.doc[report.end - 1].idx + len(d.doc[report.end - 1])
    cue_class = "speech" if reported.questioned(d.doc[report.verb]) else "thought"
    cue = cue_words(d, report.verb, report.cue_end or report.verb + 1, cue_class)
    return Quote(index=0, group=group, text=d.text[c0:c1], start=c0, end=c1, type="indirect",
                 paragraph=para_of_char(d, c0), speaker=None, cue=cue, method="none", confidence=0.0)


def within_paragraph(d: Document, span: tuple[int, int], verb: int, shortest: int = 2) -> Optional[tuple[int, int]]:
    """Clip reported content to the paragraph of its cue (a parse may run past a line break), without
    the spaces and punctuation at its ends."""
    para = d.paras[para_of_token(d, verb)]
    lo0 = lo = max(span[0], bisect.bisect_left(d.starts, para.start))
    hi0 = hi = min(span[1], bisect.bisect_left(d.starts, para.end))
    while hi > lo and (d.doc[hi - 1].is_space or d.doc[hi - 1].is_punct and d.doc[hi - 1].text != "%"):
        hi -= 1
    if lo < hi < len(d.doc) and d.doc[hi].text == "%" and d.doc[hi - 1].like_num:
        hi += 1  # a percent sign is its number's, though a span trimmed of punctuation left it ('by [3%]')
    while lo < hi and (d.doc[lo].is_space or d.doc[lo].is_punct):
        lo += 1
    return _marks_kept(d.doc, lo, hi, lo0, hi0) if hi - lo >= shortest else None


_ONE_MARKS = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})  # (not two apostrophes)


def _marks_kept(doc: Doc, lo: int, hi: int, lo0: int, hi0: int) -> tuple[int, int]:
    """A content [lo, hi) that holds one mark of a quoted word gets back the other: one that the
    stripping of punctuation took from its ends [lo0, hi0) ("said [that ''too much … of itself.'']"),
    else the one right beside it, before it when the mark inside closes a word ("hails ['special'
    night]", where the parse hung the opening mark on the verb). Not a possessive's apostrophe."""
    def mark(t: Token) -> bool:
        return t.text in _ONE_MARKS and t.tag_ != "POS"

    inside = [t.i for t in doc[lo:hi] if mark(t)]
    if len(inside) % 2 == 0:
        return lo, hi
    end = [t.i for t in doc[hi:hi0] if mark(t)]
    if end:
        return lo, end[-1] + 1
    start = [t.i for t in doc[lo0:lo] if mark(t)]
    if start:
        return start[0], hi
    if inside[0] > lo and lo > 0 and mark(doc[lo - 1]):
        return lo - 1, hi
    return (lo, hi + 1) if hi < len(doc) and mark(doc[hi]) else (lo, hi)


def indirect(d: Document, start: int, end: int, clause: Clause, group: int) -> Quote:
    first, last = d.doc[start], d.doc[end - 1]
    c0, c1 = first.idx, last.idx + len(last)
    para = para_of_char(d, c0)
    bound = binding.bind_clause(d, clause, QuoteSpan(c0, c1, para, group, True), d.sections.of_paragraph[para])
    entity = bound.entity
    return Quote(index=0, group=group, text=d.text[c0:c1], start=c0, end=c1, type="indirect",
                 paragraph=para, speaker=entity.speaker(bound.mention) if entity else None,
                 cue=bound.cue if entity else None, method=bound.method if entity else "none",  # type: ignore[arg-type]
                 confidence=bound.confidence if entity else 0.0)


def _voiced(noun: Token) -> bool:
    """Is a report noun voiced by the verb it completes, whose subject is then its source?
    'Le Pen voiced support for Trump', 'Many voters have concerns about …', 'Trump responded with
    attacks on Machado', 'Weaver says in a statement that …'."""
    if noun.pos_ != "NOUN":
        return False
    if noun_agent(noun) is not None:
        return True  # 'stepped-up criticism from Clinton about …'
    if noun.dep_ == "dobj":
        lemma = cue_lemma(noun.head)
        return noun.head.pos_ in ("VERB", "AUX") and (lemma in lx.VOICING_VERBS or lemma in lx.HOLDING_VERBS
                                                      and holds_thought(noun))
    verb = phrase_verb(noun)
    return verb is not None and (noun.head.lower_ == "in" or cue_lemma(verb) in lx.WITH_VOICING_VERBS
                                 or holds_thought(noun))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the sorted, disjoint ``spans``."""
    i = bisect.bisect_left(spans, (start, start))
    return any(a < end and start < b for a, b in spans[max(i - 1, 0):i + 1])
