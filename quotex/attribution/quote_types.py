"""What kind of quote a group is (direct, mixed or term), from where the rules
find its source, and the rules' own speaker for it: the ranker's fallback."""

from __future__ import annotations

from typing import Optional

from . import around, binding, dialogue, layout_rules, quote_cues
from .document import THIRD_PERSON, Bound, Document, Group


def typed(d: Document, g: Group, last: Optional[Bound]) -> tuple[dict[int, str], Optional[Bound], str, bool]:
    """The group's fragment types, the rules' own speaker, which generator that is,
    and whether a later quote may continue it. The type follows from where the
    rules find the quote's source; the speaker is only the ranker's fallback."""
    ks, windows, clause, shapes, first, section = g.ks, g.windows, g.clause, g.shapes, g.first, g.section
    item = layout_rules.newsletter_item(d, first, section)
    if item is not None and (item[1] or clause is None):  # a cue in the item ('X said "…"') wins
        bound, lead = item
        return {k: "direct" if k == ks[0] and lead else "mixed" for k in ks}, bound, "newsletter", False
    labels = [layout_rules.speaker_label(d, d.spans[k], section) for k in ks]
    if labels[0] is not None:  # 'RAMOS: Secretary Clinton, …': a transcript names each speaker
        return {k: "direct" for k in ks}, labels[0], "speaker_label", False
    uncued = clause is None or len(clause.subject) == 1 and clause.subject[0].lower_ in THIRD_PERSON
    met = dialogue.in_exchange(d, first.paragraph) if uncued else None
    if (put := dialogue.exchange(d, g, met)) is not None:
        # (an exchange a sentence before introduces: 'The Times caught up with his son.' / '"…?"' / '"…"')
        return {k: "direct" for k in ks}, put, "interview", True
    if uncued and met is None:  # (an exchange's layout is its own)
        answer = layout_rules.interview_answer(d, first, section)  # an interview's answer, '"…," she says'
        if answer is not None:
            return {k: "direct" for k in ks}, answer, "interview", True
    if (asked := layout_rules.interview_question(d, first, section)) is not None \
            and (clause is None or layout_rules.asked_under_label(d, first)):
        # an interview's question in quotes, with no cue or under a label ('NRK: "…?"'): the writer's
        return {k: "direct" for k in ks}, asked, "interview", False
    if clause is None and (turn := dialogue.addressed(d, g, last) or dialogue.turn(d, g, last)
                              or dialogue.introduced(d, g) or dialogue.introduced_after(d, g)) is not None:
        # (a dialogue's turn, or its speaker introduced before the quote or after it)
        return {k: "direct" for k in ks}, turn, "dialogue", True
    if clause is not None and (poll := binding.poll_behind(d, clause, first, section)) is not None:
        return dict(shapes), poll, "poll", True  # '37 percent of Americans say Trump is "…"': the poll
    if clause is not None:
        return dict(shapes), binding.bind_clause(d, clause, first, section), "cue_subject", True
    if (follows := layout_rules.as_follows(d, first, section)) is not None:
        return {k: "direct" for k in ks}, follows, "as_follows", False  # no one to continue with
    if any(shapes[k] == "direct" for k in ks) or around.opens_sentence(d, list(ks), windows):
        types = {k: "direct" if shapes[k] == "direct" else "mixed" for k in ks}
        final = quote_cues.sentence_final_cue(d, ks[-1])
        if final is not None:
            return types, binding.bind_clause(d, final, first, section), "sentence_final_cue", True
        bound, rule = binding.bind_uncued(d, first, section, last)
        return types, bound, rule, True
    if (bound := binding.bind_colon(d, list(ks), windows)) is not None:
        return {k: "direct" for k in ks}, bound, "colon_lead_in", True
    bound = binding.bind_predicate(d, list(ks), windows)
    if bound is not None:
        return {k: "mixed" for k in ks}, bound, "predicate_subject", True
    if any(around.holds_clause(d, k) for k in ks):  # 'But "Trump's candidacy is strengthened …"'
        bound, rule = binding.bind_uncued(d, first, section, last)
        return {k: "mixed" for k in ks}, bound, rule, True
    return {k: "term" for k in ks}, None, "predicate_subject", True
