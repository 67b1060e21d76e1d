"""Who a clause or a quote's surroundings name: a cue's subject resolved to a
speaker, the subject of a colon lead-in or of a predicate, a poll, the owner of a
speech noun, a pronoun's antecedent, the previous speaker continued."""

from __future__ import annotations

import re
from typing import Optional

from spacy.attrs import DEP, HEAD
from spacy.tokens import Token

from .. import lexicon as lx
from ..output.model import Cue
from ..text.marks import QuoteSpan, looks_like_title
from . import around, layout_rules, pronouns, quote_cues
from .cues import Clause, charged, proper_run_right
from .document import (AS_WRITTEN, CONFIDENCE, THIRD_PERSON, Bound, Document, Group, bound_as_pronoun, ends_sentence,
                       inner_ends, section_start, starts_with_mark, token_at, tokens_in)
from .speakers import Entity
from .tokens import (has_entities, has_parse, is_proper, mention_of, names_an_outlet, past_dateline,
                     past_participle_phrase, site_name, subject_tokens)

_PERSONAL = frozenset({"he", "she", "they", "i", "we"})
_MAX_CONTINUATION_PARAGRAPHS = 2
_MAX_NOUN_HOPS = 4
_SHARE = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine) in (10|ten|\d+)\b", re.I)
_SO_CALLED = re.compile(r"\bso[-\s\u2010\u2011]called\s*.$", re.I)


def bind_colon(d: Document, ks: list[int], windows: dict[int, tuple[list[int], range]]) -> Optional[Bound]:
    """'Trump went even further: "If he goes forward, it's the end."' A quoted
    sentence that ends the sentence a person's clause opens with a colon.
    A list of quoted terms after a colon ('in two areas: "…" and "…"') is not speech."""
    span = d.spans[ks[0]]
    pre, post = windows[ks[0]]
    text = d.text[span.start:span.end]
    if not pre or d.doc[pre[-1]].text != ":" or around.tail_words(d, post) or len(text.split()) < 3:
        return None
    if looks_like_title(text) or not inner_ends(d.text, d.spans[ks[-1]], ".!?,\u2026"):
        return None
    if has_parse(d.doc):
        subject = sentence_subject(d, span) or lead_in_subject(d, pre) or document_owner(d, pre)
    else:
        subject = leading_subject(d, pre)
    if subject is None:
        return None
    entity, _ = d.tracker.peek(subject)
    if entity is None or entity.kind == "unknown" and entity.anonymous:
        return None
    colon = d.doc[pre[-1]]
    section = d.sections.of_paragraph[span.paragraph]
    return Bound(entity, mention_of(subject), Cue(":", colon.idx, colon.idx + 1), "explicit",
                  CONFIDENCE["colon"], span.paragraph, span.end, section, "colon")


def bind_colon_paragraph(d: Document, span: QuoteSpan) -> Optional[Bound]:
    """'Donald Trump issued the following statement:', '17-year-old Jared Potts echoed:'
    ending the paragraph before a quote paragraph: the subject of that last sentence,
    whatever its verb."""
    if span.paragraph == 0 or not starts_with_mark(d.text, d.paras[span.paragraph]):
        return None
    prev = d.paras[span.paragraph - 1]
    if not d.text[prev.start:prev.end].rstrip().endswith(":"):
        return None
    toks = [i for i in tokens_in(d, prev.start, prev.end) if not d.doc[i].is_space]
    last = max((n for n, i in enumerate(toks[:-1]) if ends_sentence(d.doc[i])), default=-1)
    pre = toks[last + 1:]
    if len(pre) < 2:
        return None
    subject = lead_in_subject(d, pre) if has_parse(d.doc) else leading_subject(d, pre)
    if subject is None and not any(d.doc[i].pos_ in ("VERB", "AUX") for i in pre):
        # a line with no verb that names someone ('UN Secretary-General António Guterres:', 'French
        # President Emmanuel Macron, on X:'), as a round-up of reactions or a live blog heads a quote
        subject = _named_line(d, pre)
    if subject is None:
        return None
    entity, _ = d.tracker.peek(subject)
    if entity is None or entity.kind == "unknown" and entity.anonymous:
        return None
    colon = d.doc[pre[-1]]
    section = d.sections.of_paragraph[span.paragraph]
    return Bound(entity, mention_of(subject), Cue(":", colon.idx, colon.idx + 1), "explicit",
                 CONFIDENCE["colon"], span.paragraph, span.end, section, "colon")


def so_called(text: str, start: int) -> bool:
    """Does 'so-called' stand right before the quote that opens at ``start`` (just after its mark)?"""
    return _SO_CALLED.search(text, max(start - 20, 0), start) is not None


def bind_predicate(d: Document, ks: list[int], windows: dict[int, tuple[list[int], range]]) -> Optional[Bound]:
    """A quote with no reporting verb, inside the predicate of a sentence: a
    quoted clause ('promotes a connection to "the world's leading developer"'),
    or a quoted word after a person subject, is the subject's; a scare quote,
    a title or a list after a bare colon is a term."""
    span = d.spans[ks[0]]
    text = d.text[span.start:span.end]
    pre = windows[ks[0]][0]
    if looks_like_title(text) or any(d.doc[i].text == ":" for i in pre):
        return None  # a title, or a list after a bare colon: 'in two areas: "…" and "…"'
    if so_called(d.text, around.open_mark(d, span) + 1):
        return None  # 'the so-called "gray areas"': the writer's distance, not anyone's words
    owned = speech_noun_owner(d, span)
    if owned is not None:
        return owned
    long_clause = len(text.split()) >= 4
    subject = sentence_subject(d, span) if has_parse(d.doc) else leading_subject(d, pre)
    if subject is None:
        return None
    entity, _ = d.tracker.peek(subject)
    if has_entities(d.doc):
        named_person = subject[-1].ent_type_ == "PERSON"
    else:  # no NER (rules only, or fast mode): a proper name the tracker takes for a person
        named_person = entity is not None and entity.kind == "person" and is_proper(subject[-1])
    personal = subject[0].lower_ in _PERSONAL or named_person
    people = entity is not None and (entity.kind == "person" and not entity.anonymous
                                     or entity.kind == "group" and entity.head in lx.PERSON_NOUNS)
    if entity is None or not (long_clause or personal or people
                              or _finds(subject, entity, d.doc[token_at(d, span.start)])):
        return None
    section = d.sections.of_paragraph[span.paragraph]
    return Bound(entity, mention_of(subject), None, "nearest", CONFIDENCE["predicate"], span.paragraph,
                  span.end, section, "predicate")


def _finds(subject: list[Token], entity: Entity, quoted: Token) -> bool:
    """'Gallup found that "…"', 'the study found that "…"': a named organisation, or a poll, a study
    or a report, as the subject of a verb of finding, found the quoted words of the clause it governs
    (a short quote too); not a term in its object ('the results showed the weakness of "…"')."""
    verb = subject[-1].head
    if not has_parse(verb.doc) or subject[-1].dep_ not in ("nsubj", "nsubjpass") \
            or (verb.lemma_ or verb.lower_).lower() not in lx.FINDING_CUES \
            or not any(t.dep_ == "ccomp" and t.head.i == verb.i for t in (quoted, *quoted.ancestors)):
        return False
    head = (subject[-1].lemma_ or subject[-1].lower_).lower()
    return entity.kind == "organization" and not entity.anonymous or head in lx.FINDING_SOURCES


def poll_behind(d: Document, clause: Clause, span: QuoteSpan, section: int) -> Optional[Bound]:
    """'The Q poll finds that 37 percent of Americans say Trump is "…"': respondents counted
    by a share speak through the poll or survey the paragraph names before them."""
    words = {t.lower_ for t in clause.subject}
    if not (words & {"percent", "%", "majority", "plurality"} or
            _SHARE.search(" ".join(t.text for t in clause.subject))):
        return None
    para = d.paras[span.paragraph]
    poll = next((d.doc[i] for i in reversed(tokens_in(d, para.start, d.doc[clause.first].idx))
                 if (d.doc[i].lemma_ or d.doc[i].lower_).lower() in ("poll", "survey", "polls", "surveys")
                 and d.doc[i].pos_ in ("NOUN", "PROPN", "")),
                None)
    if poll is None:
        return None
    tokens = list(d.doc[poll.left_edge.i:poll.i + 1]) if has_parse(d.doc) else [poll]
    mention = mention_of(tokens)
    return Bound(d.tracker.source(mention.text), mention, clause.cue, "explicit", CONFIDENCE["nominal"],
                  span.paragraph, span.end, section, "nominal")


def speech_noun_owner(d: Document, span: QuoteSpan) -> Optional[Bound]:
    """'her remark that "…"', 'his call for "…"', 'the suggestion by X that "…"':
    a quote inside what a noun of speech reports is its owner's."""
    if not has_parse(d.doc):
        return None
    first = d.doc[token_at(d, span.start)]
    node = first
    for _ in range(_MAX_NOUN_HOPS):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i not in d.quoted and not (
                node.dep_ in ("acl", "xcomp") and node.head.lemma_.lower() in lx.SPEECH_NOUNS):
            return None  # a clause of its own stands between the quote and the noun ('promise to be "…"' does not)
        if node.pos_ != "NOUN" or node.lemma_.lower() not in lx.SPEECH_NOUNS or node.i > first.i:
            continue
        owner = next((c for c in node.children if c.dep_ == "poss"), None)
        if owner is None:
            by = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if owner is None or owner.i in d.quoted:
            return None
        tokens = [owner] if owner.lower_ in lx.POSSESSIVE_PRONOUNS else subject_tokens(owner)
        entity, _ = d.tracker.owner(tokens)
        if entity is None:
            return None
        section = d.sections.of_paragraph[span.paragraph]
        return Bound(entity, mention_of(tokens), None, "nearest", CONFIDENCE["predicate"], span.paragraph,
                      span.end, section, "predicate")
    return None


def document_owner(d: Document, pre: list[int]) -> Optional[list[Token]]:
    """'From Bush's Facebook post: "…"': whose document a verbless lead-in names."""
    if any(d.doc[i].pos_ in ("VERB", "AUX") for i in pre):
        return None
    for i in reversed(pre):
        tok = d.doc[i]
        if tok.lemma_.lower() in lx.DOCUMENT_NOUNS:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ in lx.POSSESSIVE_PRONOUNS:
                return None
            return [t for t in subject_tokens(owner) if t.dep_ != "case"] or [owner]
    return None


def lead_in_subject(d: Document, pre: list[int]) -> Optional[list[Token]]:
    """The subject of the clause a colon ends ('Kasich resisted: "…"'), when the
    parse hangs the quote elsewhere."""
    inside = set(pre)
    node = d.doc[pre[-1]].head
    if node.i not in inside:  # the colon hangs on the quote: start at the lead-in's own verb
        tops = [d.doc[i] for i in pre if d.doc[i].head.i not in inside and d.doc[i].pos_ in ("VERB", "AUX")]
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


def _named_line(d: Document, pre: list[int]) -> Optional[list[Token]]:
    """The name on a line with no verb, after the words that describe it ('French President Emmanuel
    Macron, on X:' gives 'President Emmanuel Macron'): the first run of proper nouns among its first
    words, and nothing after a comma."""
    words = around.words_in(d, pre)
    comma = next((n for n, i in enumerate(words) if d.doc[i].text == ","), len(words))
    start = next((i for i in words[:min(comma, _NAMED_LINE_LEAD + 1)] if is_proper(d.doc[i])), None)
    return (proper_run_right(d.doc, start) or None) if start is not None else None


_NAMED_LINE_LEAD = 3  # words that may describe the name before it on its line ('Former German')


def leading_subject(d: Document, pre: list[int]) -> Optional[list[Token]]:
    """Without a parse: a pronoun or a name that opens the quote's sentence."""
    words = around.words_in(d, pre)
    if not words:
        return None
    first = d.doc[words[0]]
    if first.lower_ in THIRD_PERSON:
        return [first]
    run = proper_run_right(d.doc, first.i)
    return run or None


def first_subjects(d: Document) -> dict[int, int]:
    """Each token's first 'nsubj' child, found once per document: a quote's
    ancestors may have thousands of children in a sentence that never ends."""
    if d.first_subjects is None:
        d.first_subjects = {}
        if len(d.doc):
            rows = d.doc.to_array([DEP, HEAD]).astype("int64")  # HEAD: the offset to the head
            for i in (rows[:, 0] == d.doc.vocab.strings["nsubj"]).nonzero()[0].tolist():
                if not rows[i, 1]:
                    continue
                subject = past_dateline(d.doc[i])  # ('JACKSON, Miss. - U.S. District Judge Carlton W. Reeves …')
                if subject is not None:
                    subject = past_participle_phrase(subject)  # ('Reporting from Muscat, Rania Khoury said')
                    d.first_subjects.setdefault(i + int(rows[i, 1]), subject.i)
    return d.first_subjects


def sentence_subject(d: Document, span: QuoteSpan) -> Optional[list[Token]]:
    """The subject of the nearest clause that governs a quote, when it comes
    before the quote in the same paragraph ('he found "evidence"')."""
    if not has_parse(d.doc):
        return None
    first = d.doc[token_at(d, span.start)]
    para_start = d.paras[span.paragraph].start
    nearest: Optional[list[Token]] = None
    subjects = first_subjects(d)
    for node in first.ancestors:
        subj = d.doc[subjects[node.i]] if node.i in subjects else None
        if subj is None or subj.i >= first.i or subj.i in d.quoted:
            continue
        if subj.lower_ in lx.RELATIVE_PRONOUNS and node.dep_ == "relcl":
            continue  # 'a strategy that banks on presenting herself as "…"': look further out
        if subj.lower_ in lx.RELATIVE_PRONOUNS or subj.lower_ in ("it", "this", "that", "we", "i", "you"):
            break
        if subj.idx < para_start or charged(node):
            break  # the parser's sentence ran over a paragraph break; 'Ministers accused of "…"' are the accused
        tokens = subject_tokens(subj)
        if any(t.i in d.quoted for t in tokens):
            break
        if is_personal(d, tokens):
            return tokens
        # 'they discussed how the law "was going to …"': a person further out speaks
        nearest = nearest or tokens
    return nearest


def is_personal(d: Document, tokens: list[Token]) -> bool:
    if tokens[0].lower_ in _PERSONAL or tokens[-1].ent_type_ == "PERSON":
        return True
    entity, _ = d.tracker.peek(tokens)
    return entity is not None and entity.kind in ("person", "group") and not entity.anonymous


def bind_clause(d: Document, clause: Clause, span: QuoteSpan, section: int) -> Bound:
    entity, method = d.resolved.get(clause.verb, (None, "none"))
    if clause.verb not in d.resolved:  # a dash or colon clause: resolve it now, once
        key = (clause.verb, clause.first)
        if key not in d.late_resolved:  # resolving records history: a second call would differ
            d.late_resolved[key] = d.tracker.resolve(clause.resolves)
        entity, method = d.late_resolved[key]
    basis = method
    if entity is None and bound_as_pronoun(d.doc, clause):
        # A pronoun no reporting clause before it explains: the last named
        # person in the same section if any (a weaker guess), else the pronoun itself.
        word = clause.subject[0].lower_
        stands = lx.PRONOUN_STANDS_FOR.get(word, word)  # ('his claim' is as 'he')
        guess = last_person(d, clause.subject[0].idx, section, spoken=stands != "they") \
            if stands not in lx.NONPERSON_PRONOUNS else None
        gender = lx.PRONOUNS.get(stands, (None, ""))[0]
        if guess is not None and gender is not None and guess.gender not in (None, gender):
            guess = None  # 'Angela Merkel said … "…," he said': no guess that the pronoun belies
        entity = guess or unresolved(d, clause)
        method, basis = "pronoun", "pronoun_guess" if guess else "unresolved"
    elif entity is None and len(clause.subject) == 1 and clause.subject[0].lower_ in AS_WRITTEN:
        # '"Your Honor," I said', 'I think …', 'we know …' outside quotes: the writer, named as written;
        # 'you might think …': the reader
        if clause.verb not in d.pronoun_entities:
            d.pronoun_entities[clause.verb] = d.tracker.writer(clause.subject[0])
        entity, method, basis = d.pronoun_entities[clause.verb], "pronoun", "unresolved"
    elif method == "explicit" and entity is not None and entity.anonymous:
        basis = "unnamed"
    if entity is not None and _outlet_asks(d, clause, entity, d.text[span.start:span.end].rstrip().endswith("?")):
        # ('"When will you move?" the Hürriyet Daily News asked.': the outlet asking in its story is its writer)
        entity = d.tracker.writer_entity()
    if entity is None:
        method, basis = "none", "none"
    return Bound(entity, mention_of(clause.subject), clause.cue, method, CONFIDENCE[basis], span.paragraph,
                  span.end, section, basis)


def _outlet_asks(d: Document, clause: Clause, entity: Entity, question: bool = False) -> bool:
    """Does a news outlet ask, in a story whose byline names its writer ('"When will you move?" the Hürriyet
    Daily News asked', 'RÚV asked the minister whether …')? A ``question`` in quotes that a name asks which is
    no person's and no body's by its words is the story's own outlet asking too ('"Are we heading towards
    another 2015?" Dawn asked', '"…?" The Hindu asked'): a committee or a ministry asks by its noun."""
    words = [w.strip(".,").lower() for w in entity.name.split()]
    # (NER's person too, whose name opens with no given name: 'Barbados TODAY')
    body = entity.kind in ("organization", "unknown") or entity.kind == "person" and bool(words) \
        and words[0] not in lx.FIRST_NAMES
    asks = (d.doc[clause.verb].lemma_ or lx.VERB_FORMS.get(d.doc[clause.verb].lower_, "")).lower() == "ask" \
        or question and d.doc[clause.verb].text == ":"  # ('Kun.uz: "…?"': a label's question)
    if d.tracker.author is None or not body or entity.anonymous and not site_name(entity.name) or not asks:
        return False  # (a site's name is a name, whatever the parse made of it: 'Kun.uz')
    named = [w for w in words if w != "the"]
    # (a body by NER or by its words: without NER, a name of no known kind may be a person's, 'Jordan Blake')
    no_person = entity.kind == "organization" or has_entities(d.doc) and entity.kind != "person" \
        and not any(t.ent_type_ == "PERSON" for t in clause.subject)
    bare = question and no_person and 0 < len(named) <= _OUTLET_WORDS \
        and all(t.text[:1].isupper() for t in clause.subject if t.lower_ != "the") \
        and not any(w in lx.ORG_NOUNS or w in lx.ORG_NAME_ENDINGS or w in lx.ORG_EPITHETS for w in named)
    return names_an_outlet(words) or bare


_OUTLET_WORDS = 3  # words of an outlet's name ('The Hindu', 'Dawn', 'Prensa Libre')


def last_person(d: Document, before: int, section: int, spoken: bool = True) -> Optional[Entity]:
    """The last named person of the section before offset ``before``: mentioned, or, when ``spoken``, given
    a quote before it ('"If I cannot settle this one …?" she said [Kafayat Oyenuga-Bello]. "How bad is it?"
    I asked. "…," she said'; not for 'they', which one who spoke is not); not the byline's writer."""
    after = section_start(d, section)
    mentioned = d.tracker.person_mentioned(before, after)
    if spoken:
        spoke = next((b for b in reversed(d.speakers) if b.end <= before and _named_speaker(d, b)), None)
        if spoke is not None and spoke.end >= after and (mentioned is None or spoke.end > mentioned[0]):
            return spoke.entity
    return mentioned[1] if mentioned is not None else None


def _named_speaker(d: Document, bound: Bound) -> bool:
    """Was the bound quote given to a named person, not the byline's writer nor one called 'I' or 'you'?"""
    entity = bound.entity
    return entity is not None and entity.kind == "person" and not entity.anonymous \
        and not d.tracker.is_writer(entity) and not (bound.mention is not None
                                                      and bound.mention.text.lower() in AS_WRITTEN)


def unresolved(d: Document, clause: Clause) -> Optional[Entity]:
    """One entity per unresolved pronoun clause, whichever fragments it binds."""
    if clause.verb not in d.pronoun_entities:
        d.pronoun_entities[clause.verb] = d.tracker.unresolved(clause.subject)
    return d.pronoun_entities[clause.verb]


def bind_uncued(d: Document, span: QuoteSpan, section: int, last: Optional[Bound]) -> tuple[Bound, str]:
    """A quote with no cue: a comment's header, else the previous speaker, else the nearest clause."""
    header = layout_rules.comment_bound(d, span, section)
    if header is not None:
        return header, "comment_header"
    if last is not None and last.section == section and \
            span.paragraph - last.paragraph <= _MAX_CONTINUATION_PARAGRAPHS and \
            not other_speaker_between(d, last, span):
        return continued(d, last, span, section), "continuation"
    near = nearest_bound(d, span, section)
    if near is not None:
        return near, "nearest_clause"
    return Bound(None, None, None, "none", 0.0, span.paragraph, span.end, section), "none"


def continued(d: Document, last: Bound, span: QuoteSpan, section: int) -> Bound:
    conf = CONFIDENCE["continuation"] - 0.1 * max(span.paragraph - last.paragraph - 1, 0)
    mention, cue = last.mention, last.cue
    again = same_speaker_between(d, last, span)
    if again is not None:  # 'She says people should … "It is their life."': the latest mention
        mention, cue = mention_of(again.subject), again.cue
    return Bound(last.entity, mention, cue, "continuation", conf, span.paragraph, span.end, section,
                  "continuation")


def nearest_bound(d: Document, span: QuoteSpan, section: int) -> Optional[Bound]:
    near = quote_cues.nearest_clause(d, span, section)
    if near is None:
        return None
    entity, _ = d.resolved[near.verb]
    return Bound(entity, mention_of(near.subject), near.cue, "nearest", CONFIDENCE["nearest"],
                  span.paragraph, span.end, section, "nearest")


def antecedent_bound(d: Document, g: Group) -> Optional[Bound]:
    """'Burton explained from a podium. "I love cats," he said.': a pronoun cue subject's antecedent."""
    clause = g.clause
    if clause is None or len(clause.subject) != 1:
        return None
    found = pronouns.antecedent(d.tracker, clause.subject[0], d.quoted)
    if found is None:
        return None
    entity, basis = found
    return Bound(entity, mention_of(clause.subject), clause.cue, "pronoun", CONFIDENCE[basis],
                  g.first.paragraph, g.first.end, g.section, basis)


def person_before(d: Document, span: QuoteSpan, section: int) -> Optional[Bound]:
    entity = d.tracker.nearest_person(span.start, section_start(d, section))
    if entity is None or not entity.mentions:
        return None
    before = [m for m in entity.mentions if m.end <= span.start]
    mention = before[-1] if before else None
    return Bound(entity, mention, None, "nearest", CONFIDENCE["nearest"], span.paragraph, span.end, section,
                  "nearest")


def action_subject(d: Document, span: QuoteSpan, section: int, across: bool = False) -> Optional[Bound]:
    """'Hillary Clinton took a different tack. "We need bridges."', 'She paused. "A long holiday."':
    the person or people the main clause of the sentence just before a quote is about, when the
    quote opens a sentence of that paragraph (with a parse). ``across``: when the quote opens a
    paragraph, the last sentence of the paragraph before ('Dr. Helen Marsh walked in at 6:45.' then
    a paragraph that is all quote)."""
    doc = d.doc
    if not has_parse(doc):
        return None
    i = token_at(d, span.start) - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if across:
        if i < 0 or not (doc[i].is_space and "\n" in doc[i].text):
            return None
        i -= 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 0 or doc[i].text not in (".", "!", "?") or i in d.quoted:
        return None
    root = doc[i].sent.root
    last = doc[i].head  # the clause the sentence ends with: 'The room was full, and Marsh walked in.'
    if last.dep_ == "conj" and last.head == root and any(c.dep_ == "nsubj" for c in last.children):
        root = last
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i in d.quoted:
        return None
    tokens = subject_tokens(subject)
    # a reporting clause's subject as the attribution read it ('"…," she said, laughing.'), else as written
    entity = d.resolved[root.i][0] if root.i in d.resolved else d.tracker.peek(tokens)[0]
    if entity is None or entity.kind not in ("person", "group") or any(t.i in d.quoted for t in tokens):
        return None
    return Bound(entity, mention_of(tokens), None, "nearest", CONFIDENCE["nearest"], span.paragraph, span.end,
                 section, "nearest")


def same_speaker_between(d: Document, last: Bound, span: QuoteSpan) -> Optional[Clause]:
    """The last clause between two quotes whose subject is the earlier quote's speaker, named there
    ('She says people should … "…"'), not by a relative pronoun ('said Lisa Chen, who had known
    the family for 20 years. "…"': the mention stays 'Lisa Chen')."""
    for c in reversed(quote_cues.clauses_between(d, token_at(d, last.end), token_at(d, span.start))):
        if d.resolved.get(c.verb, (None, ""))[0] is last.entity \
                and not (len(c.subject) == 1 and c.subject[0].lower_ in lx.RELATIVE_PRONOUNS):
            return c
    return None


def other_speaker_between(d: Document, last: Bound, span: QuoteSpan) -> bool:
    for c in quote_cues.clauses_between(d, token_at(d, last.end), token_at(d, span.start)):
        ent, _ = d.resolved.get(c.verb, (None, ""))
        if ent is not None and ent is not last.entity:
            return True
    return False
