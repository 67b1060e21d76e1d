"""Who might have said a quote: small candidate generators in one ordered table.

Each generator looks at one quote group in its context and proposes at most one
speaker (a ``Bound``: the entity, the mention that names it, the cue, a method),
or ``None``. Generators never decide: every proposal goes to the trained ranker
(``ranker``, on ``features``), which scores them all and picks one or none. The table's
order is only the order of a fallback: when no ranker weights are available,
the first generator that proposes someone wins, which is how the rules worked
before the ranker.

A generator is ``(name, function)``; the function takes the attributor (which
holds the document, its quote spans, clauses and speaker tracker), the group
and the speaker of the last attributed group, and reads them only: resolving a
mention goes through ``tracker.peek`` or what the attributor resolved up front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from . import binding, layout_rules, quote_cues
from .document import Bound, Document, Group
from .speakers import Entity

# How far back a continuation or the previous speaker may reach, in paragraphs.
_MAX_CONTINUATION_PARAGRAPHS = 2
_MAX_PREVIOUS_PARAGRAPHS = 4
# A cue in the sentence after a quote ('"…" That was how Jane Doe put it.') is
# looked for this many tokens past the closing mark.
_MAX_NEXT_SENTENCE_TOKENS = 40


Generator = Callable[[Document, Group, Optional[Bound]], Optional[Bound]]


def newsletter(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'HEADLINE "excerpt" [Source.]': the item's headline."""
    item = layout_rules.newsletter_item(d, g.first, g.section)
    return item[0] if item is not None else None


def speaker_label(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'"RAMOS: Secretary Clinton, …"': a transcript's label in capitals."""
    return layout_rules.speaker_label(d, g.first, g.section)


def poll(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'37 percent of Americans say Trump is "…"': the poll the paragraph names."""
    return binding.poll_behind(d, g.clause, g.first, g.section) if g.clause is not None else None


def cue_subject(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """The subject of the cue in the quote's own sentence ('"…," Cheng said')."""
    return binding.bind_clause(d, g.clause, g.first, g.section) if g.clause is not None else None


def pronoun_antecedent(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'Burton explained from a podium. "I love cats," he said.': the pronoun's antecedent."""
    return binding.antecedent_bound(d, g)


def as_follows(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'Partial transcript as follows:' before the quote paragraphs."""
    return layout_rules.as_follows(d, g.first, g.section)


def sentence_final_cue(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'"A" was to be a "B," said C.': the cue after a later quote of the sentence."""
    clause = quote_cues.sentence_final_cue(d, g.ks[-1])
    return binding.bind_clause(d, clause, g.first, g.section) if clause is not None else None


def comment_header(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """A reader comment's 'NAME wrote:' header."""
    return layout_rules.comment_bound(d, g.first, g.section)


def continuation(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """The previous quote's speaker, one or two paragraphs on, with nobody else speaking between."""
    if last is None or last.section != g.section or g.first.paragraph - last.paragraph > _MAX_CONTINUATION_PARAGRAPHS:
        return None
    if binding.other_speaker_between(d, last, g.first):
        return None
    return binding.continued(d, last, g.first, g.section)


def previous_speaker(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """The speaker before the last one, a few paragraphs back: interviews alternate."""
    earlier = next((b for b in reversed(d.speakers) if last is None or b.entity is not last.entity), None)
    if earlier is None or earlier.section != g.section or \
            g.first.paragraph - earlier.paragraph > _MAX_PREVIOUS_PARAGRAPHS:
        return None
    return binding.continued(d, earlier, g.first, g.section)


def nearest_clause(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """The last reporting clause of this paragraph or the one before."""
    return binding.nearest_bound(d, g.first, g.section)


def colon_lead_in(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'Trump went even further: "…"': the subject of the clause a colon ends."""
    return binding.bind_colon(d, list(g.ks), g.windows)


def colon_paragraph(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'Trump issued the following statement:' ending the paragraph before: its subject."""
    return binding.bind_colon_paragraph(d, g.first)


def predicate_subject(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'X promotes a connection to "…"', 'her remark that "…"': the subject or owner."""
    return binding.bind_predicate(d, list(g.ks), g.windows)


def next_sentence_cue(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'"Nobody saw it coming." That was how Jane Doe put it.': a cue in the sentence after the quote."""
    clause = quote_cues.next_sentence_clause(d, g.ks[-1], _MAX_NEXT_SENTENCE_TOKENS)
    return binding.bind_clause(d, clause, g.first, g.section) if clause is not None else None


def action_subject(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'She paused. "A long holiday."': with no cue of its own, the subject of the sentence before."""
    return binding.action_subject(d, g.first, g.section) if g.clause is None else None


def paragraph_subject(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """'Dr. Helen Marsh walked in at 6:45.' then a paragraph that opens with a quote and has no cue:
    the subject of the last sentence of the paragraph before."""
    return binding.action_subject(d, g.first, g.section, across=True) if g.clause is None else None


def person_before(d: Document, g: Group, last: Optional[Bound]) -> Optional[Bound]:
    """The last named person a reporting clause had for subject before the quote, in its section."""
    return binding.person_before(d, g.first, g.section)


# The table: its order is the fallback's priority, and a feature of nothing.
GENERATORS: tuple[tuple[str, Generator], ...] = (
    ("newsletter", newsletter),
    ("speaker_label", speaker_label),
    ("poll", poll),
    ("cue_subject", cue_subject),
    ("pronoun_antecedent", pronoun_antecedent),
    ("as_follows", as_follows),
    ("sentence_final_cue", sentence_final_cue),
    ("comment_header", comment_header),
    ("continuation", continuation),
    ("nearest_clause", nearest_clause),
    ("colon_lead_in", colon_lead_in),
    ("predicate_subject", predicate_subject),
    ("next_sentence_cue", next_sentence_cue),
    ("previous_speaker", previous_speaker),
    ("person_before", person_before),
    ("colon_paragraph", colon_paragraph),
    ("action_subject", action_subject),
    ("paragraph_subject", paragraph_subject),
)
GENERATOR_NAMES: tuple[str, ...] = tuple(name for name, _ in GENERATORS)


@dataclass
class Candidate:
    """One entity that some generators propose, with each proposal in table order."""

    entity: Entity
    proposals: list[tuple[str, Bound]]  # (generator name, Bound)

    chosen: int = 0  # which proposal the ranker's features read: the one whose mention is nearest the quote
    named: int = 0  # which proposal names it in the record (``_naming``)

    @property
    def bound(self) -> Bound:
        """The proposal whose mention is nearest the quote (the ranker's features read it)."""
        return self.proposals[self.chosen][1]

    @property
    def named_bound(self) -> Bound:
        """The proposal that names it in the record: its mention and cue go there."""
        return self.proposals[self.named][1]

    @property
    def generators(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.proposals)


_FIRST_SECOND_PERSON = frozenset({"i", "we", "you"})


# Generators that propose whoever a clause near the quote is about, not a cue that governs it.
_NEAR_ONLY = frozenset({"nearest_clause", "person_before", "previous_speaker", "paragraph_subject", "action_subject"})


def _first_or_second_person(g: Group) -> bool:
    """Does the group's own cue have 'I', 'we' or 'you' for its subject?"""
    return g.clause is not None and len(g.clause.subject) == 1 and g.clause.subject[0].lower_ in _FIRST_SECOND_PERSON


def propose(d: Document, g: Group, last: Optional[Bound]) -> list[Candidate]:
    """Every generator's proposal for a group, merged by entity, in table order of first proposal."""
    if _first_or_second_person(g):  # '"…," I said': the writer, never someone named before
        bound = cue_subject(d, g, last) if g.clause is not None and g.clause.subject[0].lower_ != "you" else None
        return [Candidate(bound.entity, [("cue_subject", bound)])] if bound is not None and bound.entity else []
    merged: dict[int, Candidate] = {}
    author = d.tracker.author
    for name, generate in GENERATORS:
        bound = generate(d, g, last)
        if bound is None or bound.entity is None:
            continue
        if author is not None and bound.entity.name == author and name in _NEAR_ONLY:
            continue  # (the byline's writer, 'I' in the clauses around, says a quote only by a cue of its own)
        key = id(bound.entity)
        if key in merged:
            merged[key].proposals.append((name, bound))
        else:
            merged[key] = Candidate(bound.entity, [(name, bound)])
    out = list(merged.values())
    for cand in out:
        cand.chosen = min(range(len(cand.proposals)), key=lambda i: (_gap(d, g, cand.proposals[i][1]), i))
        cand.named = _naming(d, g, cand)
    return out


def _naming(d: Document, g: Group, cand: Candidate) -> int:
    """Which proposal names a candidate in the record: the subject of the quote's own cue, as
    written in the quote's sentence, when it proposes the same person ('The longtime senator said
    he rarely asks …, "except for people I'm very close to"' is named by 'The longtime senator',
    not by the nearer 'he'); else the proposal nearest the quote."""
    own = next((i for i, (name, _) in enumerate(cand.proposals) if name == "cue_subject"), None)
    subject = g.clause.subject if g.clause is not None else []
    if own is None or not subject:
        return cand.chosen
    m = cand.proposals[own][1].mention
    if m is None or not subject[0].idx <= m.start < subject[-1].idx + len(subject[-1]) \
            or m.end > g.first.start or _SENTENCE_END.search(d.text, m.end, g.first.start):
        return cand.chosen
    return own


# Any stop before a space, an abbreviation's too, or a line break: the cue's subject names the person only
# when it is surely in the quote's sentence (``document.ends_sentence``, which reads 'Ms.' as no end, moved
# 96 train records to a mention across a title's stop).
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s|\n")


def _gap(d: Document, g: Group, bound: Bound) -> int:
    """Characters between a proposal's mention and the group's quotes; no mention is furthest."""
    m = bound.mention
    if m is None:
        return 1 << 30
    return max(g.first.start - m.end, m.start - d.spans[g.ks[-1]].end, 0)
