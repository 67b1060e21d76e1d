"""Parsed Doc + quote spans -> attributed quotes (cue, speaker, method, confidence).

For each quote group the nearest reporting clause in the quote's own
sentence wins: a cue right after a fragment (`"…," X said`), else one before
it (`X said: "…"`, `X said the plan was "a disaster"`), else a lead-in that
ends the paragraph before with a colon. A quote with no cue continues the
previous speaker when it stands as a sentence of its own; a quoted phrase
inside a sentence that nobody reports is a term.

Reported speech comes last: what each reporting clause reports (``reported``),
then, with a parse, what the trained ``report_scorer`` keeps of it and adds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import NamedTuple, Optional

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .. import lexicon as lx
from ..output.model import Cue, CueClass, Mention, Quote, Speaker
from ..text.marks import (DOUBLE_MARKS, Paragraph, QuoteSpan, headline_lead, is_headline, looks_like_title, names_a_work,
                          paragraphs, scan)
from . import features, pronouns, ranker, report_scorer, reported
from .candidates import Group, propose
from .cues import Clause, clause_at, cue_lemma, dash_clause, find_clauses, name_colon, proper_run_right, with_head
from .speakers import Entity, SpeakerTracker, anonymity_in
from .tokens import annotations, has_entities, has_parse, is_pronoun, is_proper, mention_of, subject_tokens

# How often the speaker is right, by what the attribution rests on, measured on
# PolNeAR dev (see README): a whole quoted sentence is attributed more reliably
# than a quoted phrase inside a reported clause, which gets the lower cap.
CONFIDENCE = {
    "explicit": 0.95, "unnamed": 0.9, "pronoun": 0.92, "continuation": 0.9, "nominal": 0.9,
    "comment": 0.7, "colon": 0.8, "headline": 0.6, "pronoun_guess": 0.6, "predicate": 0.4, "nearest": 0.35, "unresolved": 0.3, "none": 0.0,
}
MIXED_CAP = {"explicit": 0.85, "unnamed": 0.75, "pronoun": 0.9, "continuation": 0.65, "nominal": 0.75}
_PERSONAL = frozenset({"he", "she", "they", "i", "we"})
_THIRD_PERSON = frozenset({"he", "she", "they"})
# A third-person subject, or the owner of a report noun ('his claim that …'): bound
# as a pronoun even when nothing before it resolves it.
_BOUND_AS_PRONOUN = _THIRD_PERSON | {w for w, pronoun in lx.POSSESSIVE_PRONOUNS.items() if pronoun in _THIRD_PERSON}
_WRITER = frozenset({"i", "we"})
_MAX_QUOTES_PER_SENTENCE = 20  # bounds the work per quote on hostile text
_MAX_CONTINUATION_PARAGRAPHS = 2
_MAX_SIGNATURE_WORDS = 20
_MAX_NOUN_HOPS = 4
_MAX_ANTECEDENT_TOKENS = 120
_MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})  # a sentence's own verb, not an aside's  # how far back a pronoun's antecedent is looked for
_SHARE = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine) in (10|ten|\d+)\b", re.I)
_SO_CALLED = re.compile(r"\bso[-\s\u2010\u2011]called\s*.$", re.I)
_MAX_LOOSE_SUBJECT = 12  # words between a quote and a reporting verb the tagger missed
_SPEAKER_LABEL = re.compile(r"(?P<name>[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}):[ \t\u00a0]")
_NOT_SPEAKERS = frozenset({"VIDEO", "AUDIO", "NOTE", "EDITOR'S NOTE", "EDITOR\u2019S NOTE", "UPDATE", "BREAKING",
                           "EXCLUSIVE", "WATCH", "READ", "CLIP", "PHOTO", "PHOTOS", "SOURCE", "SOURCES", "CORRECTION"})
_AS_FOLLOWS = re.compile(r"\s*(?P<src>[A-Z][^\n:.!?\"\u201c\u201d]{0,60}?)\s+(?:is\s+|are\s+|was\s+|reads\s+)?as\s+follows\s*:\s*")
_MAX_QUOTED_PARAGRAPHS = 40
_COMMENT_SECTION = re.compile(r"^\s*(\d+\s+)?(reader\s+)?(?:%s)\s*(\(\d+\))?\s*:?\s*$"
                              % "|".join(lx.COMMENT_SECTION_WORDS), re.I)
_COMMENT_HEADER = re.compile(
    r"^\s*(?P<name>\S(?:[^\n]{0,60}?\S)?)\s+(?P<verb>%s)" % "|".join(lx.COMMENT_HEADER_VERBS)
    + r"\s*(?P<end>:|\.\.\.|\u2026)\s*$")


# Attributions the document's layout states outright (a newsletter item's headline, a
# transcript's lead-in, a reader comment's header; and a quote signed on the line after it,
# the group cue 'byline'): quotex's convention, not evidence to weigh.
_LAYOUT_RULES = frozenset({"newsletter", "as_follows", "comment_header"})


@dataclass
class _Bound:
    """What a quote group was attributed to."""

    entity: Optional[Entity]
    mention: Optional[Mention]
    cue: Optional[Cue]
    method: str
    confidence: float
    paragraph: int
    end: int
    section: int
    basis: str = ""  # the CONFIDENCE key the confidence came from


class _Sections:
    """Article body (section 0) and reader comments (one section per comment)."""

    def __init__(self, text: str, paras: list[Paragraph]):
        self.of_paragraph: list[int] = []
        self.headers: dict[int, tuple[str, Mention]] = {}  # section -> (commenter, header verb)
        section, in_comments = 0, False
        for p in paras:
            line = text[p.start:p.end]
            if _COMMENT_SECTION.match(line):
                in_comments = True
            m = _COMMENT_HEADER.match(line)
            if m and len(m.group("name").split()) <= 4 and (in_comments or m.group("verb") == "wrote"
                                                              or m.group("end") != ":"):
                in_comments = True
                section += 1
                vs = p.start + m.start("verb")
                self.headers[section] = (m.group("name"), Mention(m.group("verb"), vs, p.start + m.end("verb")))
            self.of_paragraph.append(section)
        self.header_paragraphs = {p.index for p in paras if self.headers.get(self.of_paragraph[p.index])
                                  and _COMMENT_HEADER.match(text[p.start:p.end])}


class _Report(NamedTuple):
    """An indirect fragment found: tokens [start, end), the clause that reports it
    (None: a claim with no source), its cue word, and where the cue's words end
    when the report scorer found them ('made clear'; None: the cue word alone)."""

    start: int
    end: int
    clause: Optional[Clause]
    verb: int
    cue_end: Optional[int] = None


class _Attributor:
    def __init__(self, doc: Doc, rescore: bool = True, rank: bool = True, collect: Optional[list] = None):
        self.doc = doc
        self.rescore = rescore and has_parse(doc)
        self.rank = rank  # the speaker ranker decides; False: the rules' own choice
        self.collect = collect  # training: each ranked group's candidates and features go here
        self.has_parse, self.has_ner = has_parse(doc), has_entities(doc)
        self._late_resolved: dict[tuple[int, int], tuple[Optional[Entity], str]] = {}  # clauses found late
        self._spoken: dict[int, int] = {}  # entity -> how many quote groups it was given so far
        self._speakers: list[_Bound] = []  # the speakers of quote groups so far, each as a later quote may continue it
        self.text = doc.text
        self.paras = paragraphs(self.text)
        self.spans = scan(self.text, self.paras)
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []
        self.sections = _Sections(self.text, self.paras)
        self._span_ends = [sp.end for sp in self.spans]
        self._para_starts = [p.start for p in self.paras]
        self.quoted = {i for sp in self.spans for i in self._tokens_in(sp.start, sp.end)}
        self.tracker = SpeakerTracker(doc, self.quoted)
        self.clauses = [c for c in find_clauses(doc, self.quoted) if self._para_of_token(c.verb) not in
                        self.sections.header_paragraphs]
        self.by_verb = {c.verb: c for c in self.clauses if not c.indirect_only}  # cues of quotes
        self._verbs = [c.verb for c in self.clauses]  # ascending: clauses come in token order
        self.resolved: dict[int, tuple[Optional[Entity], str]] = {}
        self._pronoun_entities: dict[int, Optional[Entity]] = {}  # cue verb -> its unresolved pronoun
        self._resolve_clauses()

    # -- positions ---------------------------------------------------------------
    def _token_at(self, char: int) -> int:
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def _tokens_in(self, c0: int, c1: int) -> range:
        return range(bisect.bisect_left(self.starts, c0), bisect.bisect_left(self.starts, c1))

    def _para_of_char(self, char: int) -> int:
        i = bisect.bisect_right(self._para_starts, char) - 1
        return self.paras[max(i, 0)].index if self.paras else 0

    def _para_of_token(self, i: int) -> int:
        return self._para_of_char(self.doc[i].idx)

    def _resolve_clauses(self) -> None:
        section = 0
        for c in self.clauses:
            s = self.sections.of_paragraph[self._para_of_token(c.verb)]
            if s != section:
                self.tracker.reset()
                section = s
            if c.indirect_only:  # weak evidence: it must not become what 'he said' refers to
                self.resolved[c.verb] = self.tracker.peek(c.resolves)
                continue
            self.resolved[c.verb] = self.tracker.resolve(c.resolves)
            entity = self.resolved[c.verb][0]
            if entity is not None and entity.anonymous and entity.anonymity is None:
                entity.anonymity = anonymity_in(self._clause_sentence(c))

    def _clause_sentence(self, c: Clause) -> list[Token]:
        """The clause and what follows it to the end of its sentence (bounded)."""
        end = c.last
        while end + 1 < len(self.doc) and end - c.last < 40 and not _ends_sentence(self.doc[end]) \
                and not self.doc[end + 1].is_quote and "\n" not in self.doc[end].text_with_ws:
            end += 1
        return list(self.doc[c.first:end + 1])

    # -- windows around a fragment ------------------------------------------------
    def _open_mark(self, span: QuoteSpan) -> int:
        i = span.start - 1
        while i > 0 and self.text[i] not in DOUBLE_MARKS and self.text[i].isspace():
            i -= 1
        return i

    def _close_mark(self, span: QuoteSpan) -> int:
        i = span.end
        while i < len(self.text) - 1 and self.text[i].isspace():
            i += 1
        return i if span.closed else span.end

    def _pre_window(self, k: int) -> list[int]:
        """Tokens from the start of the quote's sentence up to its opening mark,
        skipping other quotes of the same sentence and whitespace tokens."""
        return [i for i in self._pre_tokens(k) if not self.doc[i].is_space]

    def _pre_tokens(self, k: int) -> list[int]:
        span = self.spans[k]
        para = self.paras[span.paragraph]
        hi = self._open_mark(span)
        out: list[int] = []
        j = k
        while k - j <= _MAX_QUOTES_PER_SENTENCE:
            prev = self.spans[j - 1] if j > 0 and self.spans[j - 1].paragraph == span.paragraph else None
            lo = self._close_mark(prev) + 1 if prev is not None else para.start
            toks = list(self._tokens_in(lo, hi))
            for n in range(len(toks) - 1, -1, -1):
                if _ends_sentence(self.doc[toks[n]]):
                    return toks[n + 1:] + out
            out = toks + out
            if prev is None or _inner_ends(self.text, prev, ".!?\u2026"):
                return out
            j -= 1
            hi = self._open_mark(prev)
        return out

    def _post_window(self, k: int) -> range:
        span = self.spans[k]
        if not span.closed:
            return range(0)
        para = self.paras[span.paragraph]
        hi = para.end
        if k + 1 < len(self.spans) and self.spans[k + 1].paragraph == span.paragraph:
            hi = self._open_mark(self.spans[k + 1])
        toks = self._tokens_in(self._close_mark(span) + 1, hi)
        for i in toks:
            if _ends_sentence(self.doc[i]):
                return range(toks.start, i)
        return toks

    def _words(self, window: range | list[int]) -> list[int]:
        return [i for i in window if not (self.doc[i].is_punct or self.doc[i].is_quote or self.doc[i].is_space)]

    # -- finding the cue ---------------------------------------------------------
    def _post_cue(self, window: range) -> Optional[Clause]:
        if not window:
            return None
        first = window.start
        while first < window.stop and self.doc[first].is_space:
            first += 1
        dash = dash_clause(self.doc, first)
        if dash is not None:
            return dash
        words = self._words(window)
        if not words:
            return None
        full_stop = _inner_ends(self.text, self._span_before(window), ".")
        if full_stop and self._leads_into_next(window):
            return None  # '"… it." Of Carson, Levine said, "…"': the clause introduces the next quote
        for n, i in enumerate(words):
            c = self.by_verb.get(i)
            if c is None or not c.finite or c.first < window.start or c.last > window.stop:
                continue
            if full_stop and self.doc[words[0]].is_title and len([j for j in words if j > c.last]) > 4:
                return None  # '"… it." The star then recalled an incident …' starts a new sentence
            lead = [j for j in words[:n] if j < c.first]
            if len(lead) <= 8 and not any(self.doc[j].pos_ in ("VERB", "AUX") and self.doc[j].dep_ != "amod"
                                          for j in lead):
                return c  # '"…," X said' (allowing a longer subject start)
            if self.doc[c.first - 1].text == "," and len([j for j in words if j > c.last]) <= 6 \
                    and c.referent is None:
                return c  # 'A was "b" in c, X said.': the sentence ends with its reporting clause
        if not full_stop and _inner_ends(self.text, self._span_before(window), ",?!\u2014-"):
            return self._loose_post_cue(words)
        return None

    def _leads_into_next(self, window: range) -> bool:
        """Does a post-window end with a comma or colon right before another quote?"""
        last = window.stop - 1
        while last >= window.start and self.doc[last].is_space:
            last -= 1
        if last < window.start or self.doc[last].text not in (",", ":"):
            return False
        nxt = self.doc[window.stop] if window.stop < len(self.doc) else None
        return nxt is not None and nxt.is_quote and not self.text[self.doc[last].idx + 1:nxt.idx].strip()

    def _loose_post_cue(self, words: list[int]) -> Optional[Clause]:
        """'"…," the two write': a subject and a reporting verb right after a quote that
        ends with a comma, when the tagger took the verb for a noun or a participle."""
        for n, i in enumerate(words[:_MAX_LOOSE_SUBJECT + 1]):
            tok = self.doc[i]
            lemma = lx.VERB_FORMS.get(tok.lower_)
            if lemma is None or i in self.by_verb or lemma in lx.INDIRECT_ONLY or lemma in lx.NEEDS_PARTICLE:
                continue
            if n == 0 or tok.lower_.endswith("ing") or lx.CUE_CLASS.get(lemma) == "thought":
                return None
            lead = [self.doc[j] for j in words[:n]]
            first = lead[0]
            if not (first.is_title or first.lower_ in _THIRD_PERSON or first.lower_ in lx.DEFINITE
                    or first.lower_ in lx.INDEFINITE):
                return None
            subject = [first] if first.lower_ in _THIRD_PERSON else lead
            comma = next((j for j in range(first.i, i) if self.doc[j].text == ","), None)
            if comma is not None:
                subject = [t for t in subject if t.i < comma]
            if not subject or any(t.i in self.quoted for t in subject):
                return None
            cue = Cue(tok.text, tok.idx, tok.idx + len(tok.text), lx.CUE_CLASS.get(lemma, "speech"))
            return Clause(cue, cue.cue_class, i, subject, first.i, i)
        return None

    def _span_before(self, window: range) -> QuoteSpan:
        """The quote whose closing mark a post-window follows."""
        i = bisect.bisect_right(self._span_ends, self.doc[window.start].idx) - 1
        return self.spans[max(i, 0)]

    def _pre_cue(self, window: list[int], quote_token: int) -> Optional[Clause]:
        """The reporting clause before a quote in its sentence; with a parse, the
        nearest one whose verb governs the quote ('Trump said Clinton called him "a liar"' is Clinton's)."""
        if not window:
            return None
        named = name_colon(self.doc, window) or self._verb_name_colon(window)
        if named is not None:
            return named
        found = [self.by_verb[i] for i in window if i in self.by_verb and self.by_verb[i].first >= window[0]
                 and cue_lemma(self.doc[i]) not in lx.POST_ONLY and not self._aspectual(i)]
        if not found:
            return None
        if has_parse(self.doc):
            ancestors = {t.i for t in self.doc[quote_token].ancestors}
            governing = [c for c in found if c.verb in ancestors]
            if any(c.cue_class != "thought" for c in governing):
                # 'X said Y doesn't know what he's talking about when he paints all "inner-city" …'
                governing = [c for c in governing if c.cue_class != "thought"]
            if governing:
                return max(governing, key=lambda c: _depth(self.doc[c.verb]))
        if has_parse(self.doc):  # none governs the quote: the sentence's main clause, not an aside ('(think X)')
            return min(reversed(found), key=lambda c: _depth(self.doc[c.verb]))
        return found[-1]

    def _verb_name_colon(self, window: list[int]) -> Optional[Clause]:
        """'Continued Stone: "…"', 'Stated Stone:': a reporting verb, a name and a colon
        make up the whole lead-in."""
        if len(window) < 3 or self.doc[window[-1]].text != ":":
            return None
        verb = self.doc[window[0]]
        lemma = lx.VERB_FORMS.get(verb.lower_)
        if lemma is None or lx.CUE_CLASS.get(lemma) != "speech" or not verb.is_title:
            return None
        run = proper_run_right(self.doc, window[1])
        if not run or run[-1].i != window[-2]:
            return None
        colon = self.doc[window[-1]]
        return Clause(Cue(verb.text, verb.idx, verb.idx + len(verb.text)), "speech", verb.i, run, verb.i, colon.i)

    def _aspectual(self, i: int) -> bool:
        """'will continue to be "…"': a cue verb with a 'to'-infinitive it does not report."""
        if cue_lemma(self.doc[i]) in lx.XCOMP_CUES or i + 2 >= len(self.doc):
            return False
        nxt, verb = self.doc[i + 1], self.doc[i + 2]
        return nxt.lower_ == "to" and (verb.tag_ == "VB" if verb.tag_ else verb.lower_ in ("be", "have", "do"))

    def _colon_lead_in(self, span: QuoteSpan) -> Optional[Clause]:
        """'Panetta said:' ending the paragraph before a quote paragraph."""
        if span.paragraph == 0:
            return None
        prev = self.paras[span.paragraph - 1]
        if not self.text[prev.start:prev.end].rstrip().endswith(":"):
            return None
        toks = self._tokens_in(prev.start, prev.end)
        inverted = self._verb_name_colon([i for i in toks if not self.doc[i].is_space])
        if inverted is not None:
            return inverted
        for i in reversed(toks):
            if _ends_sentence(self.doc[i]) and i != toks.stop - 1:
                break
            if i in self.by_verb:
                return self.by_verb[i]
        return None

    def _shape(self, pre: list[int], post: range, clause: Optional[Clause]) -> str:
        """'direct' when the quote is the whole content of its sentence, else 'mixed'."""
        lead = self._words(pre)
        if clause is not None and clause.verb in pre:
            after = [i for i in lead if i > clause.last]
            ends_lead_in = self.doc[pre[-1]].text in (",", ":")
            lead = [] if (not after or ends_lead_in) else after
        tail = self._words(post)
        if clause is not None and clause.verb in post:
            tail = [i for i in tail if i < clause.first]
        else:
            tail = self._tail(post)
        return "direct" if not lead and not tail else "mixed"

    def _tail(self, post: range) -> list[int]:
        """Words after a quote in its sentence; none when a new sentence starts right
        after it ('"So, who?" Her suggestions are redacted.')."""
        tail = self._words(post)
        if tail and self.doc[tail[0]].is_title and self._ends_before(post.start):
            return []
        return tail

    def _ends_before(self, tok: int) -> bool:
        """Does the text before token ``tok`` end a sentence, inside or outside the closing mark?"""
        before = self.text[max(self.doc[tok].idx - 4, 0):self.doc[tok].idx].rstrip()
        return before.rstrip("".join(DOUBLE_MARKS) + "\u2019'")[-1:] in (".", "?", "!")

    # -- the main loop -------------------------------------------------------------
    def run(self) -> list[Quote]:
        groups: dict[int, list[int]] = {}
        for k, s in enumerate(self.spans):
            groups.setdefault(s.group, []).append(k)
        out: list[Quote] = []
        clause_groups: dict[int, int] = {}  # cue verb -> group of the quote it introduces
        direct_cues: set[int] = set()
        last: Optional[_Bound] = None
        for g in sorted(groups):
            ks = groups[g]
            windows = {k: (self._pre_window(k), self._post_window(k)) for k in ks}
            clause, where = self._group_cue(ks, windows)
            shapes = {k: self._shape(*windows[k], clause) for k in ks}
            first = self.spans[ks[0]]
            section = self.sections.of_paragraph[first.paragraph]
            grp = Group(g, tuple(ks), windows, clause, where, shapes, first, section)
            if all(self._names_work(k) for k in ks):
                for k in ks:
                    out.append(self._quote(len(out), k, "term", None))
                continue
            types, bound, rule, continues = self._typed(grp, last)
            if rule == "speaker_label":  # a transcript labels each fragment: no one else to weigh
                labelled = bound
                for k in ks:
                    labelled = self._speaker_label(self.spans[k], section) or labelled
                    out.append(self._quote(len(out), k, "direct", labelled))
                continue
            rules_bound = bound
            layout = rule in _LAYOUT_RULES or rule == "cue_subject" and where == "byline"
            if not layout and any(t != "term" for t in types.values()):
                bound = self._ranked(grp, last, bound)
            if rule == "cue_subject" and clause is not None:
                if bound is not None and rules_bound is not None and bound.entity is rules_bound.entity \
                        and bound.mention == rules_bound.mention:
                    clause_groups.setdefault(clause.verb, g)  # what the cue reports shares its quote's speaker
                if any(t == "direct" for t in shapes.values()):
                    direct_cues.add(clause.verb)
            if bound is not None and bound.entity is not None:
                self._spoken[id(bound.entity)] = self._spoken.get(id(bound.entity), 0) + 1
                if continues:
                    last = replace(bound, paragraph=self.spans[ks[-1]].paragraph, end=self.spans[ks[-1]].end,
                                   section=section)
                    self._speakers.append(last)
            for k in ks:
                out.append(self._quote(len(out), k, types[k], bound))
        out.extend(self._reported(clause_groups, direct_cues, len(groups)))
        return _in_order(out)

    def _typed(self, g: Group, last: Optional[_Bound]) -> tuple[dict[int, str], Optional[_Bound], str, bool]:
        """The group's fragment types, the rules' own speaker, which generator that is,
        and whether a later quote may continue it. The type follows from where the
        rules find the quote's source; the speaker is only the ranker's fallback."""
        ks, windows, clause, shapes, first, section = g.ks, g.windows, g.clause, g.shapes, g.first, g.section
        item = self._newsletter_item(first, section)
        if item is not None and (item[1] or clause is None):  # a cue in the item ('X said "…"') wins
            bound, lead = item
            return {k: "direct" if k == ks[0] and lead else "mixed" for k in ks}, bound, "newsletter", False
        labels = [self._speaker_label(self.spans[k], section) for k in ks]
        if labels[0] is not None:  # 'RAMOS: Secretary Clinton, …': a transcript names each speaker
            return {k: "direct" for k in ks}, labels[0], "speaker_label", False
        if clause is not None and (poll := self._poll_behind(clause, first, section)) is not None:
            return dict(shapes), poll, "poll", True  # '37 percent of Americans say Trump is "…"': the poll
        if clause is not None:
            return dict(shapes), self._bind_clause(clause, first, section), "cue_subject", True
        if (follows := self._as_follows(first, section)) is not None:
            return {k: "direct" for k in ks}, follows, "as_follows", False  # no one to continue with
        if any(shapes[k] == "direct" for k in ks) or self._opens_sentence(list(ks), windows):
            types = {k: "direct" if shapes[k] == "direct" else "mixed" for k in ks}
            final = self._sentence_final_cue(ks[-1])
            if final is not None:
                return types, self._bind_clause(final, first, section), "sentence_final_cue", True
            bound, rule = self._bind_uncued(first, section, last)
            return types, bound, rule, True
        if (bound := self._bind_colon(list(ks), windows)) is not None:
            return {k: "direct" for k in ks}, bound, "colon_lead_in", True
        bound = self._bind_predicate(list(ks), windows)
        return {k: "mixed" if bound is not None else "term" for k in ks}, bound, "predicate_subject", True

    def _ranked(self, g: Group, last: Optional[_Bound], fallback: Optional[_Bound]) -> Optional[_Bound]:
        """The ranker's choice among every generator's candidates; without weights, the rules' own."""
        learned = ranker.model()
        table = learned.weights if self.rank else {}
        if not table and self.collect is None:
            return fallback
        cands = propose(self, g, last)
        ctx = features.context(self, g)
        near = features.nearness(self, g, cands)
        feats = [features.candidate_features(self, g, c, ctx, len(cands), r) for c, r in zip(cands, near)]
        none = features.none_features(ctx, cands)
        if self.collect is not None:
            self.collect.append({"spans": [(self.spans[k].start, self.spans[k].end) for k in g.ks],
                                 "candidates": cands, "features": feats, "none": none, "fallback": fallback})
        if not table:
            return fallback
        best, p = ranker.choose(feats, none, table, learned.objective)
        if best is None:
            return None
        chosen = cands[best].bound
        confidence = round(p, 3)
        if chosen.method == "continuation" and last is not None:
            confidence = min(confidence, last.confidence)  # never surer than the quote it continues
        return replace(chosen, confidence=confidence)

    def _ner_label(self, m: Mention) -> str:
        i = self._token_at(max(m.end - 1, m.start))
        return self.doc[i].ent_type_ or "O"

    def _speaker_label(self, span: QuoteSpan, section: int) -> Optional[_Bound]:
        """A quote that opens with a speaker's name in capitals and a colon, as
        transcripts have it: '"RAMOS: Secretary Clinton, did you lie to them?'."""
        m = _SPEAKER_LABEL.match(self.text, span.start, span.end)
        if m is None or m.group("name") in _NOT_SPEAKERS:
            return None
        label = m.group("name")
        entity = self.tracker.commenter(self.tracker.names.full_name(label.title()))
        return _Bound(entity, Mention(label, m.start("name"), m.end("name")), None, "explicit",
                      CONFIDENCE["colon"], span.paragraph, span.end, section, "colon")

    def _as_follows(self, span: QuoteSpan, section: int) -> Optional[_Bound]:
        """'Partial transcript as follows:' and the quote paragraphs after it: the
        lead-in names the source of every one of them."""
        if not _starts_with_mark(self.text, self.paras[span.paragraph]):
            return None
        n = span.paragraph - 1
        while n >= 0 and span.paragraph - n <= _MAX_QUOTED_PARAGRAPHS and _starts_with_mark(self.text, self.paras[n]):
            n -= 1
        if n < 0 or n == span.paragraph - 1 - _MAX_QUOTED_PARAGRAPHS:
            return None
        para = self.paras[n]
        m = _AS_FOLLOWS.fullmatch(self.text, para.start, para.end)
        if m is None:
            return None
        mention = Mention(m.group("src"), m.start("src"), m.end("src"))
        return _Bound(self.tracker.source(mention.text), mention, None, "explicit", CONFIDENCE["colon"],
                      span.paragraph, span.end, section, "colon")

    def _newsletter_item(self, span: QuoteSpan, section: int) -> Optional[tuple[_Bound, bool]]:
        """'HEADLINE "excerpt" [Source.]': the headline speaks for every quote of its
        item; True when the quote follows the headline directly."""
        head = headline_lead(self.text, self.paras[span.paragraph])
        if head is None:
            return None
        name = self.text[head[0]:head[1]]
        bound = _Bound(self.tracker.source(name), Mention(name, head[0], head[1]), None, "explicit",
                       CONFIDENCE["headline"], span.paragraph, span.end, section, "headline")
        return bound, not self.text[head[1]:span.start].strip(" \u00a0" + "".join(DOUBLE_MARKS))

    def _names_work(self, k: int) -> bool:
        """A show's or a book's name, a newsletter headline with its byline, or
        the excerpt after that byline ('"Headline," by X: "…"'): not speech."""
        span = self.spans[k]
        para = self.paras[span.paragraph]
        if names_a_work(self.text, span.start, span.end) or is_headline(self.text, span.start, span.end, para.start):
            return True
        prev = self.spans[k - 1] if k > 0 and self.spans[k - 1].paragraph == span.paragraph else None
        return prev is not None and is_headline(self.text, prev.start, prev.end, para.start) \
            and self.text[self._close_mark(prev) + 1:self._open_mark(span)].rstrip().endswith(":")

    def _reported(self, clause_groups: dict[int, int], direct_cues: set[int], next_group: int) -> list[Quote]:
        """Indirect fragments: what each reporting clause reports, outermost first,
        sharing the group of a mixed quote introduced by the same clause; then
        claims the text makes without a source ('Clinton appeared to waver')."""
        found: list[_Report] = []
        quoting = set(clause_groups)  # cues of quotes: their fragments share the quotes' speaker
        for c in self.clauses:
            word = c.subject[0].lower_
            if self.resolved.get(c.verb, (None,))[0] is None and word not in _BOUND_AS_PRONOUN \
                    and not (word in _WRITER and c.verb not in quoting):
                continue  # a pronoun is bound as for quotes: the last person named, or itself
            pieces = reported.topic if c.verb in direct_cues else reported.content
            for piece in pieces(self.doc, c, self.quoted):
                span = self._within_paragraph(piece, c.verb, shortest=1)
                if span is not None:
                    found.append(_Report(span[0], span[1], c, c.verb))
        clause_verbs = {c.verb for c in self.clauses}
        for verb, pieces in reported.unattributed(self.doc, self.quoted):
            if verb.i in clause_verbs:
                continue
            voiced = self._late_clause(verb.i) if _voiced(verb) else None
            for piece in pieces:
                span = self._within_paragraph(piece, verb.i, shortest=1)
                if span is not None:
                    found.append(_Report(span[0], span[1], voiced, verb.i))
        found.sort(key=lambda f: (f.start, -f.end))
        kept: list[_Report] = []
        reach = -1
        for f in found:
            if f.clause is not None and f.start >= reach:  # not nested in, or overlapping, a report already kept
                kept.append(f)
                reach = f.end
        taken = sorted((f.start, f.end) for f in kept)
        for f in found:  # a claim without a source, where no report is
            if f.clause is None and not _overlaps(taken, f.start, f.end):
                bisect.insort(taken, (f.start, f.end))
                kept.append(f)
        if self.rescore:
            kept = self._rescored(kept)
        out: list[Quote] = []
        for f in sorted(kept, key=lambda f: f.start):
            group = clause_groups.get(f.verb)
            if group is None:  # the pieces of one interrupted report share a group
                group, next_group = next_group, next_group + 1
                clause_groups[f.verb] = group
            out.append(self._indirect(f.start, f.end, f.clause, group) if f.clause is not None else
                       self._unattributed(f, group))
        return out

    def _rescored(self, kept: list[_Report]) -> list[_Report]:
        """The rules' reports the report scorer keeps, and the reports it finds
        that the rules' cue words miss ('took aim at [the plan]')."""
        by_span = {(f.start, f.end): f for f in kept}
        by_verb = {c.verb: c for c in self.clauses}
        scored = report_scorer.scored(self.doc, self.quoted, {span: f.verb for span, f in by_span.items()})
        around_quotes = frozenset(span for span in by_span if self._holds_quoted(span))
        out: list[_Report] = []
        for cand, _ in report_scorer.best(scored, around_quotes):
            if cand.kind == "rule":
                out.append(by_span[(cand.start, cand.end)])
                continue
            cue_end, start = report_scorer.phrase(self.doc, cand)
            span = self._within_paragraph((start, cand.end), cand.cue, shortest=1)
            if span is None:
                continue
            clause = by_verb.get(cand.cue)
            if clause is None and not reported.agentless_passive(self.doc[cand.cue]):  # 'was favored to win': no source
                clause = self._late_clause(cand.cue)
                if clause is not None and clause.cue.start == self.doc[cand.cue].idx:
                    clause = replace(clause, cue=self._cue_words(cand.cue, cue_end, clause.cue.cue_class))
            out.append(_Report(span[0], span[1], clause, cand.cue, cue_end))
            subject = reported.passive_subject(self.doc[cand.cue], span[0])
            subject = self._within_paragraph(subject, cand.cue, shortest=1) if subject is not None else None
            if subject is not None and not self._holds_quoted(subject):
                out.append(_Report(subject[0], subject[1], clause, cand.cue, cue_end))  # shares its group
        return out

    def _holds_quoted(self, span: tuple[int, int]) -> bool:
        return any(i in self.quoted for i in range(*span))

    def _late_clause(self, i: int) -> Optional[Clause]:
        """The clause of a cue found after the quotes were bound (by the report
        scorer, or a report noun's voicing verb); a pronoun subject is guessed
        from the text before it, as the rules guess it."""
        clause = clause_at(self.doc[i], self.quoted)
        if clause is not None and clause.verb not in self.resolved:
            self.resolved[clause.verb] = (None, "none") if is_pronoun(clause.resolves[0]) \
                else self.tracker.peek(clause.resolves)
        return clause

    def _cue_words(self, first: int, end: int, cue_class: CueClass) -> Cue:
        last = self.doc[end - 1]
        c0, c1 = self.doc[first].idx, last.idx + len(last)
        return Cue(self.text[c0:c1], c0, c1, cue_class)

    def _unattributed(self, report: _Report, group: int) -> Quote:
        """A claim with no source: no speaker, the evidential verb (and the cue's
        other words, when the report scorer found it) as its cue."""
        c0, c1 = self.doc[report.start].idx, self.doc[report.end - 1].idx + len(self.doc[report.end - 1])
        cue = self._cue_words(report.verb, report.cue_end or report.verb + 1, "thought")
        return Quote(index=0, group=group, text=self.text[c0:c1], start=c0, end=c1, type="indirect",
                     paragraph=self._para_of_char(c0), speaker=None, cue=cue, method="none", confidence=0.0)

    def _within_paragraph(self, span: tuple[int, int], verb: int, shortest: int = 2) -> Optional[tuple[int, int]]:
        """Clip reported content to the paragraph of its cue: a parse may run past a line break."""
        para = self.paras[self._para_of_token(verb)]
        lo = max(span[0], bisect.bisect_left(self.starts, para.start))
        hi = min(span[1], bisect.bisect_left(self.starts, para.end))
        while hi > lo and (self.doc[hi - 1].is_space or self.doc[hi - 1].is_punct):
            hi -= 1
        while lo < hi and (self.doc[lo].is_space or self.doc[lo].is_punct):
            lo += 1
        return (lo, hi) if hi - lo >= shortest else None

    def _indirect(self, start: int, end: int, clause: Clause, group: int) -> Quote:
        first, last = self.doc[start], self.doc[end - 1]
        c0, c1 = first.idx, last.idx + len(last)
        para = self._para_of_char(c0)
        bound = self._bind_clause(clause, QuoteSpan(c0, c1, para, group, True), self.sections.of_paragraph[para])
        if bound.entity is None and len(clause.subject) == 1 and clause.subject[0].lower_ in _WRITER:
            # 'I think …', 'we know …' outside quotes: the writer's own stance, named as written
            if clause.verb not in self._pronoun_entities:
                self._pronoun_entities[clause.verb] = self.tracker.writer(clause.subject[0])
            bound = replace(bound, entity=self._pronoun_entities[clause.verb], method="pronoun",
                            confidence=CONFIDENCE["unresolved"], basis="unresolved")
        entity = bound.entity
        return Quote(index=0, group=group, text=self.text[c0:c1], start=c0, end=c1, type="indirect",
                     paragraph=para, speaker=entity.speaker(bound.mention) if entity else None,
                     cue=bound.cue if entity else None, method=bound.method if entity else "none",  # type: ignore[arg-type]
                     confidence=bound.confidence if entity else 0.0)

    def _opens_sentence(self, ks: list[int], windows: dict[int, tuple[list[int], range]]) -> bool:
        """A quoted clause that starts its sentence ('"…" because of …') is speech."""
        text = self.text[self.spans[ks[0]].start:self.spans[ks[0]].end]
        return not self._words(windows[ks[0]][0]) and not looks_like_title(text) and len(text.split()) >= 4

    def _bind_colon(self, ks: list[int], windows: dict[int, tuple[list[int], range]]) -> Optional[_Bound]:
        """'Trump went even further: "If he goes forward, it's the end."' A quoted
        sentence that ends the sentence a person's clause opens with a colon.
        A list of quoted terms after a colon ('in two areas: "…" and "…"') is not speech."""
        span = self.spans[ks[0]]
        pre, post = windows[ks[0]]
        text = self.text[span.start:span.end]
        if not pre or self.doc[pre[-1]].text != ":" or self._tail(post) or len(text.split()) < 3:
            return None
        if looks_like_title(text) or not _inner_ends(self.text, self.spans[ks[-1]], ".!?,\u2026"):
            return None
        if has_parse(self.doc):
            subject = self._sentence_subject(span) or self._lead_in_subject(pre) or self._document_owner(pre)
        else:
            subject = self._leading_subject(pre)
        if subject is None:
            return None
        entity, _ = self.tracker.peek(subject)
        if entity is None or entity.kind == "unknown" and entity.anonymous:
            return None
        colon = self.doc[pre[-1]]
        section = self.sections.of_paragraph[span.paragraph]
        return _Bound(entity, mention_of(subject), Cue(":", colon.idx, colon.idx + 1), "explicit",
                      CONFIDENCE["colon"], span.paragraph, span.end, section, "colon")

    def _bind_predicate(self, ks: list[int], windows: dict[int, tuple[list[int], range]]) -> Optional[_Bound]:
        """A quote with no reporting verb, inside the predicate of a sentence: a
        quoted clause ('promotes a connection to "the world's leading developer"'),
        or a quoted word after a person subject, is the subject's; a scare quote,
        a title or a list after a bare colon is a term."""
        span = self.spans[ks[0]]
        text = self.text[span.start:span.end]
        pre = windows[ks[0]][0]
        if looks_like_title(text) or any(self.doc[i].text == ":" for i in pre):
            return None  # a title, or a list after a bare colon: 'in two areas: "…" and "…"'
        if _SO_CALLED.search(self.text, max(span.start - 20, 0), self._open_mark(span) + 1):
            return None  # 'the so-called "gray areas"': the writer's distance, not anyone's words
        owned = self._speech_noun_owner(span)
        if owned is not None:
            return owned
        long_clause = len(text.split()) >= 4
        subject = self._sentence_subject(span) if has_parse(self.doc) else self._leading_subject(pre)
        if subject is None:
            return None
        entity, _ = self.tracker.peek(subject)
        if has_entities(self.doc):
            named_person = subject[-1].ent_type_ == "PERSON"
        else:  # no NER (rules only, or fast mode): a proper name the tracker takes for a person
            named_person = entity is not None and entity.kind == "person" and is_proper(subject[-1])
        personal = subject[0].lower_ in _PERSONAL or named_person
        people = entity is not None and (entity.kind == "person" and not entity.anonymous
                                         or entity.kind == "group" and entity.head in lx.PERSON_NOUNS)
        if entity is None or not (long_clause or personal or people):
            return None
        section = self.sections.of_paragraph[span.paragraph]
        return _Bound(entity, mention_of(subject), None, "nearest", CONFIDENCE["predicate"], span.paragraph,
                      span.end, section, "predicate")

    def _poll_behind(self, clause: Clause, span: QuoteSpan, section: int) -> Optional[_Bound]:
        """'The Q poll finds that 37 percent of Americans say Trump is "…"': respondents counted
        by a share speak through the poll or survey the paragraph names before them."""
        words = {t.lower_ for t in clause.subject}
        if not (words & {"percent", "%", "majority", "plurality"} or
                _SHARE.search(" ".join(t.text for t in clause.subject))):
            return None
        para = self.paras[span.paragraph]
        poll = next((self.doc[i] for i in reversed(self._tokens_in(para.start, self.doc[clause.first].idx))
                     if (self.doc[i].lemma_ or self.doc[i].lower_).lower() in ("poll", "survey", "polls", "surveys")
                     and self.doc[i].pos_ in ("NOUN", "PROPN", "")),
                    None)
        if poll is None:
            return None
        tokens = list(self.doc[poll.left_edge.i:poll.i + 1]) if has_parse(self.doc) else [poll]
        mention = mention_of(tokens)
        return _Bound(self.tracker.source(mention.text), mention, clause.cue, "explicit", CONFIDENCE["nominal"],
                      span.paragraph, span.end, section, "nominal")

    def _speech_noun_owner(self, span: QuoteSpan) -> Optional[_Bound]:
        """'her remark that "…"', 'his call for "…"', 'the suggestion by X that "…"':
        a quote inside what a noun of speech reports is its owner's."""
        if not has_parse(self.doc):
            return None
        first = self.doc[self._token_at(span.start)]
        node = first
        for _ in range(_MAX_NOUN_HOPS):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ in ("VERB", "AUX") and node.i not in self.quoted and not (
                    node.dep_ in ("acl", "xcomp") and node.head.lemma_.lower() in lx.SPEECH_NOUNS):
                return None  # a clause of its own stands between the quote and the noun ('promise to be "…"' does not)
            if node.pos_ != "NOUN" or node.lemma_.lower() not in lx.SPEECH_NOUNS or node.i > first.i:
                continue
            owner = next((c for c in node.children if c.dep_ == "poss"), None)
            if owner is None:
                by = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if owner is None or owner.i in self.quoted:
                return None
            tokens = [owner] if owner.lower_ in lx.POSSESSIVE_PRONOUNS else subject_tokens(owner)
            entity, _ = self.tracker.owner(tokens)
            if entity is None:
                return None
            section = self.sections.of_paragraph[span.paragraph]
            return _Bound(entity, mention_of(tokens), None, "nearest", CONFIDENCE["predicate"], span.paragraph,
                          span.end, section, "predicate")
        return None

    def _document_owner(self, pre: list[int]) -> Optional[list[Token]]:
        """'From Bush's Facebook post: "…"': whose document a verbless lead-in names."""
        if any(self.doc[i].pos_ in ("VERB", "AUX") for i in pre):
            return None
        for i in reversed(pre):
            tok = self.doc[i]
            if tok.lemma_.lower() in lx.DOCUMENT_NOUNS:
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                if owner is None or owner.lower_ in lx.POSSESSIVE_PRONOUNS:
                    return None
                return [t for t in subject_tokens(owner) if t.dep_ != "case"] or [owner]
        return None

    def _lead_in_subject(self, pre: list[int]) -> Optional[list[Token]]:
        """The subject of the clause a colon ends ('Kasich resisted: "…"'), when the
        parse hangs the quote elsewhere."""
        inside = set(pre)
        node = self.doc[pre[-1]].head
        if node.i not in inside:  # the colon hangs on the quote: start at the lead-in's own verb
            tops = [self.doc[i] for i in pre if self.doc[i].head.i not in inside and self.doc[i].pos_ in ("VERB", "AUX")]
            if not tops:
                return None
            node = tops[-1]
        for _ in range(4):
            if node.i not in inside:
                return None
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in inside), None)
            if subj is not None:
                if subj.lower_ in lx.RELATIVE_PRONOUNS or subj.lower_ in ("it", "this", "that", "we", "i", "you", "there"):
                    return None
                tokens = subject_tokens(subj)
                return tokens if all(t.i in inside for t in tokens) else None
            if node.head.i == node.i or node.dep_ in ("relcl", "acl", "ccomp"):
                return None  # a clause of its own: its subject is not the lead-in's
            node = node.head
        return None

    def _leading_subject(self, pre: list[int]) -> Optional[list[Token]]:
        """Without a parse: a pronoun or a name that opens the quote's sentence."""
        words = self._words(pre)
        if not words:
            return None
        first = self.doc[words[0]]
        if first.lower_ in _THIRD_PERSON:
            return [first]
        run = proper_run_right(self.doc, first.i)
        return run or None

    def _sentence_subject(self, span: QuoteSpan) -> Optional[list[Token]]:
        """The subject of the nearest clause that governs a quote, when it comes
        before the quote in the same paragraph ('he found "evidence"')."""
        if not has_parse(self.doc):
            return None
        first = self.doc[self._token_at(span.start)]
        para_start = self.paras[span.paragraph].start
        nearest: Optional[list[Token]] = None
        for node in first.ancestors:
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i >= first.i or subj.i in self.quoted:
                continue
            if subj.lower_ in lx.RELATIVE_PRONOUNS and node.dep_ == "relcl":
                continue  # 'a strategy that banks on presenting herself as "…"': look further out
            if subj.lower_ in lx.RELATIVE_PRONOUNS or subj.lower_ in ("it", "this", "that", "we", "i", "you"):
                break
            if subj.idx < para_start:
                break  # the parser's sentence ran over a paragraph break
            tokens = subject_tokens(subj)
            if any(t.i in self.quoted for t in tokens):
                break
            if self._is_personal(tokens):
                return tokens
            # 'they discussed how the law "was going to …"': a person further out speaks
            nearest = nearest or tokens
        return nearest

    def _is_personal(self, tokens: list[Token]) -> bool:
        if tokens[0].lower_ in _PERSONAL or tokens[-1].ent_type_ == "PERSON":
            return True
        entity, _ = self.tracker.peek(tokens)
        return entity is not None and entity.kind in ("person", "group") and not entity.anonymous

    def _group_cue(self, ks: list[int], windows: dict[int, tuple[list[int], range]]) -> tuple[Optional[Clause], str]:
        for n, k in enumerate(ks):
            pre, post = windows[k]
            quote_token = self._token_at(self.spans[k].start)
            c = self._post_cue(post)
            if c is not None and pre and self.doc[pre[-1]].text in (",", ":") and (
                    self._introduces_next(post, c)
                    or _inner_ends(self.text, self.spans[k], ".?!") and self._leads_into_next(post)):
                # 'He said, "A" - at which point the crowd chanted "B"', 'Clinton responds with, "A?"
                # Mills then writes back, "B"': the clause after the quote introduces the next one,
                # and the lead-in is this quote's
                lead_in = self._pre_cue(pre, quote_token)
                if lead_in is not None:
                    return self._outer_report(lead_in), "pre"
            if c is not None:
                return c, "post"
            c = self._pre_cue(pre, quote_token)
            if c is not None:
                return self._outer_report(c), "pre"
            if n == 0 and not self._words(pre):
                c = self._colon_lead_in(self.spans[k])
                if c is not None:
                    return c, "colon"
        c = self._byline_after(ks[-1])
        if c is not None:
            return c, "byline"
        return None, ""

    def _sentence_final_cue(self, k: int) -> Optional[Clause]:
        """'"A" was to be a "B," said C.': the clause that ends a sentence reports all of it,
        so a quote with no cue of its own takes the one after a later quote of its sentence."""
        post = self._post_window(k)
        for _ in range(_MAX_QUOTES_PER_SENTENCE):
            nxt = k + 1
            if not post or nxt >= len(self.spans) or self.spans[nxt].paragraph != self.spans[k].paragraph \
                    or post.stop != self._token_at(self._open_mark(self.spans[nxt])) \
                    or _inner_ends(self.text, self.spans[k], ".!?"):
                return None
            k, post = nxt, self._post_window(nxt)
            c = self._post_cue(post)
            if c is not None:
                return c
        return None

    def _introduces_next(self, post: range, c: Clause) -> bool:
        """Does a clause after a quote run on into the next quote, with nothing but punctuation between?"""
        nxt = self.doc[post.stop] if post.stop < len(self.doc) else None
        return nxt is not None and nxt.is_quote and not self._words(range(c.last + 1, post.stop))

    def _outer_report(self, c: Clause) -> Clause:
        """'Trump said Clinton once described the deal as "the gold standard"': a
        cue inside what a speech cue reports is part of that report, and the
        quoted words are the outer speaker's, as the article heard them."""
        if not has_parse(self.doc):
            return c
        node, outer = self.doc[c.verb], c
        for _ in range(3):
            if node.dep_ != "ccomp" or node.head.i == node.i:
                break
            node = node.head
            found = self.by_verb.get(node.i)
            if found is not None and found.cue_class == "speech" and node.i < c.verb \
                    and "\n" not in self.text[node.idx:self.doc[c.verb].idx]:  # a parse may run a headline on
                outer = found
        return outer

    def _byline_after(self, k: int) -> Optional[Clause]:
        """A quote paragraph signed on the next line: '- Hillary Clinton.'"""
        span = self.spans[k]
        if span.paragraph + 1 >= len(self.paras) or self._words(self._post_window(k)):
            return None
        nxt = self.paras[span.paragraph + 1]
        toks = self._tokens_in(nxt.start, nxt.end)
        first = next((i for i in toks if not self.doc[i].is_space), None)
        if first is None:
            return None
        return dash_clause(self.doc, first) or self._signed_inside(span, nxt, first)

    def _signed_inside(self, span: QuoteSpan, nxt: Paragraph, first: int) -> Optional[Clause]:
        """'"… that lead.¶John Podesta, campaign chairman."': a quote left open at its
        paragraph's end, closed after a short line that names who said it."""
        line = self.text[nxt.start:nxt.end].rstrip()
        if span.closed or not line or line[-1] not in DOUBLE_MARKS or line.lstrip()[0] in DOUBLE_MARKS \
                or len(line.split()) > _MAX_SIGNATURE_WORDS:
            return None
        run = proper_run_right(self.doc, first)
        after = run[-1].i + 1 if run else len(self.doc)
        if after >= len(self.doc) or self.doc[after].text not in (",", "."):
            return None  # the line opens with a name and its description: 'Name, title.
        close = nxt.start + len(line) - 1
        return Clause(Cue(line[-1], close, close + 1), "speech", self._token_at(close), run, first, run[-1].i)

    def _bind_clause(self, clause: Clause, span: QuoteSpan, section: int) -> _Bound:
        entity, method = self.resolved.get(clause.verb, (None, "none"))
        if clause.verb not in self.resolved:  # a dash or colon clause: resolve it now, once
            key = (clause.verb, clause.first)
            if key not in self._late_resolved:  # resolving records history: a second call would differ
                self._late_resolved[key] = self.tracker.resolve(clause.resolves)
            entity, method = self._late_resolved[key]
        basis = method
        if entity is None and clause.subject[0].lower_ in _BOUND_AS_PRONOUN:
            # A pronoun no reporting clause before it explains: the last named
            # person in the same section if any (a weaker guess), else the pronoun itself.
            guess = self.tracker.nearest_person(clause.subject[0].idx, self._section_start(section))
            entity = guess or self._unresolved(clause)
            method, basis = "pronoun", "pronoun_guess" if guess else "unresolved"
        elif method == "explicit" and entity is not None and entity.anonymous:
            basis = "unnamed"
        if entity is None:
            method, basis = "none", "none"
        return _Bound(entity, mention_of(clause.subject), clause.cue, method, CONFIDENCE[basis], span.paragraph,
                      span.end, section, basis)

    def _unresolved(self, clause: Clause) -> Optional[Entity]:
        """One entity per unresolved pronoun clause, whichever fragments it binds."""
        if clause.verb not in self._pronoun_entities:
            self._pronoun_entities[clause.verb] = self.tracker.unresolved(clause.subject)
        return self._pronoun_entities[clause.verb]

    def _section_start(self, section: int) -> int:
        """Where the article (section 0) or a reader comment starts."""
        first = bisect.bisect_left(self.sections.of_paragraph, section)  # sections ascend
        return self.paras[first].start if first < len(self.paras) else 0

    def _bind_uncued(self, span: QuoteSpan, section: int, last: Optional[_Bound]) -> tuple[_Bound, str]:
        """A quote with no cue: a comment's header, else the previous speaker, else the nearest clause."""
        header = self._comment_bound(span, section)
        if header is not None:
            return header, "comment_header"
        if last is not None and last.section == section and \
                span.paragraph - last.paragraph <= _MAX_CONTINUATION_PARAGRAPHS and \
                not self._other_speaker_between(last, span):
            return self._continued(last, span, section), "continuation"
        near = self._nearest_bound(span, section)
        if near is not None:
            return near, "nearest_clause"
        return _Bound(None, None, None, "none", 0.0, span.paragraph, span.end, section), "none"

    def _comment_bound(self, span: QuoteSpan, section: int) -> Optional[_Bound]:
        header = self.sections.headers.get(section)
        if header is None:
            return None
        name, verb = header
        ent = self.tracker.commenter(name)
        cue_class = lx.CUE_CLASS.get(lx.VERB_FORMS.get(verb.text.lower(), ""), "speech")
        return _Bound(ent, None, Cue(verb.text, verb.start, verb.end, cue_class), "explicit", CONFIDENCE["comment"],
                      span.paragraph, span.end, section)

    def _continued(self, last: _Bound, span: QuoteSpan, section: int) -> _Bound:
        conf = CONFIDENCE["continuation"] - 0.1 * max(span.paragraph - last.paragraph - 1, 0)
        mention, cue = last.mention, last.cue
        again = self._same_speaker_between(last, span)
        if again is not None:  # 'She says people should … "It is their life."': the latest mention
            mention, cue = mention_of(again.subject), again.cue
        return _Bound(last.entity, mention, cue, "continuation", conf, span.paragraph, span.end, section,
                      "continuation")

    def _nearest_bound(self, span: QuoteSpan, section: int) -> Optional[_Bound]:
        near = self._nearest_clause(span, section)
        if near is None:
            return None
        entity, _ = self.resolved[near.verb]
        return _Bound(entity, mention_of(near.subject), near.cue, "nearest", CONFIDENCE["nearest"],
                      span.paragraph, span.end, section, "nearest")

    def _next_sentence_clause(self, k: int, reach: int) -> Optional[Clause]:
        """The first reporting clause after a quote, in the rest of its sentence or the next
        sentence of its paragraph, with no other quote between."""
        span = self.spans[k]
        if not span.closed:
            return None
        lo = self._token_at(self._close_mark(span)) + 1
        para = self.paras[span.paragraph]
        hi = min(self._tokens_in(para.start, para.end).stop, lo + reach)
        if k + 1 < len(self.spans) and self.spans[k + 1].paragraph == span.paragraph:
            hi = min(hi, self._token_at(self._open_mark(self.spans[k + 1])))
        sentences = 0
        for c in self._clauses_between(lo - 1, hi):
            if c.indirect_only or c.first < lo or self._leads_into_quote(c, hi):
                continue
            sentences = sum(1 for i in range(lo, c.verb) if _ends_sentence(self.doc[i]))
            if sentences <= 1:
                return c
            break
        return None

    def _antecedent_bound(self, g: Group) -> Optional[_Bound]:
        """'Burton explained from a podium. "I love cats," he said.': a pronoun cue subject's antecedent."""
        clause = g.clause
        if clause is None or len(clause.subject) != 1:
            return None
        found = pronouns.antecedent(self.tracker, clause.subject[0], self.quoted)
        if found is None:
            return None
        entity, basis = found
        return _Bound(entity, mention_of(clause.subject), clause.cue, "pronoun", CONFIDENCE[basis],
                      g.first.paragraph, g.first.end, g.section, basis)

    def _leads_into_quote(self, c: Clause, stop: int) -> bool:
        """'Of Carson, Levine said, "…"': nothing but punctuation between a clause and the next quote."""
        nxt = c.last + 1
        while nxt < len(self.doc) and nxt < stop + 2 and (self.doc[nxt].is_punct or self.doc[nxt].is_space) \
                and not self.doc[nxt].is_quote:
            nxt += 1
        return nxt < len(self.doc) and self.doc[nxt].is_quote and self.doc[c.last + 1:nxt].text.strip()[-1:] in (",", ":")

    def _person_before(self, span: QuoteSpan, section: int) -> Optional[_Bound]:
        entity = self.tracker.nearest_person(span.start, self._section_start(section))
        if entity is None or not entity.mentions:
            return None
        before = [m for m in entity.mentions if m.end <= span.start]
        mention = before[-1] if before else None
        return _Bound(entity, mention, None, "nearest", CONFIDENCE["nearest"], span.paragraph, span.end, section,
                      "nearest")

    def _clauses_between(self, lo: int, hi: int) -> list[Clause]:
        """Clauses whose verb lies strictly between two token indices."""
        a, b = bisect.bisect_right(self._verbs, lo), bisect.bisect_left(self._verbs, hi)
        return self.clauses[a:b]

    def _same_speaker_between(self, last: _Bound, span: QuoteSpan) -> Optional[Clause]:
        """The last clause between two quotes whose subject is the earlier quote's speaker."""
        for c in reversed(self._clauses_between(self._token_at(last.end), self._token_at(span.start))):
            if self.resolved.get(c.verb, (None, ""))[0] is last.entity:
                return c
        return None

    def _other_speaker_between(self, last: _Bound, span: QuoteSpan) -> bool:
        for c in self._clauses_between(self._token_at(last.end), self._token_at(span.start)):
            ent, _ = self.resolved.get(c.verb, (None, ""))
            if ent is not None and ent is not last.entity:
                return True
        return False

    def _nearest_clause(self, span: QuoteSpan, section: int) -> Optional[Clause]:
        """The last reporting clause in this paragraph or the one before, if its speaker is known."""
        start = self.paras[max(span.paragraph - 1, 0)].start
        known = [c for c in self._clauses_between(self._token_at(start) - 1, self._token_at(span.start))
                 if self.sections.of_paragraph[self._para_of_token(c.verb)] == section and not c.indirect_only
                 and self.resolved.get(c.verb, (None,))[0] is not None]
        if not known:
            return None
        last = known[-1]
        if not has_parse(self.doc):
            return last
        # Of the clauses in that sentence, the main one ('X told the Journal, after Y stated …')
        sent = self.doc[last.verb].sent
        same = [c for c in known if self.doc[c.verb].sent == sent]
        return min(reversed(same), key=lambda c: _depth(self.doc[c.verb]))

    def _quote(self, index: int, k: int, qtype: str, bound: Optional[_Bound]) -> Quote:
        s = self.spans[k]
        speaker: Optional[Speaker] = None
        if bound is not None and bound.entity is not None:
            speaker = bound.entity.speaker(bound.mention)  # type: ignore[arg-type]
        method = bound.method if bound is not None and speaker is not None else "none"
        confidence = 0.0
        if bound is not None and speaker is not None:
            confidence = bound.confidence
            if qtype == "mixed":
                confidence = min(confidence, MIXED_CAP.get(bound.basis, confidence))
        return Quote(
            index=index, group=s.group, text=self.text[s.start:s.end], start=s.start, end=s.end,
            type=qtype,  # type: ignore[arg-type]
            paragraph=s.paragraph, speaker=speaker, cue=bound.cue if bound is not None and speaker else None,
            method=method,  # type: ignore[arg-type]
            confidence=confidence, marks=s.marks,
        )


def _voiced(noun: Token) -> bool:
    """Is a report noun voiced by the verb it completes, whose subject is then its source?
    'Le Pen voiced support for Trump', 'Trump responded with attacks on Machado'."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "dobj":
        return noun.head.pos_ == "VERB" and cue_lemma(noun.head) in lx.VOICING_VERBS
    verb = with_head(noun)
    return verb is not None and cue_lemma(verb) in lx.WITH_VOICING_VERBS


def _starts_with_mark(text: str, para: Paragraph) -> bool:
    return text[para.start:para.end].lstrip()[:1] in DOUBLE_MARKS


def _in_order(quotes: list[Quote]) -> list[Quote]:
    """Sort fragments by position (a report before the quoted piece inside it),
    then number them, and their groups, from 0 in order of appearance."""
    rank = {"indirect": 0}
    ordered = sorted(quotes, key=lambda q: (q.start, rank.get(q.type, 1), q.end))
    groups: dict[int, int] = {}
    return [replace(q, index=n, group=groups.setdefault(q.group, len(groups))) for n, q in enumerate(ordered)]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the sorted, disjoint ``spans``."""
    i = bisect.bisect_left(spans, (start, start))
    return any(a < end and start < b for a, b in spans[max(i - 1, 0):i + 1])


def _depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i and n < 100:
        tok, n = tok.head, n + 1
    return n


def _ends_sentence(tok: Token) -> bool:
    return tok.is_punct and tok.text[-1:] in ".!?" and not tok.is_quote


def _inner_ends(text: str, span: QuoteSpan, chars: str) -> bool:
    inner = text[span.start:span.end].rstrip(" \u2019'")
    return inner[-1:] in chars


def attribute(doc: Doc, rescore: bool = True, rank: bool = True, collect: Optional[list] = None) -> list[Quote]:
    """Every quote fragment in ``doc``, attributed; terms included with type 'term'.

    With a parse, the report scorer keeps or drops the rules' indirect
    fragments and adds the ones their cue words miss; ``rescore=False``
    gives the rules' alone. The speaker ranker picks each quote's speaker
    among the candidate generators' proposals; ``rank=False`` gives the
    rules' own choice. ``collect``, a list, receives each ranked group's
    candidates and features (for training).
    """
    if all(t.is_space for t in doc):
        return []
    annotations(doc)  # what the pipeline set, probed once for all the rules below
    return _Attributor(doc, rescore, rank, collect).run()


def rule_reports(doc: Doc) -> list[Quote]:
    """The indirect fragments the rules find, before the report scorer: what it is trained on."""
    return [q for q in attribute(doc, rescore=False) if q.type == "indirect"]
