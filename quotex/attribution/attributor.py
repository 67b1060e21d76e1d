"""Parsed Doc + quote spans -> attributed quotes (cue, speaker, method, confidence).

The flow, one module a step: ``document`` reads the Doc (quote spans,
paragraphs, sections, reporting clauses); for each quote group in order,
``around`` gives the tokens around its fragments, ``quote_cues`` finds the
reporting clause of its sentence, ``quote_types`` says whether it is direct,
mixed or a term and what the rules would name (``layout_rules`` and ``dialogue``:
what the layout states outright); then the candidate generators
(``candidates``: each a small function over ``binding``, ``layout_rules`` and
``quote_cues``) propose speakers and the trained ranker (``choice``) picks one.
Reported speech comes last (``indirect``): what each reporting clause reports,
then, with a parse, what the trained report scorer keeps of it and adds; a quoted
phrase with no cue inside a report's content becomes the reported one's words.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc

from .. import lexicon as lx
from ..output.model import Quote, Speaker
from ..text.marks import with_apostrophes
from . import around, choice, dialogue, headline, indirect, layout_rules, named_later, nested, quote_cues, quote_types
from .document import MIXED_CAP, Bound, Document, Group, read
from .speakers import speaks_as_a_person
from .tokens import (annotations, has_tags, join_split_names, join_split_subjects, mend_body_spokespeople,
                     mend_first_names, mend_fronted_subjects, mend_hyphenated_names, mend_in_charge, mend_noun_roots,
                     mend_of_subjects, mend_participle_subjects, mend_quote_marks, mend_two_subjects)

# Attributions the document's layout states outright (a newsletter item's headline, a
# transcript's lead-in, a reader comment's header, an interview's answers, a dialogue's turns; and
# a quote signed on the line after it, the group cue 'byline'): quotex's convention, not evidence to weigh.
LAYOUT_RULES = frozenset({"newsletter", "as_follows", "comment_header", "interview", "dialogue"})


def attribute(doc: Doc, rescore: bool = True, rank: bool = True, collect: Optional[list] = None,
              reader_bounds: bool = True) -> list[Quote]:
    """Every quote fragment in ``doc``, attributed; terms included with type 'term'.

    With a parse, the report scorer keeps or drops the rules' indirect
    fragments and adds the ones their cue words miss; ``rescore=False``
    gives the rules' alone. The speaker ranker picks each quote's speaker
    among the candidate generators' proposals; ``rank=False`` gives the
    rules' own choice. ``collect``, a list, receives each ranked group's
    candidates and features (for training). ``reader_bounds=False`` leaves the
    reports' bounds as the report scorer sees them, without a cue verb's
    preposition taken into the cue or a quote's marks into the report (for training).
    """
    if all(t.is_space for t in doc):
        return []
    annotations(doc)  # what the pipeline set, probed once for all the rules below
    mend_quote_marks(doc)
    join_split_subjects(doc)
    mend_participle_subjects(doc)
    mend_noun_roots(doc)
    mend_fronted_subjects(doc)
    mend_in_charge(doc)
    mend_two_subjects(doc)
    mend_of_subjects(doc)
    mend_body_spokespeople(doc)
    join_split_names(doc)
    mend_first_names(doc)
    mend_hyphenated_names(doc)
    return _run(read(doc, rescore, rank, collect), reader_bounds)


def rule_reports(doc: Doc) -> list[Quote]:
    """The indirect fragments the rules find, before the report scorer: what it is trained on
    (not the sentences in two apostrophes, which are quotes)."""
    return [q for q in attribute(doc, rescore=False, reader_bounds=False) if q.type == "indirect" and q.marks is None]


def _run(d: Document, reader_bounds: bool = True) -> list[Quote]:
    groups: dict[int, list[int]] = {}
    for k, s in enumerate(d.spans):
        groups.setdefault(s.group, []).append(k)
    out: list[Quote] = []
    clause_groups: dict[int, int] = {}  # cue verb -> group of the quote it introduces
    direct_cues: set[int] = set()
    last: Optional[Bound] = None
    for g in sorted(groups):
        works = [k for k in groups[g] if around.names_work(d, k)]  # a title in a group of quotes is a term
        ks = [k for k in groups[g] if k not in works]
        for k in works:  # ('In the opening scene of "The Long Walk Home," Ruth tells her son, "…"')
            out.append(_quote(d, len(out), k, "term", None, group=-1 - k if ks else None))  # a group of its own
        if not ks:
            continue
        windows = {k: (around.pre_window(d, k), around.post_window(d, k)) for k in ks}
        clause, where = quote_cues.group_cue(d, ks, windows)
        shapes = {k: around.shape(d, *windows[k], clause) for k in ks}
        first = d.spans[ks[0]]
        section = d.sections.of_paragraph[first.paragraph]
        grp = Group(g, tuple(ks), windows, clause, where, shapes, first, section)
        types, bound, rule, continues = quote_types.typed(d, grp, last)
        if rule == "speaker_label":  # a transcript labels each fragment: no one else to weigh
            labelled, own = bound, None
            for n, k in enumerate(ks):
                label = layout_rules.speaker_label(d, d.spans[k], section)
                if label is not None and n > 0:  # a turn of its own, in a group of its own: a group has
                    own = -1 - k  # one speaker ('" KATE BOLDUAN: …' twice, a quote's paragraphs to the mark)
                labelled = label or labelled
                out.append(_quote(d, len(out), k, "direct", labelled, group=own))
            continue
        rules_bound = bound
        # (a signature line, a sentence that points back and names whose words they were, or the 'by'
        # agent of a passive verb of saying that governs the quote, is not weighed)
        layout = rule in LAYOUT_RULES or rule == "cue_subject" and where in ("byline", "pointing", "agent")
        if not layout and any(t != "term" for t in types.values()):
            bound = choice.ranked(d, grp, last, bound)
            bound = dialogue.answer(d, grp, last, bound) or bound
        if rule == "cue_subject" and clause is not None:
            if bound is not None and rules_bound is not None and bound.entity is rules_bound.entity \
                    and bound.mention == rules_bound.mention:
                clause_groups.setdefault(clause.verb, g)  # what the cue reports shares its quote's speaker
            elif _same_mention_other_person(bound, rules_bound):
                # ('His wife, Carol, …: "…," she said. "…"': the ranker read the cue's 'she' as Carol, not as
                # the last woman quoted; so the clause is hers when a later quote asks who spoke between)
                for c in d.clauses:  # and every clause of that subject ('she said, laughing': 'laughing')
                    if c.verb == clause.verb or c.subject and c.subject[0].i == clause.subject[0].i:
                        d.resolved[c.verb] = (bound.entity, bound.method)
            if any(t == "direct" for t in shapes.values()):
                direct_cues.add(clause.verb)
        if bound is not None and bound.entity is not None:
            d.spoken[id(bound.entity)] = d.spoken.get(id(bound.entity), 0) + 1
            if has_tags(d.doc) and any(types[k] != "term" for k in ks):
                speaks_as_a_person(bound.entity, " ".join(d.text[d.spans[k].start:d.spans[k].end] for k in ks),
                                   bound.mention.text if bound.mention is not None else "")
            if continues:
                last = replace(bound, paragraph=d.spans[ks[-1]].paragraph, end=d.spans[ks[-1]].end,
                               section=section)
                d.speakers.append(last)
        for k in ks:
            out.append(_quote(d, len(out), k, types[k], bound))
    out.extend(indirect.indirect_quotes(d, clause_groups, direct_cues, len(groups)))
    out = _one_speaker_per_group(out)
    out = _as_polnear_reads(d.text, indirect.quoted_in_reports(d.doc, out) if reader_bounds else out)
    out = headline.from_the_body(d, _one_state(named_later.rename(d, indirect.reader_bounds(d, out) if reader_bounds
                                                                  else out)))
    out = [_no_ones(q) for q in out]
    return _in_order(out + nested.nested_quotes(d, out))


def _same_mention_other_person(bound: Optional[Bound], rules_bound: Optional[Bound]) -> bool:
    """Did the ranker read the cue's own mention (a pronoun) as another person than the rules did?"""
    return bound is not None and rules_bound is not None and bound.entity is not None \
        and bound.entity is not rules_bound.entity and bound.mention is not None \
        and bound.mention == rules_bound.mention


_CLAUSE_WORDS = 4  # a quoted phrase of fewer words is a term's length ("called it ''a disaster''")


def _as_polnear_reads(text: str, quotes: list[Quote]) -> list[Quote]:
    """Quotes in two apostrophes (``''…,'' he said``, as the archives that type double marks so write
    them) are reported speech to PolNeAR, marks and all: a sentence quoted whole is an ``indirect``
    record with its marks. A phrase in them inside a sentence is part of the report that holds it
    ("said Mr. Trump was ''ignorant'' of Islam"): no record of its own; where no report holds it, a
    clause of four words or more is reported speech as a sentence is, and a shorter phrase is left out."""
    reports = sorted((q.start, q.end) for q in quotes if q.type == "indirect" and q.marks is None)
    reach = _running_max([end for _, end in reports])
    out = []
    for q in quotes:
        if q.marks != "apostrophes" or q.type not in ("direct", "mixed"):
            out.append(q)
            continue
        if q.type == "mixed":
            n = bisect.bisect_left(reports, (q.end, q.end))  # the reports that start before the phrase ends
            if n > 0 and reach[n - 1] > q.start or len(q.text.split()) < _CLAUSE_WORDS:
                continue  # held by a report, or a term's length
        start, end = with_apostrophes(text, q.start, q.end)
        out.append(replace(q, type="indirect", start=start, end=end, text=text[start:end]))
    return out


def _running_max(values: list[int]) -> list[int]:
    out, top = [], -1
    for v in values:
        top = max(top, v)
        out.append(top)
    return out


def _one_speaker_per_group(quotes: list[Quote]) -> list[Quote]:
    """A group has one speaker. A report that shares its group with a quote (what the quote's cue
    reports besides it) has the quote's speaker, whom the ranker chose, where the clause bound alone
    named another (two readings of one pronoun); a report with no source (a question put to the
    subject: 'Asked which county was his favorite') is a group of its own."""
    spoken: dict[int, Quote] = {}
    for q in quotes:
        if q.type in ("direct", "mixed") and q.speaker is not None:
            spoken.setdefault(q.group, q)
    fresh = max((q.group for q in quotes), default=-1) + 1
    out = []
    for q in quotes:
        holder = spoken.get(q.group) if q.type == "indirect" else None
        if holder is not None and q.speaker is None:
            q, fresh = replace(q, group=fresh), fresh + 1
        elif holder is not None and q.speaker != holder.speaker:
            q = replace(q, speaker=holder.speaker, method=holder.method, confidence=min(q.confidence, holder.confidence))
        out.append(q)
    return out


def _no_ones(q: Quote) -> Quote:
    """``q``, with no source when its speaker is a sign, a placard or a banner (``lexicon.SIGN_NOUNS``): the
    words quoted, the cue kept, no one who said them."""
    if q.speaker is None or q.speaker.kind == "person" or not q.speaker.name:
        return q
    words = q.speaker.name.lower().split()
    if words[-1] not in lx.SIGN_NOUNS and not (words[-1].endswith("s") and words[-1][:-1] in lx.SIGN_NOUNS) \
            or words[0] in ("all", "every", "no"):  # ('All signs point to …': what the evidence says)
        return q
    return replace(q, speaker=None, method="none", confidence=0.0)


def _one_state(quotes: list[Quote]) -> list[Quote]:
    """Every record of one speaker says the same of it: a later mention can still change what an
    entity is ('he' makes 'Prime Minister' a person), so each record takes the speaker's last
    state, its own mention kept."""
    last: dict[str, Speaker] = {}
    for q in quotes:
        if q.speaker is not None:
            last[q.speaker.id] = q.speaker  # type: ignore[index]
    return [q if q.speaker is None or last[q.speaker.id] == q.speaker  # type: ignore[index]
            else replace(q, speaker=replace(last[q.speaker.id], mention=q.speaker.mention))  # type: ignore[index]
            for q in quotes]


def _quote(d: Document, index: int, k: int, qtype: str, bound: Optional[Bound],
           group: Optional[int] = None) -> Quote:
    """Fragment ``k`` as a record; ``group`` (any key no other group uses) takes it out of its span's group."""
    s = d.spans[k]
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
        index=index, group=s.group if group is None else group, text=d.text[s.start:s.end], start=s.start, end=s.end,
        type=qtype,  # type: ignore[arg-type]
        paragraph=s.paragraph, speaker=speaker, cue=bound.cue if bound is not None and speaker else None,
        method=method,  # type: ignore[arg-type]
        confidence=confidence, marks=s.marks,
    )


def _in_order(quotes: list[Quote]) -> list[Quote]:
    """Sort fragments by position (a report before the quoted piece inside it),
    then number them, and their groups, from 0 in order of appearance."""
    rank = {"indirect": 0}
    ordered = sorted(quotes, key=lambda q: (q.start, rank.get(q.type, 1), q.end))
    groups: dict[int, int] = {}
    return [replace(q, index=n, group=groups.setdefault(q.group, len(groups))) for n, q in enumerate(ordered)]
