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

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Optional

if TYPE_CHECKING:  # the attributor imports this module; the types are only for reading
    from .cues import Clause
    from .marks import QuoteSpan

# How far back a continuation or the previous speaker may reach, in paragraphs.
_MAX_CONTINUATION_PARAGRAPHS = 2
_MAX_PREVIOUS_PARAGRAPHS = 4
# A cue in the sentence after a quote ('"…" That was how Jane Doe put it.') is
# looked for this many tokens past the closing mark.
_MAX_NEXT_SENTENCE_TOKENS = 40


@dataclass(frozen=True)
class Group:
    """One quote group (the fragments of one split quote) and what the rules saw around it."""

    index: int
    ks: tuple[int, ...]  # the indices of its fragments among the document's quote spans
    windows: dict[int, tuple[list[int], range]]  # fragment -> (pre-window tokens, post-window tokens)
    clause: Optional["Clause"]  # the cue the rules found in the group's own sentence
    where: str  # where that cue is: 'post', 'pre', 'colon' or ''
    shapes: dict[int, str]  # fragment -> 'direct' or 'mixed'
    first: "QuoteSpan"
    section: int


Generator = Callable[[Any, Group, Optional[Any]], Optional[Any]]


def newsletter(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'HEADLINE "excerpt" [Source.]': the item's headline."""
    item = att._newsletter_item(g.first, g.section)
    return item[0] if item is not None else None


def speaker_label(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'"RAMOS: Secretary Clinton, …"': a transcript's label in capitals."""
    return att._speaker_label(g.first, g.section)


def poll(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'37 percent of Americans say Trump is "…"': the poll the paragraph names."""
    return att._poll_behind(g.clause, g.first, g.section) if g.clause is not None else None


def cue_subject(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """The subject of the cue in the quote's own sentence ('"…," Cheng said')."""
    return att._bind_clause(g.clause, g.first, g.section) if g.clause is not None else None


def pronoun_antecedent(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'Burton explained from a podium. "I love cats," he said.': the pronoun's antecedent."""
    return att._antecedent_bound(g)


def as_follows(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'Partial transcript as follows:' before the quote paragraphs."""
    return att._as_follows(g.first, g.section)


def sentence_final_cue(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'"A" was to be a "B," said C.': the cue after a later quote of the sentence."""
    clause = att._sentence_final_cue(g.ks[-1])
    return att._bind_clause(clause, g.first, g.section) if clause is not None else None


def comment_header(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """A reader comment's 'NAME wrote:' header."""
    return att._comment_bound(g.first, g.section)


def continuation(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """The previous quote's speaker, one or two paragraphs on, with nobody else speaking between."""
    if last is None or last.section != g.section or g.first.paragraph - last.paragraph > _MAX_CONTINUATION_PARAGRAPHS:
        return None
    if att._other_speaker_between(last, g.first):
        return None
    return att._continued(last, g.first, g.section)


def previous_speaker(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """The speaker before the last one, a few paragraphs back: interviews alternate."""
    earlier = next((b for b in reversed(att._speakers) if last is None or b.entity is not last.entity), None)
    if earlier is None or earlier.section != g.section or \
            g.first.paragraph - earlier.paragraph > _MAX_PREVIOUS_PARAGRAPHS:
        return None
    return att._continued(earlier, g.first, g.section)


def nearest_clause(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """The last reporting clause of this paragraph or the one before."""
    return att._nearest_bound(g.first, g.section)


def colon_lead_in(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'Trump went even further: "…"': the subject of the clause a colon ends."""
    return att._bind_colon(list(g.ks), g.windows)


def predicate_subject(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'X promotes a connection to "…"', 'her remark that "…"': the subject or owner."""
    return att._bind_predicate(list(g.ks), g.windows)


def next_sentence_cue(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """'"Nobody saw it coming." That was how Jane Doe put it.': a cue in the sentence after the quote."""
    clause = att._next_sentence_clause(g.ks[-1], _MAX_NEXT_SENTENCE_TOKENS)
    return att._bind_clause(clause, g.first, g.section) if clause is not None else None


def person_before(att: Any, g: Group, last: Optional[Any]) -> Optional[Any]:
    """The last named person a reporting clause had for subject before the quote, in its section."""
    return att._person_before(g.first, g.section)


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
)
GENERATOR_NAMES: tuple[str, ...] = tuple(name for name, _ in GENERATORS)


@dataclass
class Candidate:
    """One entity that some generators propose, with each proposal in table order."""

    entity: Any
    proposals: list[tuple[str, Any]]  # (generator name, Bound)

    chosen: int = 0  # which proposal names it: the one whose mention is nearest the quote

    @property
    def bound(self) -> Any:
        """The proposal that names it (its mention and cue go into the record)."""
        return self.proposals[self.chosen][1]

    @property
    def generators(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.proposals)


_FIRST_SECOND_PERSON = frozenset({"i", "we", "you"})


def _first_or_second_person(g: Group) -> bool:
    """Does the group's own cue have 'I', 'we' or 'you' for its subject?"""
    return g.clause is not None and len(g.clause.subject) == 1 and g.clause.subject[0].lower_ in _FIRST_SECOND_PERSON


def propose(att: Any, g: Group, last: Optional[Any]) -> list[Candidate]:
    """Every generator's proposal for a group, merged by entity, in table order of first proposal."""
    if _first_or_second_person(g):
        return []  # '"…," I said': the writer or the one addressed, never someone named before
    merged: dict[int, Candidate] = {}
    for name, generate in GENERATORS:
        bound = generate(att, g, last)
        if bound is None or bound.entity is None:
            continue
        key = id(bound.entity)
        if key in merged:
            merged[key].proposals.append((name, bound))
        else:
            merged[key] = Candidate(bound.entity, [(name, bound)])
    out = list(merged.values())
    for cand in out:
        cand.chosen = min(range(len(cand.proposals)), key=lambda i: (_gap(att, g, cand.proposals[i][1]), i))
    return out


def _gap(att: Any, g: Group, bound: Any) -> int:
    """Characters between a proposal's mention and the group's quotes; no mention is furthest."""
    m = bound.mention
    if m is None:
        return 1 << 30
    return max(g.first.start - m.end, m.start - att.spans[g.ks[-1]].end, 0)
